using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>The rules every roster obeys by its shape: one shift per employee per day, no overlapping shifts (also with a history shift that reaches into the period).</summary>
internal sealed class StructuralCheck : IRuleCheck
{
    private static readonly string Structure = RuleRegistry.Source(RuleIds.NoOverlap, null, Reporting.ReportLanguage.Swedish);

    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var (employee, own) in context.Shifts)
        {
            var shifts = context.ShiftsAcrossSeam(employee);
            foreach (var day in own.GroupBy(s => s.Date).Where(g => g.Count() > 1))
                violations.Add(new Violation(RuleIds.OneShiftPerDay, Structure, true, employee, [day.Key], day.Count() - 1, 0,
                    $"{employee} has {day.Count()} shifts on {Day(day.Key)}")
                {
                    SwedishMessage = $"{employee} har {day.Count()} pass {Day(day.Key)}",
                });
            for (var i = 0; i < shifts.Length; i++)
                for (var j = i + 1; j < shifts.Length && shifts[j].Interval.Start < shifts[i].Interval.End; j++)
                {
                    if (shifts[j].DayIndex < 0) continue;
                    violations.Add(new Violation(RuleIds.NoOverlap, Structure, true, employee, [.. new[] { shifts[i].Date, shifts[j].Date }.Distinct()], 1, 0,
                        $"{employee}'s {shifts[i].Template.Code} on {Day(shifts[i].Date)} overlaps {shifts[j].Template.Code} on {Day(shifts[j].Date)}")
                    {
                        SwedishMessage = $"{employee}s pass {shifts[i].Template.Code} {Day(shifts[i].Date)} överlappar {shifts[j].Template.Code} {Day(shifts[j].Date)}",
                    });
                }
        }
    }
}
