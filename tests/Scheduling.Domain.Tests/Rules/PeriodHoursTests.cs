using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class PeriodHoursTests
{
    private static readonly PeriodHoursRule Rule = new();

    private static Employee WithBounds(int minHours, int maxHours) =>
        Person(Anna, new WorkingTimeContract(minimumTotal: Duration.FromHours(minHours), maximumTotal: Duration.FromHours(maxHours)));

    /// <summary>50 % of 40 h over 7 days: a 20 h target.</summary>
    private static Employee HalfTime(int toleranceHours, int timeBankHours = 0) =>
        Person(Anna, new WorkingTimeContract(new EmploymentRate(50), Duration.FromHours(40), Duration.FromHours(toleranceHours),
            timeBankBalance: Duration.FromHours(timeBankHours)));

    [Fact]
    public void Explicit_bounds_count_minutes_under_and_over()
    {
        var problem = Problem(Rule).Days(7).Employees(WithBounds(16, 24));

        AssertViolation(Assert.Single(problem.Evaluate(AnnaWorks(Day, 0)).Violations), RuleIds.PeriodHours, Anna, [], 480, 0, isHard: true);
        AssertViolation(Assert.Single(problem.Evaluate(AnnaWorks(Day, 0, 1, 2, 3)).Violations), RuleIds.PeriodHours, Anna, [], 480, 0, isHard: true);
        Assert.Empty(problem.Evaluate(AnnaWorks(Day, 0, 1)).Violations);
        Assert.Empty(problem.Evaluate(AnnaWorks(Day, 0, 1, 2)).Violations);
    }

    [Fact]
    public void Nobody_working_is_the_whole_minimum_under()
    {
        var evaluation = Problem(Rule).Days(7).Employees(WithBounds(16, 24)).Evaluate(Roster.Empty);

        Assert.Equal(16 * 60, Single(evaluation, RuleIds.PeriodHours).Units);
    }

    [Fact]
    public void Unpaid_break_is_not_working_time()
    {
        // 8 h 30 min on the clock with a 30 min break: 8 h of work; two of them meet a 16 h minimum exactly.
        var withBreak = Template("B", 7, 0, 8 * 60 + 30, unpaidBreakMinutes: 30);
        var problem = Problem(Rule).Days(7).AddTemplates(withBreak).Employees(WithBounds(16, 16));

        Assert.Empty(problem.Evaluate(AnnaWorks(withBreak, 0, 1)).Violations);
        // One of them: 480 min under (450 if the break were counted).
        Assert.Equal(480, Single(problem.Evaluate(AnnaWorks(withBreak, 0)), RuleIds.PeriodHours).Units);
    }

    [Fact]
    public void Bounds_from_the_employment_rate_are_target_plus_minus_tolerance()
    {
        // Target 20 h, tolerance 2 h: 18–22 h.
        var problem = Problem(Rule).Days(7).Employees(HalfTime(toleranceHours: 2));

        AssertViolation(Assert.Single(problem.Evaluate(AnnaWorks(Day, 0, 1)).Violations), RuleIds.PeriodHours, Anna, [], 120, 0, isHard: true);
        AssertViolation(Assert.Single(problem.Evaluate(AnnaWorks(Day, 0, 1, 2)).Violations), RuleIds.PeriodHours, Anna, [], 120, 0, isHard: true);
    }

    [Fact]
    public void Time_bank_moves_the_target()
    {
        // 4 h already banked: target 16 h, bounds 14–18 h; two early shifts (16 h) fit.
        Assert.Empty(Problem(Rule).Days(7).Employees(HalfTime(2, timeBankHours: 4)).Evaluate(AnnaWorks(Day, 0, 1)).Violations);
        Assert.Single(Problem(Rule).Days(7).Employees(HalfTime(2, timeBankHours: 0)).Evaluate(AnnaWorks(Day, 0, 1)).Violations);
    }

    [Fact]
    public void Seventy_five_percent_of_38h15_over_28_days_is_6884_minutes()
    {
        // 1721 min a week × 4 = 6884 min; 14 early shifts = 6720 min: 164 min under with no tolerance.
        var contract = new WorkingTimeContract(new EmploymentRate(75), Duration.FromMinutes((38 * 60) + 15));
        var evaluation = Problem(Rule).Days(28).Employees(Person(Anna, contract)).Evaluate(AnnaWorks(Day, Enumerable.Range(0, 14).Select(d => d * 2).ToArray()));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.PeriodHours, Anna, [], 164, 0, isHard: true);
    }

    [Fact]
    public void Relaxed_period_hours_cost_minutes_times_the_hard_weight()
    {
        var evaluation = Problem(Rule).Days(7).Employees(WithBounds(16, 24)).Build().Relaxed(7);

        var v = Assert.Single(Checking.RuleChecker.Evaluate(evaluation, AnnaWorks(Day, 0)).Violations);
        AssertViolation(v, RuleIds.PeriodHours, Anna, [], 480, 3360, isHard: false);
    }

    [Fact]
    public void Employee_without_bounds_has_none()
    {
        var evaluation = Problem(Rule).Days(7).Evaluate(AnnaWorks(Night, 0, 1, 2, 3, 4, 5, 6));

        Assert.Empty(evaluation.Violations);
    }
}
