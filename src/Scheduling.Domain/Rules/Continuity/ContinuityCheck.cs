using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// continuity: per resident group and week, the different people with a shift serving the group (a shift of one of
/// its templates worked at its unit) beyond the target; per contact person, their shifts that do not serve their group.
/// </summary>
internal sealed class ContinuityCheck(ContinuityRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var weeks = ContinuityRule.Weeks(context.Period.Days).ToList();
        foreach (var unit in context.Problem.Units)
            foreach (var group in unit.Groups)
            {
                bool Serves(CheckedShift s) => s.Unit == unit.Id && group.IsServedBy(s.Template.Code);
                foreach (var (first, end) in weeks)
                {
                    var staff = context.Shifts.Where(kv => kv.Value.Any(s => s.DayIndex >= first && s.DayIndex < end && Serves(s))).Select(kv => kv.Key).ToList();
                    var over = staff.Count - rule.TargetStaffPerWeek;
                    if (over <= 0) continue;
                    var from = context.Period.DateOf(first);
                    var to = context.Period.DateOf(end - 1);
                    violations.Add(Broken(rule, null, [from, to], over,
                        $"{unit.Id} {group.Name}: {staff.Count} olika personal veckan {Day(from)}–{Day(to)}, målet är högst {rule.TargetStaffPerWeek}",
                        $"{unit.Id} {group.Name}: {staff.Count} different staff in the week {Day(from)}–{Day(to)}, the target is at most {rule.TargetStaffPerWeek}"));
                }

                if (rule.ContactWeight == 0) continue;
                foreach (var person in group.ContactPersons.Distinct())
                {
                    var elsewhere = context.Shifts[person].Where(s => !Serves(s)).ToList();
                    if (elsewhere.Count == 0) continue;
                    violations.Add(new Violation(rule.Id, RuleRegistry.SourceOf(rule), false, person, [.. elsewhere.Select(s => s.Date).Distinct().Order()], elsewhere.Count,
                        checked(elsewhere.Count * rule.ContactWeight),
                        $"{person}, contact person of {unit.Id} {group.Name}, works {elsewhere.Count} shift(s) elsewhere")
                    {
                        SwedishMessage = $"{person}, kontaktperson för {unit.Id} {group.Name}, arbetar {elsewhere.Count} pass på annat håll",
                    });
                }
            }
    }
}
