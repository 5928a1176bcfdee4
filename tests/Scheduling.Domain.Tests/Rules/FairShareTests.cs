using Scheduling.Domain.Fairness;
using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class FairShareTests
{
    private static readonly Duration FullTime = Duration.FromHours(40);

    /// <summary>Full time 40 h a week: the weights are 2400 and 1200 minutes, 2 : 1 once divided by their common divisor.</summary>
    private static Employee Rated(EmployeeId id, decimal percent, EmployeeLimits? limits = null) =>
        Person(id, new WorkingTimeContract(new EmploymentRate(percent), FullTime), limits);

    private static ProblemBuilder Equal(Rule rule) => Problem(rule).Employees(Rated(Anna, 100), Rated(Bo, 100));

    [Fact]
    public void Nights_all_on_one_of_two_equal_staff_are_two_nights_off_each_share()
    {
        // W = 2, N = 4: Anna |2·400 − 400| ÷ 2 = 200 hundredths, Bo |0 − 400| ÷ 2 = 200; beyond 100 of tolerance: 100 × 3 each.
        var evaluation = Equal(new FairNightsRule(3, 100)).Evaluate(AnnaWorks(Night, 0, 2, 4, 6));

        AssertViolation(evaluation.Violations[0], RuleIds.FairNights, Anna, [], 100, 300, isHard: false);
        AssertViolation(evaluation.Violations[1], RuleIds.FairNights, Bo, [], 100, 300, isHard: false);
        Assert.Equal(2, evaluation.Violations.Length);
    }

    [Fact]
    public void Nights_split_evenly_between_equal_staff_cost_nothing()
    {
        var roster = RosterOf(Works(Anna, Day0(0), Night), Works(Anna, Day0(2), Night), Works(Bo, Day0(4), Night), Works(Bo, Day0(6), Night));

        Assert.Empty(Equal(new FairNightsRule(3, 0)).Evaluate(roster).Violations);
    }

    [Fact]
    public void Fair_share_follows_the_employment_rate_rounded_down_to_hundredths()
    {
        // Weights 2 : 1 (W = 3), two nights each, N = 4: Anna |3·200 − 2·400| ÷ 3 = 66.67 → 66; Bo |600 − 400| ÷ 3 → 66.
        var problem = Problem(new FairNightsRule(1, 0)).Employees(Rated(Anna, 100), Rated(Bo, 50));
        var roster = RosterOf(Works(Anna, Day0(0), Night), Works(Anna, Day0(2), Night), Works(Bo, Day0(4), Night), Works(Bo, Day0(6), Night));

        var evaluation = problem.Evaluate(roster);

        AssertViolation(evaluation.Violations[0], RuleIds.FairNights, Anna, [], 66, 66, isHard: false);
        AssertViolation(evaluation.Violations[1], RuleIds.FairNights, Bo, [], 66, 66, isHard: false);
        Assert.Contains("fair share of 2.67", evaluation.Violations[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_ledger_carry_lowers_the_share_of_who_did_more_before()
    {
        // Anna carries one night over her share: 1 night against Bo's 2 is then exactly fair (2·200 − 400 = 0).
        var roster = RosterOf(Works(Anna, Day0(0), Night), Works(Bo, Day0(2), Night), Works(Bo, Day0(4), Night));
        var withLedger = Equal(new FairNightsRule(1, 0)).Ledger(new LedgerEntry(Anna, NightsOver: 100));

        Assert.Empty(withLedger.Evaluate(roster).Violations);
        Assert.Equal(100, Equal(new FairNightsRule(1, 0)).Evaluate(roster).Penalty);
    }

    [Fact]
    public void Staff_who_may_not_work_nights_take_no_share()
    {
        var problem = Problem(new FairNightsRule(1, 0)).Employees(Rated(Anna, 100), Rated(Bo, 100, new EmployeeLimits { MaxShiftsPerTemplate = ImmutableDictionaryOf(Night.Code, 0) }));

        Assert.Empty(problem.Evaluate(AnnaWorks(Night, 0, 2, 4, 6)).Violations);
    }

    [Fact]
    public void Weekends_count_once_however_many_days_are_worked()
    {
        // Anna works Sat+Sun of the first weekend and Sat of the second: 2 weekends, Bo none. W = 2, all = 200:
        // each deviates 100 hundredths; beyond 50 of tolerance: 50 × 2.
        var roster = AnnaWorks(Day, 5, 6, 12);

        var evaluation = Equal(new FairWeekendsRule(2, 50)).Evaluate(roster);

        AssertViolation(evaluation.Violations[0], RuleIds.FairWeekends, Anna, [], 50, 100, isHard: false);
        AssertViolation(evaluation.Violations[1], RuleIds.FairWeekends, Bo, [], 50, 100, isHard: false);
    }

    [Fact]
    public void Holidays_are_public_holidays_and_agreement_eves()
    {
        // Easter 2027: Good Friday 26 March, Easter Eve 27 (an eve), Easter Sunday 28; Wednesday 24 is no holiday.
        var start = new LocalDate(2027, 3, 22);
        var problem = Problem(new FairHolidaysRule(1, 100)).Period(start, 7).Employees(Rated(Anna, 100), Rated(Bo, 100));
        var roster = RosterOf(Works(Anna, new(2027, 3, 26), Day), Works(Anna, new(2027, 3, 27), Day), Works(Anna, new(2027, 3, 28), Day), Works(Bo, new(2027, 3, 24), Day));

        var evaluation = problem.Evaluate(roster);

        // W = 2, all = 300: Anna |2·300 − 300| ÷ 2 = 150, Bo 150; beyond 100: 50 each.
        AssertViolation(evaluation.Violations[0], RuleIds.FairHolidays, Anna, [], 50, 50, isHard: false);
        AssertViolation(evaluation.Violations[1], RuleIds.FairHolidays, Bo, [], 50, 50, isHard: false);
    }

    private static System.Collections.Immutable.ImmutableDictionary<ShiftCode, int> ImmutableDictionaryOf(ShiftCode code, int max) =>
        System.Collections.Immutable.ImmutableDictionary<ShiftCode, int>.Empty.Add(code, max);
}
