using NodaTime.Text;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Files;
using Scheduling.Domain.Reporting;
using CoverageGap = Scheduling.Api.V1.CoverageGap;
using HoursLine = Scheduling.Api.V1.HoursLine;
using PreferenceOutcome = Scheduling.Api.V1.PreferenceOutcome;
using ShiftCoverLine = Scheduling.Api.V1.ShiftCoverLine;
using WishOutcome = Scheduling.Api.V1.WishOutcome;

namespace Scheduling.Api.Mapping;

/// <summary>
/// A roster's report as the contract writes it, once for the wire and the store: the rule checker's evaluation
/// (penalty, by rule, violations in a language), hours with fairness, coverage gaps, shift cover, wish and preference
/// outcomes, cost and the pool report.
/// </summary>
public static class ReportMapping
{
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    /// <summary>
    /// Fills a roster message with the roster, the rule checker's <paramref name="evaluation"/> of it and the
    /// report (hours, coverage, wishes, cost), replacing what it held: after a solve and after each change by hand.
    /// </summary>
    public static void Report(RosterProblem problem, Domain.Roster roster, Domain.Checking.Evaluation evaluation, V1.Roster proto)
    {
        var report = RosterReport.Build(problem, roster);
        proto.Penalty = evaluation.Penalty;
        proto.HardViolationCount = evaluation.HardViolationCount;
        proto.PenaltyByRule.Clear();
        proto.Assignments.Clear();
        proto.Violations.Clear();
        proto.Hours.Clear();
        proto.CoverageGaps.Clear();
        proto.ShiftCover.Clear();
        proto.Wishes.Clear();
        proto.Cost = null;
        proto.Preferences.Clear();
        proto.Pool = report.Pool is { } pool ? UnitMapping.ToProto(pool) : null;
        proto.PenaltyByRule.Add(evaluation.PenaltyByRule);
        proto.Assignments.AddRange(RosterMapping.ToProto(roster));
        proto.Violations.AddRange(evaluation.Violations.Select(ToProto));
        proto.Hours.AddRange(report.Hours.Select(h => ToProto(h, report.Fairness?.Employees.FirstOrDefault(f => f.Employee == h.Employee) is { } fair ? HoursFairness.Of(fair) : null)));
        proto.CoverageGaps.AddRange(report.CoverageGaps.Select(ToProto));
        proto.ShiftCover.AddRange(report.ShiftCover.Select(ToProto));
        Outcomes(report, proto);
        if (problem.Cost is not null) proto.Cost = ToProto(CostSummary.Of(Domain.Cost.RosterCost.Compute(problem, roster)));
    }

    /// <summary>An employee's hours as the contract writes them, with their fairness figures when there are any.</summary>
    public static HoursLine ToProto(Domain.Reporting.HoursLine h, HoursFairness? fairness)
    {
        var line = new HoursLine { Employee = h.Employee.Value, EmployeeName = h.Name, WorkedMinutes = h.WorkedMinutes, Shifts = h.Shifts };
        if (h.TargetMinutes is { } t) line.TargetMinutes = t;
        if (h.MinimumMinutes is { } min) line.MinimumMinutes = min;
        if (h.MaximumMinutes is { } max) line.MaximumMinutes = max;
        line.TimeBankInMinutes = h.TimeBankInMinutes;
        if (h.TimeBankOutMinutes is { } bank) line.TimeBankOutMinutes = bank;
        if (fairness is not null) AddFairness(line, fairness);
        return line;
    }

    /// <summary>A per-shift demand row not met exactly, as the contract writes it.</summary>
    public static ShiftCoverLine ToProto(Domain.Reporting.ShiftCoverLine c) =>
        new() { Date = RosterMapping.Date(c.Date), Shift = c.Shift.Value, Assigned = c.Assigned, Required = c.Required, Unit = c.Unit?.Value ?? "" };

