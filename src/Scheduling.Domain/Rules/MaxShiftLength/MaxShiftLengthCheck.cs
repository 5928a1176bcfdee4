using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>max-shift (AB): a shift's real length, on instants, is at most the maximum.</summary>
internal sealed class MaxShiftLengthCheck(MaxShiftLengthRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var (employee, shifts) in context.Shifts)
            foreach (var s in shifts.Where(s => s.Interval.Duration > rule.Maximum))
                violations.Add(Broken(rule, employee, [s.Date], (long)(s.Interval.Duration - rule.Maximum).TotalMinutes,
                    $"{employee}s pass {s.Template.Code} {Day(s.Date)} varar {s.Interval.Duration.TotalHours:0.##} h; högst {rule.Maximum.TotalHours:0.##} h är tillåtet",
                    $"{employee}'s {s.Template.Code} on {Day(s.Date)} lasts {s.Interval.Duration.TotalHours:0.##} h; at most {rule.Maximum.TotalHours:0.##} h allowed"));
    }
}
