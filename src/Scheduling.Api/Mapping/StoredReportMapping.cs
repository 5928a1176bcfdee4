using NodaTime.Text;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Fairness;
using Scheduling.Domain.Reporting;
using Scheduling.Domain.Review;
using CostSubtotal = Scheduling.Domain.Cost.CostSubtotal;
using HoursLine = Scheduling.Domain.Reporting.HoursLine;
using PoolReport = Scheduling.Domain.Reporting.PoolReport;
using PreferenceKind = Scheduling.Domain.PreferenceKind;
using ShiftCoverLine = Scheduling.Domain.Reporting.ShiftCoverLine;
using ShiftKind = Scheduling.Domain.ShiftKind;
using Violation = Scheduling.Domain.Checking.Violation;
using WishOutcome = Scheduling.Domain.Reporting.WishOutcome;

namespace Scheduling.Api.Mapping;

/// <summary>
/// The report a roster message holds (<see cref="StoredReport"/>) between the contract and the domain. Read back, a
/// stored report writes the same fields it was read from, so a roster reads on the wire as it was stored; rule names
/// and sources are the registry's in the report's language (<see cref="ReportMapping.ToProto(Violation, ReportLanguage)"/>).
/// </summary>
public static class StoredReportMapping
{
    /// <summary>The report of a roster message (the BASIC view's has only its outcome and cost).</summary>
    public static StoredReport ToDomain(V1.Roster roster) =>
        new(
            Outcome(roster.Status),
            [.. roster.Violations.Select(ToDomain)],
            [.. roster.Hours.Select(h => (ToDomain(h), Fairness(h)))],
            [.. roster.ShiftCover.Select(c => new ShiftCoverLine(Day(c.Date), new ShiftCode(c.Shift), c.Assigned, c.Required) { Unit = Unit(c.Unit) })],
            [.. roster.Wishes.Select(ToDomain)],
            [.. roster.Preferences.Select(ToDomain)],
            roster.Cost is { } cost ? ToDomain(cost) : null,
            roster.Pool is { } pool ? ToDomain(pool) : null,
            roster.LastChange is { } change ? ToDomain(change) : null);

    /// <summary>Writes a report into a roster message, over the report it held.</summary>
    public static void Write(StoredReport report, V1.Roster proto)
    {
        proto.Status = report.Outcome switch
        {
            SolveOutcome.Optimal => SolveResult.Types.Status.Optimal,
            SolveOutcome.Feasible => SolveResult.Types.Status.Feasible,
            SolveOutcome.Infeasible => SolveResult.Types.Status.Infeasible,
            SolveOutcome.Unknown => SolveResult.Types.Status.Unknown,
            _ => SolveResult.Types.Status.Unspecified,
        };
        proto.Violations.Clear();
        proto.Violations.AddRange(report.Violations.Select(v => ReportMapping.ToProto(v, report.Language)));
        proto.Hours.Clear();
        proto.Hours.AddRange(report.Hours.Select(h => ReportMapping.ToProto(h.Hours, h.Fairness)));
        proto.ShiftCover.Clear();
        proto.ShiftCover.AddRange(report.ShiftCover.Select(ReportMapping.ToProto));
        proto.Wishes.Clear();
        proto.Wishes.AddRange(report.Wishes.Select(w => ReportMapping.ToProto(w, own: false)));
        proto.Preferences.Clear();
        proto.Preferences.AddRange(report.Preferences.Select(ReportMapping.ToProto));
        proto.Cost = report.Cost is { } cost ? ReportMapping.ToProto(cost) : null;
        proto.Pool = report.Pool is { } pool ? UnitMapping.ToProto(pool) : null;
        proto.LastChange = report.LastChange is { } change ? DayEditMapping.ToProto(change) : null;
    }

    private static SolveOutcome Outcome(SolveResult.Types.Status status) => status switch
    {
        SolveResult.Types.Status.Optimal => SolveOutcome.Optimal,
        SolveResult.Types.Status.Feasible => SolveOutcome.Feasible,
        SolveResult.Types.Status.Infeasible => SolveOutcome.Infeasible,
        SolveResult.Types.Status.Unknown => SolveOutcome.Unknown,
        _ => SolveOutcome.Unspecified,
    };

    /// <summary>A stored violation; its message is the stored (Swedish) text.</summary>
    private static Violation ToDomain(V1.Violation v) =>
        new(v.Rule, v.Source, v.Hard, v.Employee.Length > 0 ? new EmployeeId(v.Employee) : null, [.. v.Dates.Select(Day)], v.Units, v.Penalty, v.Message)
        {
            SwedishMessage = v.Message,
            InvolvesHistory = v.InvolvesHistory,
        };

    private static HoursLine ToDomain(V1.HoursLine h) =>
        new(new EmployeeId(h.Employee), h.EmployeeName, h.WorkedMinutes, h.HasTargetMinutes ? h.TargetMinutes : null, h.HasMinimumMinutes ? h.MinimumMinutes : null,
            h.HasMaximumMinutes ? h.MaximumMinutes : null, h.Shifts, h.TimeBankInMinutes, h.HasTimeBankOutMinutes ? h.TimeBankOutMinutes : null);

    /// <summary>An hours line's fairness figures; null when it holds none.</summary>
    private static HoursFairness? Fairness(V1.HoursLine h)
    {
        if (h is { Wishes: 0, WishesGranted: 0, WishWeight: 0, WishWeightGranted: 0, Nights: 0, HasNightsFairShare: false, Weekends: 0, HasWeekendsFairShare: false, Holidays: 0, HasHolidaysFairShare: false, LedgerOut: null })
            return null;
        return new(h.Wishes, h.WishesGranted, h.WishWeight, h.WishWeightGranted, h.Nights, h.HasNightsFairShare ? h.NightsFairShare : null,
            h.Weekends, h.HasWeekendsFairShare ? h.WeekendsFairShare : null, h.Holidays, h.HasHolidaysFairShare ? h.HolidaysFairShare : null,
            h.LedgerOut is { } l ? new LedgerEntry(new EmployeeId(l.Employee), l.WishShareDeficit, Hundredths(l.NightsOver), Hundredths(l.WeekendsOver), Hundredths(l.HolidaysOver)) : null);
    }

