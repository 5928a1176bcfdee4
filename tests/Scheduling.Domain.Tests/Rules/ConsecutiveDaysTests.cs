using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class MaxConsecutiveDaysTests
{
    [Fact]
    public void Six_days_in_a_row_with_at_most_five_is_one_window()
    {
        var evaluation = Problem(new MaxConsecutiveDaysRule(DefaultMaximum: 5)).Evaluate(AnnaWorks(Day, 2, 3, 4, 5, 6, 7));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.MaxConsecutiveDays, Anna, [Day0(2), Day0(7)], 1, 0, isHard: true);
    }

    [Fact]
    public void Seven_days_in_a_row_are_two_windows_of_six()
    {
        var rule = new MaxConsecutiveDaysRule(DefaultMaximum: 5) { Enforcement = Enforcement.Soft(10) };
        var evaluation = Problem(rule).Evaluate(AnnaWorks(Day, 0, 1, 2, 3, 4, 5, 6));

        var found = Of(evaluation, RuleIds.MaxConsecutiveDays);
        Assert.Equal(2, found.Length);
        AssertViolation(found[0], RuleIds.MaxConsecutiveDays, Anna, [Day0(0), Day0(5)], 1, 10, isHard: false);
        AssertViolation(found[1], RuleIds.MaxConsecutiveDays, Anna, [Day0(1), Day0(6)], 1, 10, isHard: false);
        Assert.Equal(20, evaluation.Penalty);
    }

    [Fact]
    public void Five_days_then_a_day_off_then_five_pass()
    {
        var evaluation = Problem(new MaxConsecutiveDaysRule(DefaultMaximum: 5)).Evaluate(AnnaWorks(Day, 0, 1, 2, 3, 4, 6, 7, 8, 9, 10));

        Assert.Empty(evaluation.Violations);
    }

    [Fact]
    public void Employee_limit_overrides_the_default()
    {
        var problem = Problem(new MaxConsecutiveDaysRule(DefaultMaximum: 5))
            .Employees(Person(Anna, limits: new EmployeeLimits { MaxConsecutiveDays = 6 }), Person(Bo, limits: new EmployeeLimits { MaxConsecutiveDays = 3 }));
        var roster = RosterOf([.. AnnaWorks(Day, 0, 1, 2, 3, 4, 5).Assignments, Works(Bo, Day0(0), Day), Works(Bo, Day0(1), Day), Works(Bo, Day0(2), Day), Works(Bo, Day0(3), Day)]);

        AssertViolation(Assert.Single(problem.Evaluate(roster).Violations), RuleIds.MaxConsecutiveDays, Bo, [Day0(0), Day0(3)], 1, 0, isHard: true);
    }

    [Fact]
    public void A_night_counts_for_the_day_it_starts()
    {
        // Nights on days 0–5 start on six days in a row even though each ends the next morning.
        var evaluation = Problem(new MaxConsecutiveDaysRule(DefaultMaximum: 5)).Evaluate(AnnaWorks(Night, 0, 1, 2, 3, 4, 5));

        Assert.Single(evaluation.Violations);
    }
}

