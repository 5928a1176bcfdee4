using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Scheduling.Domain.Cost;

/// <summary>
/// One line of a roster's cost: what it pays for, whose and which day (the roster day a shift starts on; none
/// for the period's mertid and overtime), how many minutes, and the amount: <see cref="Quantity"/> ×
/// <see cref="UnitAmount"/> (a quantity above 1 only for several substitutes in one slot).
/// </summary>
public sealed record CostLine(CostKind Kind, EmployeeId? Employee, LocalDate? Date, long Minutes, Money UnitAmount, int Quantity, string Detail)
{
    public Money Amount => UnitAmount * Quantity;

    /// <summary>The line in whole kronor, rounded per unit: what the cost and budget rules weigh.</summary>
    public long WholeKronor => checked(UnitAmount.WholeKronor * Quantity);
}

/// <summary>
/// Prices single assignments under a problem's cost model: base pay for the working time, OB for the minutes in
/// each window (the unpaid break taken from the least-paid minutes, the autumn extra hour from the best-paid,
/// since overtime and OB are not paid for the same time), and the autumn extra hour's supplement. The solver
/// takes its price table from here; <see cref="RosterCost"/> uses it for each assignment of a roster.
/// </summary>
public sealed class CostCalculator
{
    private static readonly ConditionalWeakTable<RosterProblem, CostCalculator> Cache = new();
    private readonly ConcurrentDictionary<(LocalDate Date, ShiftTemplate Template), ShiftMinutes> times = new();
    private readonly UnsocialHoursEvaluator evaluator;
    private readonly DateTimeZone zone;

    public CostCalculator(CostModel model, DateTimeZone zone)
    {
        Model = model ?? throw new DomainException("a cost calculator needs a cost model");
        this.zone = zone;
        evaluator = new UnsocialHoursEvaluator(model.UnsocialHours, zone);
    }

    public CostModel Model { get; }

    /// <summary>The calculator of a problem with a cost model, shared by everyone pricing that problem.</summary>
    public static CostCalculator For(RosterProblem problem) =>
        problem.Cost is null
            ? throw new DomainException($"problem '{problem.Name}' has no cost model")
            : Cache.GetValue(problem, p => new CostCalculator(p.Cost!, p.Period.Zone));

    /// <summary>
    /// Minutes a shift on <paramref name="date"/> lasts beyond its nominal length: the hour the clock repeats when
    /// it falls back in October (0 on every other day).
    /// </summary>
    public static long ExtraMinutes(ShiftTemplate template, LocalDate date, DateTimeZone zone) =>
        Math.Max(0, (long)(template.IntervalOn(date, zone).Duration - template.Length).TotalMinutes);

    /// <summary>The minutes of <paramref name="template"/> worked from <paramref name="date"/> as this calculator pays them.</summary>
    public ShiftMinutes MinutesOf(LocalDate date, ShiftTemplate template) =>
        times.GetOrAdd((date, template), key => Time(key.Date, key.Template));

    /// <summary>The cost lines of <paramref name="employee"/> working <paramref name="template"/> from <paramref name="date"/>.</summary>
    public ImmutableArray<CostLine> PriceAssignment(EmployeeId employee, LocalDate date, ShiftTemplate template)
    {
        var time = MinutesOf(date, template);
        var lines = ImmutableArray.CreateBuilder<CostLine>();
        lines.Add(new CostLine(CostKind.Base, employee, date, time.WorkingMinutes, Money.For(time.WorkingMinutes, Model.PayRate(employee)), 1,
            $"{template.Code} {Hours(time.WorkingMinutes)} at {Model.PayRate(employee)}"));
        var windows = Model.UnsocialHours.Windows;
        for (var w = 0; w < windows.Length; w++)
        {
            var minutes = time.UnsocialMinutesByWindow[w];
            if (minutes == 0) continue;
            var rate = Model.UnsocialHoursRate(windows[w]);
            lines.Add(new CostLine(CostKind.UnsocialHours, employee, date, minutes, Money.For(minutes, rate), 1,
                $"{template.Code} {windows[w].Code} {Hours(minutes)} at {rate}"));
        }

        if (time.ExtraMinutes > 0)
        {
            var rate = Model.SupplementRate(employee, Model.AutumnExtraHourPercent);
            lines.Add(new CostLine(CostKind.Overtime, employee, date, time.ExtraMinutes, Money.For(time.ExtraMinutes, rate), 1,
                $"{template.Code} autumn DST hour {Hours(time.ExtraMinutes)} at {Model.AutumnExtraHourPercent:0.##} % ({rate} above base)"));
        }

        return lines.ToImmutable();
    }

    /// <summary>The cost of one substitute for one slot of <paramref name="slotLength"/>, or null when substitutes are not allowed.</summary>
    public Money? SubstituteSlot(Duration slotLength) =>
        Model.Substitutes is { } s ? Money.For((long)slotLength.TotalMinutes, s.Rate) : null;

    internal static string Hours(long minutes) => $"{minutes / 60}:{minutes % 60:00} h";

    private ShiftMinutes Time(LocalDate date, ShiftTemplate template)
    {
        var interval = template.IntervalOn(date, zone);
        var split = evaluator.Split(interval);
        var minutes = split.MinutesByWindow.ToArray();
        var windows = Model.UnsocialHours.Windows;
        var byRate = Enumerable.Range(0, windows.Length).OrderBy(w => windows[w].KronorPerHour).ThenBy(w => w).ToArray();

        // The unpaid break is unplaced in the template: take it from the minutes paying least.
        var unpaid = (long)template.UnpaidBreak.TotalMinutes;
        var fromOrdinary = Math.Min(unpaid, split.OrdinaryMinutes);
        unpaid -= fromOrdinary;
        foreach (var w in byRate)
        {
            var take = Math.Min(unpaid, minutes[w]);
            minutes[w] -= take;
            unpaid -= take;
        }

        // The autumn extra hour is paid as overtime instead of OB: take it from the minutes paying most.
        var extra = ExtraMinutes(template, date, zone);
        var left = extra;
        foreach (var w in byRate.Reverse())
        {
            var take = Math.Min(left, minutes[w]);
            minutes[w] -= take;
            left -= take;
        }

        return new ShiftMinutes((long)template.WorkingTimeOn(date, zone).TotalMinutes, extra, [.. minutes]);
    }
}
