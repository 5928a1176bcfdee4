using Scheduling.Domain.Fairness;
using Scheduling.Domain.Units;

namespace Scheduling.Domain.Reporting;

/// <summary>
/// An employee's working time in the period against the contract, with the time bank carried in and the one to
/// carry out (balance in + worked − contracted; null without an employment rate).
/// </summary>
public sealed record HoursLine(EmployeeId Employee, string Name, long WorkedMinutes, long? TargetMinutes, long? MinimumMinutes, long? MaximumMinutes, int Shifts,
    long TimeBankInMinutes = 0, long? TimeBankOutMinutes = null)
{
    public long? Difference => TargetMinutes is { } t ? WorkedMinutes - t : null;
}

/// <summary>A stretch of the demand curve where fewer people are present than needed (consecutive slots with the same numbers).</summary>
public sealed record CoverageGap(LocalDateTime From, LocalDateTime To, CompetenceId? Competence, int Present, int Minimum, int Ideal)
{
    /// <summary>The unit short of staff, in a problem that plans several units; null in a problem of one unit.</summary>
    public UnitId? Unit { get; init; }

    public bool BelowMinimum => Present < Minimum;
}

/// <summary>A per-shift demand row that is not met exactly.</summary>
public sealed record ShiftCoverLine(LocalDate Date, ShiftCode Shift, int Assigned, int Required)
{
    /// <summary>The unit of the demand row, in a problem that plans several units; null in a problem of one unit.</summary>
    public UnitId? Unit { get; init; }
}

/// <summary>A wish, whether the roster grants it, and why (when the report was built with explanations).</summary>
public sealed record WishOutcome(Wish Wish, bool Granted, WishExplanation? Explanation = null);