    /// <summary>A ledger figure as the contract writes it (hundredths as a fraction) back in hundredths.</summary>
    private static long Hundredths(double value) => (long)Math.Round(value * 100);

    private static WishOutcome ToDomain(V1.WishOutcome w)
    {
        var kind = WishCostMapping.ToDomain(w.Kind) ?? Domain.WishKind.DayOff;
        var wish = new Domain.Wish(new EmployeeId(w.Employee), Day(w.Date), kind, w.Shift.Length > 0 ? new ShiftCode(w.Shift) : null, w.Weight);
        var explained = w.ReasonText.Length > 0 || w.Reason.Length > 0 || w.Rule.Length > 0 || w.Source.Length > 0 || w.PenaltyDifference != 0;
        return new WishOutcome(wish, w.Granted, explained
            ? new WishExplanation(Reason(w.Reason), w.Rule.Length > 0 ? w.Rule : null, w.Source.Length > 0 ? w.Source : null, [], w.PenaltyDifference,
                ImmutableSortedDictionary<string, long>.Empty.WithComparers(StringComparer.Ordinal), w.ReasonText)
            : null);
    }

    private static WishReason Reason(string text) =>
        Enum.GetValues<WishReason>().FirstOrDefault(r => Domain.Files.ProblemFileReader.UpperSnake(r.ToString()) == text);

    private static Domain.Reporting.PreferenceOutcome ToDomain(V1.PreferenceOutcome outcome)
    {
        var spec = outcome.Preference ?? new PreferenceSpec();
        var preference = new Preference(
            new EmployeeId(spec.Employee),
            spec.Kind switch
            {
                V1.PreferenceKind.NoShiftKind => PreferenceKind.NoShiftKind,
                V1.PreferenceKind.NoShift => PreferenceKind.NoShift,
                V1.PreferenceKind.DayOffOnWeekday => PreferenceKind.DayOffOnWeekday,
                _ => PreferenceKind.AtMostWeekends,
            },
            spec.Weight,
            spec.HasShiftKind ? spec.ShiftKind switch { V1.ShiftKind.Night => ShiftKind.Night, V1.ShiftKind.Evening => ShiftKind.Evening, _ => ShiftKind.Day } : null,
            spec.HasShift ? new ShiftCode(spec.Shift) : null,
            spec.HasWeekday ? (NodaTime.IsoDayOfWeek)(int)spec.Weekday : null,
            spec.HasCount ? spec.Count : null);
        return new(preference, outcome.TimesAgainst, [.. outcome.Dates.Select(Day)], outcome.Text);
    }

    private static CostSummary ToDomain(V1.RosterCost cost) =>
        new(cost.Version, cost.UnsocialHoursTable, cost.TotalKronor, Subtotal(cost.KronorByKind), cost.HasBudgetKronor ? cost.BudgetKronor : null,
            cost.HasBudgetDifferenceKronor ? cost.BudgetDifferenceKronor : null,
            [.. cost.ByEmployee.Select(e => (new EmployeeId(e.Key), Subtotal(e.KronorByKind)))],
            [.. cost.ByDay.Select(d => (Day(d.Key), Subtotal(d.KronorByKind)))]);

    private static CostSubtotal Subtotal(Google.Protobuf.Collections.MapField<string, long> byKind) =>
        new(Enum.GetValues<CostKind>()
            .Where(k => byKind.ContainsKey(Domain.Files.ProblemFileReader.UpperSnake(k.ToString())))
            .ToImmutableSortedDictionary(k => k, k => byKind[Domain.Files.ProblemFileReader.UpperSnake(k.ToString())]));

    private static PoolReport ToDomain(V1.PoolReport pool) =>
        new([.. pool.Employees.Select(e => new Domain.Reporting.PoolHoursLine(new EmployeeId(e.Employee), new UnitId(e.HomeUnit), e.HomeMinutes, e.PoolMinutes, e.PoolShifts))],
            [.. pool.Units.Select(u => new Domain.Reporting.UnitCoverLine(new UnitId(u.Unit), u.OverCoverMinutes, u.ShortOfMinimumMinutes, u.PoolMinutesReceived))],
            pool.SubstituteMinutesSaved,
            pool.HasSubstituteKronorSaved ? pool.SubstituteKronorSaved : null);

    private static DayEdit ToDomain(RosterChange change) =>
        new(new EmployeeId(change.Employee), Day(change.Date), Shift(change.ShiftBefore), Shift(change.ShiftAfter), change.Pinned,
            [.. change.AddedViolations.Select(ToDomain)], [.. change.RemovedViolations.Select(ToDomain)],
            change.PenaltyBefore, change.PenaltyAfter, change.HardBefore, change.HardAfter,
            NodaTime.Instant.FromDateTimeOffset((change.Time ?? new Google.Protobuf.WellKnownTypes.Timestamp()).ToDateTimeOffset()));

    private static ShiftCode? Shift(string code) => code.Length > 0 ? new ShiftCode(code) : null;

    private static UnitId? Unit(string unit) => unit.Length > 0 ? new UnitId(unit) : null;

    private static NodaTime.LocalDate Day(string date) => LocalDatePattern.Iso.Parse(date).Value;
}