public class MinConsecutiveDaysTests
{
    private static MinConsecutiveDaysRule AtLeastThree(bool bindAtEdges) => new(DefaultMinimum: 3, BindAtHorizonEdges: bindAtEdges);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Inner_run_of_two_is_one_day_short(bool bindAtEdges)
    {
        var evaluation = Problem(AtLeastThree(bindAtEdges)).Evaluate(AnnaWorks(Day, 5, 6));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.MinConsecutiveDays, Anna, [Day0(5), Day0(6)], 1, 0, isHard: true);
    }

    [Fact]
    public void Single_day_is_two_short_and_each_run_counts()
    {
        var evaluation = Problem(AtLeastThree(false)).Evaluate(AnnaWorks(Day, 3, 7, 8));

        var found = Of(evaluation, RuleIds.MinConsecutiveDays);
        Assert.Equal(2, found.Length);
        AssertViolation(found[0], RuleIds.MinConsecutiveDays, Anna, [Day0(3)], 2, 0, isHard: true);
        AssertViolation(found[1], RuleIds.MinConsecutiveDays, Anna, [Day0(7), Day0(8)], 1, 0, isHard: true);
    }

    [Fact]
    public void Runs_touching_the_first_or_last_day_bind_only_when_configured()
    {
        // Days 0–1 and 12–13 of a 14-day period.
        var roster = AnnaWorks(Day, 0, 1, 12, 13);

        Assert.Empty(Problem(AtLeastThree(false)).Evaluate(roster).Violations);
        var bound = Of(Problem(AtLeastThree(true)).Evaluate(roster), RuleIds.MinConsecutiveDays);
        Assert.Equal(2, bound.Length);
        AssertViolation(bound[0], RuleIds.MinConsecutiveDays, Anna, [Day0(0), Day0(1)], 1, 0, isHard: true);
        AssertViolation(bound[1], RuleIds.MinConsecutiveDays, Anna, [Day0(12), Day0(13)], 1, 0, isHard: true);
    }

    [Fact]
    public void Runs_long_enough_pass_and_days_off_are_not_runs_of_work()
    {
        var evaluation = Problem(AtLeastThree(true)).Evaluate(AnnaWorks(Day, 0, 1, 2, 5, 6, 7, 11, 12, 13));

        Assert.Empty(evaluation.Violations);
    }

    [Fact]
    public void Employee_limit_overrides_the_default()
    {
        var problem = Problem(AtLeastThree(false)).Employees(Person(Anna, limits: new EmployeeLimits { MinConsecutiveDays = 1 }), Person(Bo));

        Assert.Empty(problem.Evaluate(AnnaWorks(Day, 5)).Violations);
    }
}

public class MinConsecutiveDaysOffTests
{
    private static MinConsecutiveDaysOffRule AtLeastTwo(bool bindAtEdges) => new(DefaultMinimum: 2, BindAtHorizonEdges: bindAtEdges);

    private static Roster AllBut(params int[] daysOff) =>
        AnnaWorks(Day, [.. Enumerable.Range(0, 14).Except(daysOff)]);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Single_inner_day_off_is_one_day_short(bool bindAtEdges)
    {
        var evaluation = Problem(AtLeastTwo(bindAtEdges)).Employees(Person(Anna)).Evaluate(AllBut(5));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.MinConsecutiveDaysOff, Anna, [Day0(5)], 1, 0, isHard: true);
    }

    [Fact]
    public void Two_days_off_pass()
    {
        Assert.Empty(Problem(AtLeastTwo(true)).Employees(Person(Anna)).Evaluate(AllBut(5, 6)).Violations);
    }

    [Fact]
    public void Days_off_at_the_edges_bind_only_when_configured()
    {
        var roster = AllBut(0, 13);

        Assert.Empty(Problem(AtLeastTwo(false)).Employees(Person(Anna)).Evaluate(roster).Violations);
        var bound = Of(Problem(AtLeastTwo(true)).Employees(Person(Anna)).Evaluate(roster), RuleIds.MinConsecutiveDaysOff);
        Assert.Equal(2, bound.Length);
        AssertViolation(bound[0], RuleIds.MinConsecutiveDaysOff, Anna, [Day0(0)], 1, 0, isHard: true);
        AssertViolation(bound[1], RuleIds.MinConsecutiveDaysOff, Anna, [Day0(13)], 1, 0, isHard: true);
    }

    [Fact]
    public void Soft_days_off_cost_days_short_times_weight()
    {
        var rule = new MinConsecutiveDaysOffRule(DefaultMinimum: 3) { Enforcement = Enforcement.Soft(4) };
        var evaluation = Problem(rule).Employees(Person(Anna)).Evaluate(AllBut(5));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.MinConsecutiveDaysOff, Anna, [Day0(5)], 2, 8, isHard: false);
    }

    [Fact]
    public void Employee_limit_overrides_the_default()
    {
        var problem = Problem(AtLeastTwo(false)).Employees(Person(Anna, limits: new EmployeeLimits { MinConsecutiveDaysOff = 3 }));

        AssertViolation(Assert.Single(problem.Evaluate(AllBut(5, 6)).Violations), RuleIds.MinConsecutiveDaysOff, Anna, [Day0(5), Day0(6)], 1, 0, isHard: true);
    }
}
