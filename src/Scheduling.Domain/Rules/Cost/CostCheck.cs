using Scheduling.Domain.Checking;
using Scheduling.Domain.Cost;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// cost: the roster's cost lines of the rule's kinds, from <see cref="RosterCost"/>, in whole kronor per line;
/// one violation per employee and one per day of substitutes, each costing weight × kronor.
/// </summary>
internal sealed class CostCheck(CostRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var cost = RosterCost.Compute(context.Problem, new Roster([.. context.Shifts.Values.SelectMany(s => s).Select(s => s.Assignment)]));
        var counted = cost.Lines.Where(l => rule.Kinds.Contains(l.Kind)).ToList();
        foreach (var employee in counted.Where(l => l.Employee is not null).GroupBy(l => l.Employee!.Value))
        {
            var kronor = employee.Sum(l => l.WholeKronor);
            if (kronor == 0) continue;
            violations.Add(Broken(rule, employee.Key, employee.Where(l => l.Date is not null).Select(l => l.Date!.Value), kronor,
                $"{employee.Key} kostar {kronor} kr ({Kinds(employee)})",
                $"{employee.Key} costs {kronor} kr ({Kinds(employee)})"));
        }

        foreach (var day in counted.Where(l => l.Employee is null).GroupBy(l => l.Date!.Value))
        {
            var kronor = day.Sum(l => l.WholeKronor);
            if (kronor == 0) continue;
            violations.Add(Broken(rule, null, [day.Key], kronor,
                $"{Day(day.Key)}: {day.Sum(l => l.Quantity)} vikarieintervall för behov under minimum kostar {kronor} kr",
                $"{Day(day.Key)}: {day.Sum(l => l.Quantity)} substitute slot(s) for need below the minimum cost {kronor} kr"));
        }
    }

    internal static string Kinds(IEnumerable<CostLine> lines) =>
        string.Join(", ", lines.GroupBy(l => l.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Sum(l => l.WholeKronor)}"));
}