    /// <summary>A coverage gap as the contract writes it (times to the minute).</summary>
    public static CoverageGap ToProto(Domain.Reporting.CoverageGap gap) => new()
    {
        From = Minutes.Format(gap.From),
        To = Minutes.Format(gap.To),
        Competence = gap.Competence?.Value ?? "",
        Present = gap.Present,
        Minimum = gap.Minimum,
        Ideal = gap.Ideal,
        Unit = gap.Unit?.Value ?? "",
    };

    /// <summary>A stored coverage gap as the domain's (see <see cref="ToProto(Domain.Reporting.CoverageGap)"/>).</summary>
    public static Domain.Reporting.CoverageGap ToDomain(CoverageGap gap) =>
        new(Minutes.Parse(gap.From).Value, Minutes.Parse(gap.To).Value, gap.Competence.Length > 0 ? new CompetenceId(gap.Competence) : null, gap.Present, gap.Minimum, gap.Ideal)
        {
            Unit = gap.Unit.Length > 0 ? new UnitId(gap.Unit) : null,
        };

    /// <summary>Replaces a roster message's wish and preference outcomes with a report's.</summary>
    public static void Outcomes(RosterReport report, V1.Roster proto)
    {
        proto.Wishes.Clear();
        proto.Wishes.AddRange(report.Wishes.Select(w => ToProto(w, own: false)));
        proto.Preferences.Clear();
        proto.Preferences.AddRange(report.Preferences.Select(ToProto));
    }

    public static PreferenceOutcome ToProto(Domain.Reporting.PreferenceOutcome outcome) => new()
    {
        Preference = ToProto(outcome.Preference),
        Kept = outcome.Kept,
        TimesAgainst = outcome.TimesAgainst,
        Dates = { outcome.Dates.Select(RosterMapping.Date) },
        Text = outcome.Text,
    };

    public static PreferenceSpec ToProto(Preference preference)
    {
        var spec = new PreferenceSpec
        {
            Employee = preference.Employee.Value,
            Kind = preference.Kind switch
            {
                Domain.PreferenceKind.NoShiftKind => V1.PreferenceKind.NoShiftKind,
                Domain.PreferenceKind.NoShift => V1.PreferenceKind.NoShift,
                Domain.PreferenceKind.DayOffOnWeekday => V1.PreferenceKind.DayOffOnWeekday,
                _ => V1.PreferenceKind.AtMostWeekends,
            },
            Weight = (int)Math.Min(int.MaxValue, preference.Weight),
        };
        if (preference.ShiftKind is { } kind) spec.ShiftKind = kind switch { Domain.ShiftKind.Night => V1.ShiftKind.Night, Domain.ShiftKind.Evening => V1.ShiftKind.Evening, _ => V1.ShiftKind.Day };
        if (preference.Shift is { } shift) spec.Shift = shift.Value;
        if (preference.Weekday is { } weekday) spec.Weekday = (V1.Weekday)(int)weekday;
        if (preference.Count is { } count) spec.Count = count;
        return spec;
    }

    /// <summary>A wish's outcome; with <paramref name="own"/>, the reason as the wisher sees it (colleagues counted, not named).</summary>
    public static WishOutcome ToProto(Domain.Reporting.WishOutcome w, bool own) => new()
    {
            Employee = w.Wish.Employee.Value,
            Date = RosterMapping.Date(w.Wish.Date),
            Kind = w.Wish.Kind switch { Domain.WishKind.ShiftOn => V1.WishKind.ShiftOn, Domain.WishKind.ShiftOff => V1.WishKind.ShiftOff, _ => V1.WishKind.DayOff },
            Shift = w.Wish.Shift?.Value ?? "",
            Weight = (int)Math.Min(int.MaxValue, w.Wish.Weight),
            Granted = w.Granted,
            ReasonText = (own ? w.Explanation?.OwnText : w.Explanation?.Text) ?? "",
            Reason = w.Explanation is { } e ? ProblemFileReader.UpperSnake(e.Reason.ToString()) : "",
            Rule = w.Explanation?.RuleId ?? "",
            Source = w.Explanation?.Source ?? "",
            PenaltyDifference = w.Explanation?.PenaltyDifference ?? 0,
    };

