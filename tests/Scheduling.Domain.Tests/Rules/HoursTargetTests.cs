using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class HoursTargetTests
{
    private static readonly HoursTargetRule Rule = new(weightPerMinute: 2);

    /// <summary>50 % of 40 h over 7 days: a 20 h target; the tolerance does not soften the target.</summary>
    private static Employee HalfTime(int timeBankHours = 0) =>
        Person(Anna, new WorkingTimeContract(new EmploymentRate(50), Duration.FromHours(40), Duration.FromHours(3),
            timeBankBalance: Duration.FromHours(timeBankHours)));

    [Fact]
    public void Minutes_away_from_the_target_either_side_times_weight()
    {
        var problem = Problem(Rule).Days(7).Employees(HalfTime());

        AssertViolation(Assert.Single(problem.Evaluate(AnnaWorks(Day, 0, 1)).Violations), RuleIds.HoursTarget, Anna, [], 240, 480, isHard: false);
        AssertViolation(Assert.Single(problem.Evaluate(AnnaWorks(Day, 0, 1, 2)).Violations), RuleIds.HoursTarget, Anna, [], 240, 480, isHard: false);
    }

    [Fact]
    public void On_target_costs_nothing()
    {
        var ten = Template("T", 8, 0, 10 * 60);
        var evaluation = Problem(Rule).Days(7).AddTemplates(ten).Employees(HalfTime()).Evaluate(AnnaWorks(ten, 0, 2));

        Assert.Empty(evaluation.Violations);
        Assert.Equal(0, evaluation.Penalty);
    }

    [Fact]
    public void Time_bank_moves_the_target()
    {
        // 4 h banked: target 16 h, met by two early shifts.
        Assert.Empty(Problem(Rule).Days(7).Employees(HalfTime(timeBankHours: 4)).Evaluate(AnnaWorks(Day, 0, 1)).Violations);
    }

    [Fact]
    public void Employee_without_rate_has_no_target()
    {
        var explicitOnly = Person(Anna, new WorkingTimeContract(minimumTotal: Duration.FromHours(30), maximumTotal: Duration.FromHours(40)));

        Assert.Empty(Problem(Rule).Days(7).Employees(explicitOnly).Evaluate(AnnaWorks(Day, 0)).Violations);
    }
}
