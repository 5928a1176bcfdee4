using Google.OrTools.Sat;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Units;

namespace Scheduling.Solver.Rules;

/// <summary>
/// The roster's cost in whole kronor as model terms, built once for the cost and budget families:
/// <list type="bullet">
/// <item>a price table per employee × day × template and kind, from the domain's <see cref="CostCalculator"/>
/// (base pay, OB by window, the autumn extra hour: the price of one assignment is data, like its working
/// minutes, and the checker's <see cref="RosterCost"/> prices each assignment the same way);</item>
/// <item>mertid and overtime per employee, modelled here on their own: minutes counted (working time less the
/// autumn extra hour) beyond the target up to full time, and beyond full time, each in whole kronor exactly as
/// floor((minutes × öre per hour + 3000) / 6000);</item>
/// <item>substitutes: per demand slot, the people missing from the minimum, each at one substitute slot's price.</item>
/// </list>
/// </summary>
internal sealed class CostTerms
{
    private CostTerms(ModelContext c)
    {
        var problem = c.Problem;
        var calculator = CostCalculator.For(problem);
        var model = calculator.Model;
        var kinds = Enum.GetValues<CostKind>().Length;
        Price = new long[c.E, c.D, c.T, kinds];
        foreach (var e in c.Employees)
            for (var d = 0; d < c.D; d++)
                for (var t = 0; t < c.T; t++)
                    foreach (var line in calculator.PriceAssignment(problem.Employees[e].Id, problem.Period.DateOf(d), c.TemplateAt(t)))
                        Price[e, d, t, (int)line.Kind] += line.WholeKronor;

        Mertid = new (IntVar Kronor, long Upper)?[c.E];
        Overtime = new (IntVar Kronor, long Upper)?[c.E];
        foreach (var e in c.Employees) AddExtraHours(c, model, e);
        AddSubstitutes(c, calculator);
    }

    public static CostTerms Of(ModelContext c) => c.Shared(context => new CostTerms(context));

    /// <summary>Whole kronor of assignment (e, d, t) by <see cref="CostKind"/>.</summary>
    public long[,,,] Price { get; }

    /// <summary>Mertid in whole kronor per employee, with its upper bound; null when it cannot arise or costs nothing.</summary>
    public (IntVar Kronor, long Upper)?[] Mertid { get; }

    /// <summary>Overtime beyond full time in whole kronor per employee, with its upper bound.</summary>
    public (IntVar Kronor, long Upper)?[] Overtime { get; }

    /// <summary>Per group of demand slots with the same people and minimum: the people missing, how many slots, the upper bound.</summary>
    public List<(IntVar Missing, long Slots, long Upper)> Missing { get; } = [];

    /// <summary>The price in whole kronor of one substitute for one slot; 0 when substitutes are not allowed.</summary>
    public long SubstituteSlotKronor { get; private set; }

    /// <summary>Σ price of the given kinds over every assignment of employee <paramref name="e"/>, with its upper bound.</summary>
    public LinearExpr Assignments(ModelContext c, int e, Func<CostKind, bool> counts, out long upper)
    {
        var vars = new List<BoolVar>();
        var prices = new List<long>();
        upper = 0;
        for (var d = 0; d < c.D; d++)
        {
            long dayMax = 0;
            for (var t = 0; t < c.T; t++)
            {
                long price = 0;
                foreach (var kind in Enum.GetValues<CostKind>())
                    if (counts(kind)) price += Price[e, d, t, (int)kind];
                if (price == 0) continue;
                vars.Add(c.X[e, d, t]);
                prices.Add(price);
                dayMax = Math.Max(dayMax, price);
            }

            upper += dayMax;
        }

        return LinearExpr.WeightedSum(vars, prices);
    }

    private void AddExtraHours(ModelContext c, CostModel model, int e)
    {
        var employee = c.Problem.Employees[e];
        if (employee.Contract.TargetFor(c.D) is not { } target || employee.Contract.FullTimeFor(c.D) is not { } fullTime) return;
        var worked = Worked.MinutesForExtraHours(c, e, out var most);
        var targetMinutes = (long)target.TotalMinutes;
        var fullMinutes = (long)fullTime.TotalMinutes;
        if (most <= targetMinutes) return;
        var beyondTarget = c.PositivePart(worked - targetMinutes, most - targetMinutes, $"beyond_target_{e}");
        var beyondFull = most > fullMinutes ? c.PositivePart(worked - fullMinutes, most - fullMinutes, $"beyond_full_{e}") : null;
        var mertidMinutes = c.Model.NewIntVar(0, Math.Max(0, Math.Min(most, fullMinutes) - targetMinutes), $"mertid_minutes_{e}");
        c.Model.Add(beyondFull is null ? mertidMinutes == beyondTarget : mertidMinutes == beyondTarget - beyondFull);
        Mertid[e] = Kronor(c, mertidMinutes, model.SupplementRate(employee.Id, model.AdditionalHoursPercent), $"mertid_kr_{e}");
        if (beyondFull is not null)
            Overtime[e] = Kronor(c, beyondFull, model.SupplementRate(employee.Id, model.OvertimePercent), $"overtime_kr_{e}");
    }

    /// <summary>kr = floor((minutes × rate + 3000) / 6000): whole kronor, half up, as <see cref="Money.WholeKronor"/>.</summary>
    private static (IntVar, long)? Kronor(ModelContext c, IntVar minutes, HourlyRate rate, string name)
    {
        if (rate.OrePerHour == 0) return null;
        const long Half = Money.OreMinutesPerKrona / 2;
        var upper = checked((minutes.Domain.FlattenedIntervals().Max() * rate.OrePerHour) + Half) / Money.OreMinutesPerKrona;
        var kronor = c.Model.NewIntVar(0, upper, name);
        var amount = (minutes * rate.OrePerHour) + Half;
        c.Model.Add(amount >= kronor * Money.OreMinutesPerKrona);
        c.Model.Add(amount <= (kronor * Money.OreMinutesPerKrona) + (Money.OreMinutesPerKrona - 1));
        return (kronor, upper);
    }

    private void AddSubstitutes(ModelContext c, CostCalculator calculator)
    {
        var curve = c.Problem.DemandCurve;
        if (calculator.SubstituteSlot(curve.SlotLength) is not { } perSlot) return;
        SubstituteSlotKronor = perSlot.WholeKronor;
        var groups = new Dictionary<(string Terms, int Minimum), (List<BoolVar> Terms, long Slots)>();
        foreach (var slot in curve.Slots.Where(s => s.Minimum > 0))
        {
            var terms = DemandSlots.Present(c, slot);
            var key = (string.Join(',', terms.Select(v => v.GetIndex())), slot.Minimum);
            groups[key] = groups.TryGetValue(key, out var group) ? group with { Slots = group.Slots + 1 } : (terms, 1);
        }

        var index = 0;
        foreach (var ((_, minimum), (terms, slots)) in groups)
            Missing.Add((c.PositivePart(minimum - LinearExpr.Sum(terms), minimum, $"substitutes_{index++}"), slots, minimum));
    }
}
