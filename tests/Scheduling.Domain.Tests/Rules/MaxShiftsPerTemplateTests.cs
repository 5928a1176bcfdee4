using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class MaxShiftsPerTemplateTests
{
    private static EmployeeLimits AtMost(ShiftTemplate template, int max) =>
        new() { MaxShiftsPerTemplate = ImmutableDictionary<ShiftCode, int>.Empty.Add(template.Code, max) };

    [Fact]
    public void Default_maximum_counts_shifts_too_many()
    {
        var evaluation = Problem(new MaxShiftsPerTemplateRule(DefaultMaximum: 2)).Evaluate(AnnaWorks(Night, 0, 2, 4, 6));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.MaxShiftsPerTemplate, Anna, [], 2, 0, isHard: true);
    }

    [Fact]
    public void Up_to_the_default_passes_and_each_template_counts_alone()
    {
        var roster = RosterOf([.. AnnaWorks(Night, 0, 2).Assignments, .. AnnaWorks(Day, 4, 5).Assignments, .. AnnaWorks(Evening, 8, 9).Assignments]);

        Assert.Empty(Problem(new MaxShiftsPerTemplateRule(DefaultMaximum: 2)).Evaluate(roster).Violations);
    }

    [Fact]
    public void Employee_override_wins_over_the_default()
    {
        var problem = Problem(new MaxShiftsPerTemplateRule(DefaultMaximum: 2))
            .Employees(Person(Anna, limits: AtMost(Night, 3)), Person(Bo, limits: AtMost(Night, 1)));
        var roster = RosterOf(Works(Anna, Day0(0), Night), Works(Anna, Day0(2), Night), Works(Anna, Day0(4), Night),
            Works(Bo, Day0(0), Night), Works(Bo, Day0(2), Night));

        AssertViolation(Assert.Single(problem.Evaluate(roster).Violations), RuleIds.MaxShiftsPerTemplate, Bo, [], 1, 0, isHard: true);
    }

    [Fact]
    public void Without_default_only_overridden_templates_are_limited()
    {
        var problem = Problem(new MaxShiftsPerTemplateRule()).Employees(Person(Anna, limits: AtMost(Night, 0)));
        var roster = RosterOf([.. AnnaWorks(Day, 0, 1, 2, 3, 4).Assignments, Works(Anna, Day0(8), Night)]);

        AssertViolation(Assert.Single(problem.Evaluate(roster).Violations), RuleIds.MaxShiftsPerTemplate, Anna, [], 1, 0, isHard: true);
    }
}
