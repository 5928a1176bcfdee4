using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>forbidden-successions: template B must not start the day after template A (also across the seam, after the history's last day).</summary>
internal sealed class ForbiddenSuccessionsCheck(ForbiddenSuccessionsRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var forbidden = rule.Successions.Select(s => (s.From, s.To)).ToHashSet();
        foreach (var employee in context.Shifts.Keys)
        {
            var shifts = context.ShiftsAcrossSeam(employee);
            foreach (var first in shifts.Where(s => s.DayIndex >= -1))
                foreach (var next in shifts.Where(s => s.DayIndex == first.DayIndex + 1))
                    if (forbidden.Contains((first.Template.Code, next.Template.Code)))
                        violations.Add(Broken(rule, employee, [first.Date, next.Date], 1,
                            $"{employee} arbetar {next.Template.Code} {Day(next.Date)} direkt efter {first.Template.Code}, en förbjuden passföljd",
                            $"{employee} works {next.Template.Code} on {Day(next.Date)} right after {first.Template.Code}, a forbidden succession"));
        }
    }
}