    /// <summary>A violation as stored: the rule's name, source and message in Swedish.</summary>
    public static Violation ToProto(Domain.Checking.Violation v) => ToProto(v, Domain.Reporting.ReportLanguage.Swedish);

    /// <summary>A violation as read in <paramref name="language"/>: the rule's name, source and message in it.</summary>
    public static Violation ToProto(Domain.Checking.Violation v, Domain.Reporting.ReportLanguage language) => new()
    {
        Rule = v.RuleId,
        RuleName = Domain.Rules.RuleRegistry.Name(v.RuleId, language),
        Source = Domain.Rules.RuleRegistry.Source(v.RuleId, v.Source, language),
        Hard = v.IsHard,
        Employee = v.Employee?.Value ?? "",
        Dates = { v.Dates.Select(RosterMapping.Date) },
        Units = v.Units,
        Penalty = v.Penalty,
        Message = v.MessageIn(language),
        InvolvesHistory = v.InvolvesHistory,
    };

    private static void AddFairness(HoursLine line, HoursFairness fair)
    {
        line.Wishes = fair.Wishes;
        line.WishesGranted = fair.WishesGranted;
        line.WishWeight = fair.WishWeight;
        line.WishWeightGranted = fair.WishWeightGranted;
        line.Nights = fair.Nights;
        if (fair.NightsFairShare is { } nights) line.NightsFairShare = nights;
        line.Weekends = fair.Weekends;
        if (fair.WeekendsFairShare is { } weekends) line.WeekendsFairShare = weekends;
        line.Holidays = fair.Holidays;
        if (fair.HolidaysFairShare is { } holidays) line.HolidaysFairShare = holidays;
        if (fair.LedgerOut is not { } ledger) return;
        line.LedgerOut = new LedgerEntrySpec
        {
            Employee = ledger.Employee.Value,
            WishShareDeficit = (int)Math.Clamp(ledger.WishShareDeficit, int.MinValue, int.MaxValue),
            NightsOver = ledger.NightsOver / 100.0,
            WeekendsOver = ledger.WeekendsOver / 100.0,
            HolidaysOver = ledger.HolidaysOver / 100.0,
        };
    }

    /// <summary>A roster's cost as the contract writes it: whole kronor, by kind, per employee and per day.</summary>
    public static V1.RosterCost ToProto(CostSummary cost)
    {
        static string Kind(Domain.Cost.CostKind kind) => ProblemFileReader.UpperSnake(kind.ToString());
        static CostSubtotal Subtotal(string key, Domain.Cost.CostSubtotal subtotal)
        {
            var line = new CostSubtotal { Key = key, TotalKronor = subtotal.Kronor };
            foreach (var (kind, kronor) in subtotal.KronorByKind) line.KronorByKind[Kind(kind)] = kronor;
            return line;
        }

        var proto = new V1.RosterCost
        {
            Version = cost.Version,
            UnsocialHoursTable = cost.UnsocialHoursTable,
            TotalKronor = cost.Kronor,
        };
        foreach (var (kind, kronor) in cost.ByKind.KronorByKind) proto.KronorByKind[Kind(kind)] = kronor;
        if (cost.Budget is { } budget) proto.BudgetKronor = budget;
        if (cost.BudgetDifference is { } difference) proto.BudgetDifferenceKronor = difference;
        proto.ByEmployee.AddRange(cost.ByEmployee.Select(e => Subtotal(e.Employee.Value, e.Cost)));
        proto.ByDay.AddRange(cost.ByDay.Select(d => Subtotal(RosterMapping.Date(d.Date), d.Cost)));
        return proto;
    }
}
