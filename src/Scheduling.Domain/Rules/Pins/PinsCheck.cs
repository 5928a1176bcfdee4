using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>pins: the manager's fixed shifts and days off hold.</summary>
internal sealed class PinsCheck(PinsRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var pin in context.Problem.Pins)
        {
            var onDay = context.Shifts[pin.Employee].Where(s => s.Date == pin.Date).Select(s => s.Template.Code).ToList();
            var holds = pin.Shift is { } code ? onDay.Count == 1 && onDay[0] == code : onDay.Count == 0;
            if (!holds)
                violations.Add(Broken(rule, pin.Employee, [pin.Date], 1,
                    $"{pin.Employee} är låst till {(pin.Shift is { } ps ? ps.Value : "en ledig dag")} {Day(pin.Date)} men har {(onDay.Count == 0 ? "inget pass" : string.Join(", ", onDay))}",
                    $"{pin.Employee} is pinned to {(pin.Shift is { } p ? p.Value : "a day off")} on {Day(pin.Date)} but has {(onDay.Count == 0 ? "no shift" : string.Join(", ", onDay))}"));
        }
    }
}
