using Scheduling.Domain;

namespace Scheduling.Solver;

/// <summary>
/// The problem's history as constants for the constraint families: for each employee and day before the period (day
/// indexes −<see cref="Days"/> to −1) the template worked, or none. A family that looks back across the seam reads it
/// here; nothing in it is a variable, so history shifts only tighten or cost what the period's variables may do.
/// </summary>
internal sealed class HistoryShifts
{
    private readonly int[,] template;
    private readonly RosterProblem problem;

    public HistoryShifts(RosterProblem problem)
    {
        this.problem = problem;
        Days = Math.Min(problem.History.Days, History.MaxDays);
        template = new int[problem.Employees.Length, Days];
        for (var e = 0; e < problem.Employees.Length; e++)
            for (var h = 0; h < Days; h++)
                template[e, h] = -1;
        var index = problem.Employees.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var codes = problem.Templates.Select((t, i) => (t.Code, i)).ToDictionary(x => x.Code, x => x.i);
        foreach (var a in problem.History.Assignments)
        {
            var d = Period.DaysBetween(problem.Period.Start, a.Date);
            if (d < 0 && d >= -Days && index.TryGetValue(a.Employee, out var e) && codes.TryGetValue(a.Shift, out var t))
                template[e, d + Days] = t;
        }
    }

    /// <summary>How many days before the period are known.</summary>
    public int Days { get; }

    public bool IsEmpty => Days == 0;

    /// <summary>The template employee <paramref name="e"/> worked on day <paramref name="d"/> (−Days ≤ d &lt; 0), or −1 for a day off or an unknown day.</summary>
    public int TemplateOn(int e, int d) => d < 0 && d >= -Days ? template[e, d + Days] : -1;

    public bool Works(int e, int d) => TemplateOn(e, d) >= 0;

    /// <summary>The real interval of the shift employee <paramref name="e"/> worked on day <paramref name="d"/> before the period, or null.</summary>
    public Interval? IntervalOn(int e, int d) =>
        TemplateOn(e, d) is var t and >= 0 ? problem.Templates[t].IntervalOn(problem.Period.DateOf(d), problem.Period.Zone) : null;

    /// <summary>Each shift of employee <paramref name="e"/> in history: its day and real interval.</summary>
    public IEnumerable<(int Day, int Template, Interval Interval)> ShiftsOf(int e)
    {
        for (var d = -Days; d < 0; d++)
            if (TemplateOn(e, d) is var t and >= 0)
                yield return (d, t, problem.Templates[t].IntervalOn(problem.Period.DateOf(d), problem.Period.Zone));
    }

    /// <summary>Working minutes of employee <paramref name="e"/> on history days [from, to) (real length less the unpaid break, as the checker counts them).</summary>
    public long Minutes(int e, int from, int to)
    {
        long total = 0;
        foreach (var (day, t, interval) in ShiftsOf(e))
            if (day >= from && day < to)
                total += (long)(interval.Duration - problem.Templates[t].UnpaidBreak).TotalMinutes;
        return total;
    }

    /// <summary>
    /// Working minutes of employee <paramref name="e"/> on history days [from, to) as mertid and overtime count them: less the
    /// hour a shift gains when the clock falls back.
    /// </summary>
    public long MinutesForExtraHours(int e, int from, int to)
    {
        long total = 0;
        foreach (var (day, t, interval) in ShiftsOf(e))
            if (day >= from && day < to)
            {
                var template = problem.Templates[t];
                total += (long)(interval.Duration - template.UnpaidBreak).TotalMinutes - Math.Max(0, (long)(interval.Duration - template.Length).TotalMinutes);
            }

        return total;
    }
}
