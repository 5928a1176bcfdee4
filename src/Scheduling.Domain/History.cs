namespace Scheduling.Domain;

/// <summary>
/// What the employees worked before the period (the end of the previous one): the shifts of the <see cref="Days"/> days
/// before its first day. A day in that range without an entry is a day off; before it nothing is known. The checker and
/// the model apply every rule across the seam with it (daily and weekly rest, successions, runs of days, the windowed
/// hour rules), and a violation that involves a history day is marked as such. Empty for a problem planned from nothing.
/// </summary>
public sealed record History
{
    /// <summary>How far back a history may reach: four months of 31 days, the longest reference window (total-hours, ATL §10b).</summary>
    public const int MaxDays = 124;

    /// <summary>The most entries a history may hold.</summary>
    public const int MaxEntries = 250_000;

    public static readonly History Empty = new(0, []);

    /// <param name="days">How many days before the period the history covers (the problem holds it to <see cref="MaxDays"/>).</param>
    /// <param name="assignments">The shifts worked on those days (dates before the period; checked against the problem).</param>
    public History(int days, ImmutableArray<Assignment> assignments)
    {
        // The caps (MaxDays, MaxEntries) and the entries' references are checked by the problem, with field paths.
        if (days < 0) throw new DomainException($"history must cover 0 days or more, was {days}");
        Days = days;
        Assignments = assignments.IsDefault ? [] : assignments;
    }

    /// <summary>The history of the shifts given: it covers from the earliest of them up to the day before <paramref name="periodStart"/>.</summary>
    public static History Covering(LocalDate periodStart, ImmutableArray<Assignment> assignments)
    {
        if (assignments.IsDefaultOrEmpty) return Empty;
        var earliest = assignments.Min(a => a.Date);
        return new History(Math.Max(0, Period.DaysBetween(earliest, periodStart)), assignments);
    }

    /// <summary>
    /// How many days before the period the rules of <paramref name="rules"/> look back for <paramref name="employees"/>: a week for
    /// daily rest, successions and overlaps, the weekly-rest window, the longest run a run rule counts, the reference
    /// window of ordinary hours (weeks), total hours and night work (months of 31 days), overtime's 4 weeks or month, and
    /// for a weekend limit as many days as the period has (<paramref name="periodDays"/>: its runs of weekends reach back
    /// that far); at most <see cref="MaxDays"/>. What a service reads from earlier periods to fill a history.
    /// </summary>
    public static int DaysNeeded(Rules.RulePack rules, IEnumerable<Employee> employees, int periodDays = 0)
    {
        var people = employees.ToList();
        var days = 7;
        foreach (var rule in rules.Rules)
            days = Math.Max(days, rule switch
            {
                Rules.WeeklyRestRule week => week.WindowDays,
                Rules.MaxConsecutiveDaysRule most => 1 + people.Select(p => p.Limits.MaxConsecutiveDays ?? most.DefaultMaximum ?? 0).DefaultIfEmpty(0).Max(),
                Rules.MinConsecutiveDaysRule least => 1 + people.Select(p => p.Limits.MinConsecutiveDays ?? least.DefaultMinimum ?? 0).DefaultIfEmpty(0).Max(),
                Rules.MinConsecutiveDaysOffRule off => 1 + people.Select(p => p.Limits.MinConsecutiveDaysOff ?? off.DefaultMinimum ?? 0).DefaultIfEmpty(0).Max(),
                Rules.OrdinaryHoursRule ordinary => ordinary.ReferenceWeeks * 7,
                Rules.TotalHoursRule total => total.ReferenceMonths * 31,
                Rules.NightWorkRule night => night.ReferenceMonths * 31,
                Rules.OvertimeRule overtime => overtime.PerCalendarMonth ? 31 : 28,
                Rules.MaxWeekendsRule weekends when (weekends.DefaultMaximum is not null || people.Any(p => p.Limits.MaxWeekends is not null)) => periodDays,
                _ => 0,
            });
        return Math.Min(days, MaxDays);
    }

    public int Days { get; }
    public ImmutableArray<Assignment> Assignments { get; }
    public bool IsEmpty => Assignments.IsEmpty;

    /// <summary>The history of some employees only, covering the same days.</summary>
    public History Of(IReadOnlySet<EmployeeId> employees) => new(Days, [.. Assignments.Where(a => employees.Contains(a.Employee))]);

    /// <summary>Only the days from <paramref name="from"/> on (a shorter history, e.g. for a later period).</summary>
    public History Since(LocalDate from, LocalDate periodStart) =>
        new(Math.Min(Days, Math.Max(0, Period.DaysBetween(from, periodStart))), [.. Assignments.Where(a => a.Date >= from)]);

    public bool Equals(History? other) =>
        other is not null && Days == other.Days && Assignments.SequenceEqual(other.Assignments);

    public override int GetHashCode() => HashCode.Combine(Days, Assignments.Length);
}
