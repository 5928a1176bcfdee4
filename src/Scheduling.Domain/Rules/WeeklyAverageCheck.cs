using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// The check of a weekly average held over reference windows, for ordinary-hours (ATL §5: 40 h over at most 4 weeks) and
/// total-hours (ATL §10b: 48 h, overtime included, over at most 4 months): in each reference window of
/// <paramref name="length"/> from the period's first day (the last, or only, one held pro rata), each employee's working
/// minutes of the shifts starting in it are at most <paramref name="weekly"/> × the window's days ÷ 7, rounded down to the
/// minute. With history, the first window reaches back into it up to its full length (as far as the history goes),
/// counting the minutes worked there.
/// </summary>
/// <param name="rule">The rule whose violations these are.</param>
/// <param name="weekly">The most working time a week, on average.</param>
/// <param name="length">The reference windows' length (weeks or months).</param>
/// <param name="what">The working time the rule counts, for the messages ("ordinarie arbetstid" / "ordinary working time").</param>
internal sealed class WeeklyAverageCheck(Rule rule, Duration weekly, Period length, RuleText what) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var perWeek = (long)weekly.TotalMinutes;
        var windows = context.ReferenceWindows(length).ToList();
        foreach (var employee in context.Shifts.Keys)
            foreach (var window in windows)
            {
                var cap = perWeek * window.Days / 7;
                var worked = WorkedTime.Minutes(context.ShiftsAcrossSeam(employee).Where(s => window.Contains(s.Date)));
                if (worked <= cap) continue;
                var (first, last) = (window.First, window.Last);
                violations.Add(Broken(rule, employee, [first], worked - cap,
                    $"{employee} har {Hours(worked)} {what.Swedish} {Day(first)}–{Day(last)} ({window.Days} dagar); högst {Hours(cap)} är tillåtet ({Hours(perWeek)} i veckan i genomsnitt)",
                    $"{employee} has {Hours(worked)} of {what.English} {Day(first)}–{Day(last)} ({window.Days} days); at most {Hours(cap)} allowed ({Hours(perWeek)} a week on average)"));
            }
    }
}
