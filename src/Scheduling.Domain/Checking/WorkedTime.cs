using Scheduling.Domain.Rules;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Checking;

/// <summary>Working minutes of a roster per employee: real shift lengths less unpaid breaks.</summary>
internal static class WorkedTime
{
    public static long Minutes(IEnumerable<CheckedShift> shifts) =>
        shifts.Sum(s => (long)(s.Interval.Duration - s.Template.UnpaidBreak).TotalMinutes);
}
