using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

public class PreferencesTests
{
    [Fact]
    public void No_nights_costs_the_weight_per_night_times_the_multiplier()
    {
        var problem = Problem(new PreferencesRule(3)).Preferences(new Preference(Anna, PreferenceKind.NoShiftKind, 5, shiftKind: ShiftKind.Night));
        var roster = RosterOf(Works(Anna, Day0(0), Night), Works(Anna, Day0(2), Night), Works(Anna, Day0(4), Day));

        AssertViolation(Assert.Single(problem.Evaluate(roster).Violations), RuleIds.Preferences, Anna, [Day0(0), Day0(2)], 10, 30, isHard: false);
    }

    [Fact]
    public void No_shift_and_a_free_weekday_count_each_shift_against_them()
    {
        // Day0(2) is Wednesday 7 January.
        var problem = Problem(new PreferencesRule()).Preferences(
            new Preference(Anna, PreferenceKind.NoShift, 4, shift: Evening.Code),
            new Preference(Bo, PreferenceKind.DayOffOnWeekday, 6, weekday: IsoDayOfWeek.Wednesday));
        var roster = RosterOf(Works(Anna, Day0(1), Evening), Works(Anna, Day0(2), Day), Works(Bo, Day0(2), Day), Works(Bo, Day0(9), Night), Works(Bo, Day0(10), Day));

        var evaluation = problem.Evaluate(roster);

        AssertViolation(evaluation.Violations[0], RuleIds.Preferences, Anna, [Day0(1)], 4, 4, isHard: false);
        AssertViolation(evaluation.Violations[1], RuleIds.Preferences, Bo, [Day0(2), Day0(9)], 12, 12, isHard: false);
    }

    [Fact]
    public void At_most_one_weekend_costs_the_weight_per_weekend_too_many()
    {
        // Weekends 10–11 and 17–18 January.
        var problem = Problem(new PreferencesRule(2)).Preferences(new Preference(Anna, PreferenceKind.AtMostWeekends, 7, count: 1));

        AssertViolation(Assert.Single(problem.Evaluate(AnnaWorks(Day, 5, 6, 12)).Violations), RuleIds.Preferences, Anna, [Day0(5), Day0(12)], 7, 14, isHard: false);
        Assert.Empty(problem.Evaluate(AnnaWorks(Day, 5, 6, 7)).Violations);
    }

    [Fact]
    public void A_preference_names_what_it_needs()
    {
        Assert.Throws<DomainException>(() => new Preference(Anna, PreferenceKind.NoShiftKind, 1));
        Assert.Throws<DomainException>(() => new Preference(Anna, PreferenceKind.AtMostWeekends, 1, count: -1));
        Assert.Throws<DomainException>(() => new Preference(Anna, PreferenceKind.NoShift, -1, shift: Day.Code));
    }
}
