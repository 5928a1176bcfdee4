using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class BreakTests
{
    private static readonly BreakRule FiveHours = new(Duration.FromHours(5));

    [Fact]
    public void A_ten_hour_night_without_a_break_is_five_hours_over()
    {
        var evaluation = Problem(FiveHours).Evaluate(AnnaWorks(Night, 2));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.Break, Anna, [Day0(2)], 300, 0, isHard: true);
    }

    [Fact]
    public void A_day_with_its_break_in_the_middle_passes_and_one_without_does_not()
    {
        var withBreak = Template("B", 7, 0, 510, unpaidBreakMinutes: 30);
        var without = Template("W", 7, 0, 5 * 60 + 1);
        var evaluation = Problem(FiveHours).AddTemplates(withBreak, without)
            .Evaluate(RosterOf(Works(Anna, Day0(0), withBreak), Works(Bo, Day0(0), without)));

        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.Break, Bo, [Day0(0)], 1, 0, isHard: true);
    }

    [Fact]
    public void One_break_cannot_split_more_than_ten_hours_of_work()
    {
        var long12 = Template("L", 7, 0, 12 * 60, unpaidBreakMinutes: 30);
        var rule = new BreakRule(Duration.FromHours(5), enforcement: Enforcement.Soft(3));
        var evaluation = Problem(rule).AddTemplates(long12).Evaluate(AnnaWorks(long12, 1));

        // 11 h 30 min of work, halved: 5 h 45 min in a row.
        AssertViolation(Assert.Single(evaluation.Violations), RuleIds.Break, Anna, [Day0(1)], 45, 135, isHard: false);
    }

    [Fact]
    public void Five_hours_exactly_without_a_break_passes()
    {
        var five = Template("F", 8, 0, 5 * 60);
        var evaluation = Problem(FiveHours).AddTemplates(five).Evaluate(AnnaWorks(five, 0, 1, 2));

        Assert.Empty(evaluation.Violations);
    }
}
