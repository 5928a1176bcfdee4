using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// break (ATL §15): each shift's longest stretch of work, on instants, is at most the maximum. A shift with an unpaid
/// break is taken to have it in the middle of its working time; one without works its whole real length in a row.
/// </summary>
internal sealed class BreakCheck(BreakRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var (employee, shifts) in context.Shifts)
            foreach (var s in shifts)
            {
                var stretch = LongestStretch(s.Interval.Duration, s.Template.UnpaidBreak);
                var over = stretch - (long)rule.MaximumStretch.TotalMinutes;
                if (over <= 0) continue;
                var withBreak = s.Template.UnpaidBreak > Duration.Zero;
                violations.Add(Broken(rule, employee, [s.Date], over,
                    $"{employee}s pass {s.Template.Code} {Day(s.Date)} har {Hours(stretch)} arbete i följd {(withBreak ? "även med rasten mitt i passet" : "utan rast")}; högst {Hours((long)rule.MaximumStretch.TotalMinutes)} är tillåtet",
                    $"{employee}'s {s.Template.Code} on {Day(s.Date)} has {Hours(stretch)} of work in a row {(withBreak ? "even with its break in the middle" : "without a break")}; at most {Hours((long)rule.MaximumStretch.TotalMinutes)} allowed"));
            }
    }

    private static long LongestStretch(Duration length, Duration unpaidBreak)
    {
        var minutes = (long)length.TotalMinutes;
        if (unpaidBreak <= Duration.Zero) return minutes;
        var working = minutes - (long)unpaidBreak.TotalMinutes;
        return (working + 1) / 2;
    }
}
