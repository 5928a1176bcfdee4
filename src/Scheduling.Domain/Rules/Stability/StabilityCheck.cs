using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>stability: each employee × day whose shift differs from the reference roster costs the weight (× 1 + its days inside the notice, when re-planning from today).</summary>
internal sealed class StabilityCheck(StabilityRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        if (rule.Reference is not { } reference) return;
        var before = new Dictionary<(EmployeeId, NodaTime.LocalDate), ShiftCode>();
        foreach (var a in reference.Assignments)
            if (context.Shifts.ContainsKey(a.Employee) && context.Period.Contains(a.Date) && context.Problem.TemplateByCode.ContainsKey(a.Shift))
                before[(a.Employee, a.Date)] = a.Shift;

        foreach (var employee in context.Problem.Employees)
            foreach (var date in Enumerable.Range(0, context.Period.Days).Select(context.Period.DateOf))
            {
                var now = context.Shifts[employee.Id].Where(s => s.Date == date).Select(s => (ShiftCode?)s.Template.Code).FirstOrDefault();
                var was = before.TryGetValue((employee.Id, date), out var code) ? code : (ShiftCode?)null;
                if (now != was)
                    violations.Add(Broken(rule, employee.Id, [date], rule.ChangeUnits(date),
                        $"{employee.Id} {Day(date)}: {(was is { } ws ? ws.Value : "ledig")} → {(now is { } ns ? ns.Value : "ledig")}",
                        $"{employee.Id} on {Day(date)}: {(was is { } w ? w.Value : "off")} → {(now is { } n ? n.Value : "off")}"));
            }
    }
}
