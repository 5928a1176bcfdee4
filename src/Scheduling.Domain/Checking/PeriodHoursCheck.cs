using NodaTime;
using Scheduling.Domain.Rules;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Checking;

/// <summary>Working minutes of a roster per employee: real shift lengths less unpaid breaks.</summary>
internal static class WorkedTime
{
    public static long Minutes(IEnumerable<CheckedShift> shifts) =>
        shifts.Sum(s => (long)(s.Interval.Duration - s.Template.UnpaidBreak).TotalMinutes);
}

/// <summary>period-hours: each employee's working minutes lie within the contract's bounds.</summary>
internal sealed class PeriodHoursCheck(PeriodHoursRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var employee in context.Problem.Employees)
        {
            var (min, max) = employee.Contract.BoundsFor(context.Period.Days);
            var worked = WorkedTime.Minutes(context.Shifts[employee.Id]);
            var under = min is { } lo ? Math.Max(0, (long)lo.TotalMinutes - worked) : 0;
            var over = max is { } hi ? Math.Max(0, worked - (long)hi.TotalMinutes) : 0;
            if (under > 0)
                violations.Add(Broken(rule, employee.Id, [], under,
                    $"{employee.Id} works {Hours(worked)} in the period; at least {Hours((long)min!.Value.TotalMinutes)} required"));
            if (over > 0)
                violations.Add(Broken(rule, employee.Id, [], over,
                    $"{employee.Id} works {Hours(worked)} in the period; at most {Hours((long)max!.Value.TotalMinutes)} allowed"));
        }
    }

    internal static string Hours(long minutes) => $"{minutes / 60} h {minutes % 60:00} min";
}

/// <summary>hours-target: each employee's working minutes against the target from the employment rate.</summary>
internal sealed class HoursTargetCheck(HoursTargetRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var employee in context.Problem.Employees)
        {
            if (employee.Contract.TargetFor(context.Period.Days) is not { } target) continue;
            var worked = WorkedTime.Minutes(context.Shifts[employee.Id]);
            var away = Math.Abs(worked - (long)target.TotalMinutes);
            if (away > 0)
                violations.Add(Broken(rule, employee.Id, [], away,
                    $"{employee.Id} works {PeriodHoursCheck.Hours(worked)} against a target of {PeriodHoursCheck.Hours((long)target.TotalMinutes)}"));
        }
    }
}
