using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class MaxWeekendsTests
{
    // Monday 2026-01-05 + 14 days: weekends 10–11 and 17–18 January.
    private static readonly LocalDate FirstSaturday = new(2026, 1, 10);
    private static readonly LocalDate FirstSunday = new(2026, 1, 11);
    private static readonly LocalDate SecondSunday = new(2026, 1, 18);

    [Fact]
    public void Two_weekends_with_at_most_one_is_one_too_many()
    {
        var evaluation = Problem(new MaxWeekendsRule(1)).Evaluate(RosterOf(Works(Anna, FirstSaturday, Day), Works(Anna, SecondSunday, Day)));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.MaxWeekends, Anna, [FirstSaturday, SecondSunday], 1, 0, isHard: true);
    }

    [Fact]
    public void Saturday_and_Sunday_of_one_weekend_are_one_weekend()
    {
        var evaluation = Problem(new MaxWeekendsRule(1)).Evaluate(RosterOf(Works(Anna, FirstSaturday, Day), Works(Anna, FirstSunday, Day)));

        Assert.Empty(evaluation.Violations);
    }

    [Fact]
    public void Weekdays_are_not_weekends()
    {
        // Fridays 9 and 16 January: not weekend days by default.
        var evaluation = Problem(new MaxWeekendsRule(1)).Evaluate(AnnaWorks(Night, 4, 11));

        Assert.Empty(evaluation.Violations);
    }

    [Fact]
    public void Configured_weekend_days_count_instead()
    {
        var friSat = new MaxWeekendsRule(1, [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday], enforcement: Enforcement.Soft(30));
        var evaluation = Problem(friSat).Evaluate(AnnaWorks(Night, 4, 11));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.MaxWeekends, Anna, [Day0(4), Day0(11)], 1, 30, isHard: false);
        Assert.Empty(Problem(friSat).Evaluate(RosterOf(Works(Anna, FirstSunday, Day), Works(Anna, SecondSunday, Day))).Violations);
    }

    [Fact]
    public void Employee_limit_overrides_the_default()
    {
        var problem = Problem(new MaxWeekendsRule(0)).Employees(Person(Anna, limits: new EmployeeLimits { MaxWeekends = 2 }), Person(Bo));
        var roster = RosterOf(Works(Anna, FirstSaturday, Day), Works(Anna, SecondSunday, Day), Works(Bo, FirstSunday, Day));

        AssertViolation(Assert.Single(problem.Evaluate(roster).Violations), RuleIds.MaxWeekends, Bo, [FirstSunday], 1, 0, isHard: true);
    }

    [Fact]
    public void Without_any_maximum_nothing_is_limited()
    {
        var evaluation = Problem(new MaxWeekendsRule()).Evaluate(RosterOf(Works(Anna, FirstSaturday, Day), Works(Anna, SecondSunday, Day)));

        Assert.Empty(evaluation.Violations);
    }
}
