namespace Scheduling.Domain.Cost;

/// <summary>
/// Mertid and övertid of one employee over a schedule period. Averaged working time is settled at the period's
/// end: the minutes worked beyond the contract's target (sysselsättningsgrad × full time, less the time bank) up
/// to full time are mertid, those beyond full time övertid. The hour a shift gains when the clock falls back in
/// October is not counted here: it is paid as overtime on its own day (<see cref="CostCalculator"/>).
/// </summary>
public sealed record ExtraHours(Duration Mertid, Duration Overtime)
{
    /// <summary>
    /// The extra hours of <paramref name="employee"/> working <paramref name="assignments"/> (theirs in the period;
    /// others are ignored), or null when the contract has no employment rate: explicit minimum and maximum minutes
    /// define no target to count mertid from.
    /// </summary>
    public static ExtraHours? Of(RosterProblem problem, Employee employee, IEnumerable<Assignment> assignments)
    {
        var days = problem.Period.Days;
        if (employee.Contract.TargetFor(days) is not { } target || employee.Contract.FullTimeFor(days) is not { } fullTime) return null;
        var counted = assignments
            .Where(a => a.Employee == employee.Id && problem.Period.Contains(a.Date) && problem.TemplateByCode.ContainsKey(a.Shift))
            .Sum(a => CountedMinutes(problem, a));
        var beyondTarget = Math.Max(0, counted - (long)target.TotalMinutes);
        var overtime = Math.Max(0, counted - (long)fullTime.TotalMinutes);
        return new ExtraHours(Duration.FromMinutes(beyondTarget - overtime), Duration.FromMinutes(overtime));
    }

    /// <summary>
    /// The working minutes of one assignment as mertid, overtime and the time bank count them: its working time less
    /// the hour a shift gains when the clock falls back (paid as overtime on its own day). Its template must be the problem's.
    /// </summary>
    public static long CountedMinutes(RosterProblem problem, Assignment assignment)
    {
        var template = problem.TemplateByCode[assignment.Shift];
        return (long)template.WorkingTimeOn(assignment.Date, problem.Period.Zone).TotalMinutes - CostCalculator.ExtraMinutes(template, assignment.Date, problem.Period.Zone);
    }
}