/// <summary>
/// What a planner reads next to the roster: hours against target per employee, where coverage falls
/// short of the need, which wishes were granted and why not, standing preferences kept, and fairness (granted
/// share of wishes, nights, weekends and holidays against fair share, the ledger in and out). Computed straight
/// from the roster and problem.
/// </summary>
public sealed record RosterReport(
    ImmutableArray<HoursLine> Hours,
    ImmutableArray<CoverageGap> CoverageGaps,
    ImmutableArray<ShiftCoverLine> ShiftCover,
    ImmutableArray<WishOutcome> Wishes)
{
    /// <summary>Per employee and across employees; null when built without it.</summary>
    public FairnessReport? Fairness { get; init; }

    /// <summary>Each standing preference, kept or how often not.</summary>
    public ImmutableArray<PreferenceOutcome> Preferences { get; init; } = [];

    /// <summary>The language of the explanations.</summary>
    public ReportLanguage Language { get; init; }

    /// <summary>Person-minutes below the demand curve's minimum, summed over slots.</summary>
    public long PersonMinutesShortOfMinimum { get; init; }

    /// <summary>Person-minutes below the demand curve's ideal, summed over slots.</summary>
    public long PersonMinutesShortOfIdeal { get; init; }

    /// <summary>Resource shifts, over-cover per unit and what the pool saved; null for a problem of one unit.</summary>
    public PoolReport? Pool { get; init; }

    /// <summary>
    /// The report of a roster, with every wish explained in <paramref name="language"/> (Swedish by default) when
    /// <paramref name="explain"/> (explaining re-checks the roster once per refused wish).
    /// </summary>
    public static RosterReport Build(RosterProblem problem, Roster roster, ReportLanguage language = ReportLanguage.Swedish, bool explain = true)
    {
        var shifts = Shifts(problem, roster);
        var banks = TimeBank.After(problem, roster);
        var hours = problem.Employees.Select(e =>
        {
            var own = shifts.Where(s => s.Assignment.Employee == e.Id).ToList();
            var worked = own.Sum(s => (long)(s.Interval.Duration - s.Template.UnpaidBreak).TotalMinutes);
            var (min, max) = e.Contract.BoundsFor(problem.Period.Days);
            return new HoursLine(e.Id, e.Name, worked, Minutes(e.Contract.TargetFor(problem.Period.Days)), Minutes(min), Minutes(max), own.Count,
                (long)e.Contract.TimeBankBalance.TotalMinutes, Minutes(banks.TryGetValue(e.Id, out var bank) ? bank : null));
        }).ToImmutableArray();

        var (gaps, shortOfMinimum, shortOfIdeal) = Coverage(problem, shifts);

        var counts = shifts.GroupBy(s => (s.Assignment.Date, s.Assignment.Shift, s.Unit)).ToDictionary(g => g.Key, g => g.Count());
        var cover = problem.ShiftDemands
            .Select(d => new ShiftCoverLine(d.Date, d.Shift, counts.GetValueOrDefault((d.Date, d.Shift, problem.UnitOf(d))), d.Required) { Unit = problem.UnitOf(d) })
            .Where(l => l.Assigned != l.Required)
            .ToImmutableArray();

        // In the problem's order, by position: never keyed by the wish (equal wishes are equal records).
        var explained = explain ? WishExplainer.Explain(problem, roster, language) : default;
        var wishes = problem.Wishes.Select((w, i) =>
        {
            var onDay = shifts.Where(s => s.Assignment.Employee == w.Employee && s.Assignment.Date == w.Date).Select(s => s.Assignment.Shift).ToList();
            return new WishOutcome(w, w.IsGrantedBy(onDay), explained.IsDefault ? null : explained[i].Explanation);
        }).ToImmutableArray();

        return new RosterReport(hours, gaps, cover, wishes)
        {
            Fairness = FairnessReport.Build(problem, roster),
            Preferences = WishExplainer.Preferences(problem, roster, language),
            Language = language,
            PersonMinutesShortOfMinimum = shortOfMinimum,
            PersonMinutesShortOfIdeal = shortOfIdeal,
            Pool = PoolReport.Build(problem, roster),
        };
    }

    /// <summary>The coverage gaps of a roster (for comparing two rosters).</summary>
    internal static ImmutableArray<CoverageGap> Gaps(RosterProblem problem, Roster roster) => Coverage(problem, Shifts(problem, roster)).Gaps;

    private static List<(Assignment Assignment, ShiftTemplate Template, Interval Interval, UnitId? Unit)> Shifts(RosterProblem problem, Roster roster) =>
        [.. roster.Assignments
            .Where(a => problem.EmployeeById.ContainsKey(a.Employee) && problem.TemplateByCode.ContainsKey(a.Shift))
            .Select(a => (a, problem.TemplateByCode[a.Shift], problem.TemplateByCode[a.Shift].IntervalOn(a.Date, problem.Period.Zone), problem.UnitOf(a)))];

    private static (ImmutableArray<CoverageGap> Gaps, long ShortOfMinimum, long ShortOfIdeal) Coverage(RosterProblem problem, List<(Assignment Assignment, ShiftTemplate Template, Interval Interval, UnitId? Unit)> shifts)
    {
        var zone = problem.Period.Zone;
        var gaps = ImmutableArray.CreateBuilder<CoverageGap>();
        long shortOfMinimum = 0, shortOfIdeal = 0;
        var byDate = shifts.ToLookup(s => s.Assignment.Date);
        var curve = problem.DemandCurve;
        foreach (var slot in curve.Slots)
        {
            var interval = curve.IntervalOf(slot);
            var unit = problem.UnitOf(slot);
            // Shifts last at most 24 h, so only those starting from the day before the slot can reach it.
            var firstDate = interval.Start.InZone(zone).Date.PlusDays(-1);
            var lastDate = interval.End.InZone(zone).Date;
            var nearby = Enumerable.Range(0, Period.DaysBetween(firstDate, lastDate) + 1).SelectMany(i => byDate[firstDate.PlusDays(i)]);
            var present = nearby.Count(s => s.Unit == unit && s.Interval.Start < interval.End && interval.Start < s.Interval.End &&
                (slot.Competence is not { } c || problem.EmployeeById[s.Assignment.Employee].HoldsOn(c, s.Assignment.Date, unit)));
            var slotMinutes = (long)interval.Duration.TotalMinutes;
            shortOfMinimum += slotMinutes * Math.Max(0, slot.Minimum - present);
            shortOfIdeal += slotMinutes * Math.Max(0, slot.Ideal - present);
            if (present >= slot.Ideal) continue;
            var from = slot.Start.InZone(zone).LocalDateTime;
            var to = interval.End.InZone(zone).LocalDateTime;
            var merged = false;
            for (var i = gaps.Count - 1; i >= 0 && i >= gaps.Count - 8; i--)
            {
                var last = gaps[i];
                if (last.To == from && last.Unit == unit && last.Competence == slot.Competence && last.Present == present && last.Minimum == slot.Minimum && last.Ideal == slot.Ideal)
                {
                    gaps[i] = last with { To = to };
                    merged = true;
                    break;
                }
            }

            if (!merged) gaps.Add(new CoverageGap(from, to, slot.Competence, present, slot.Minimum, slot.Ideal) { Unit = unit });
        }

        return (gaps.ToImmutable(), shortOfMinimum, shortOfIdeal);
    }

    private static long? Minutes(Duration? d) => d is { } v ? (long)v.TotalMinutes : null;
}
