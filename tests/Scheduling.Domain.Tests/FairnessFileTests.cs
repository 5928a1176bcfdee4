using Scheduling.Domain.Files;
using Scheduling.Domain.Rules;

namespace Scheduling.Domain.Tests;

public class FairnessFileTests
{
    private static string File(string preferences, string ledger, string rules = """{ "id": "fair-nights", "weight": 3, "parameters": { "toleranceHundredths": 50 } }, { "id": "fair-wish-share", "weight": 2, "parameters": { "stepPercent": 20 } }, { "id": "fair-weekends", "parameters": { "weekendDays": ["FRIDAY", "SATURDAY"] } }, { "id": "fair-holidays" }, { "id": "preferences", "weight": 4 }""") => $$"""
        {
          "period": { "startDate": "2027-03-22", "days": 7 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 }, { "code": "N", "startTime": "21:00", "durationMinutes": 600, "kind": "NIGHT" } ],
          "employees": [ { "id": "A", "employmentRate": 50 }, { "id": "B", "employmentRate": 75 } ],
          "rulePack": { "id": "p", "rules": [ {{rules}} ] },
          "preferences": {{preferences}},
          "fairnessLedger": {{ledger}}
        }
        """;

    [Fact]
    public void Preferences_ledger_and_fairness_rules_are_read()
    {
        var problem = ProblemFileReader.Read(File(
            """[ { "employee": "A", "kind": "NO_SHIFT_KIND", "shiftKind": "NIGHT", "weight": 30 }, { "employee": "B", "kind": "AT_MOST_WEEKENDS", "count": 1 }, { "employee": "B", "kind": "DAY_OFF_ON_WEEKDAY", "weekday": "WEDNESDAY", "weight": 5 }, { "employee": "A", "kind": "NO_SHIFT", "shift": "D" } ]""",
            """[ { "employee": "A", "wishShareDeficit": 12, "nightsOver": -1.5, "weekendsOver": 0.25 } ]"""));

        Assert.Equal([PreferenceKind.NoShiftKind, PreferenceKind.AtMostWeekends, PreferenceKind.DayOffOnWeekday, PreferenceKind.NoShift], problem.Preferences.Select(p => p.Kind));
        Assert.Equal(ShiftKind.Night, problem.Preferences[0].ShiftKind);
        Assert.Equal(30, problem.Preferences[0].Weight);
        Assert.Equal(1, problem.Preferences[1].Count);
        Assert.Equal(1, problem.Preferences[1].Weight);
        Assert.Equal(IsoDayOfWeek.Wednesday, problem.Preferences[2].Weekday);
        Assert.Equal(new ShiftCode("D"), problem.Preferences[3].Shift);
        var a = problem.Ledger.For(new EmployeeId("A"));
        Assert.Equal((12L, -150L, 25L, 0L), (a.WishShareDeficit, a.NightsOver, a.WeekendsOver, a.HolidaysOver));
        Assert.Equal(0, problem.Ledger.For(new EmployeeId("B")).NightsOver);
        var nights = problem.Rules.Get<FairNightsRule>()!;
        Assert.Equal((3L, 50L), (nights.Enforcement.Weight, nights.ToleranceHundredths));
        Assert.Equal(20, problem.Rules.Get<FairWishShareRule>()!.StepPercent);
        Assert.Equal([IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday], problem.Rules.Get<FairWeekendsRule>()!.WeekendDays.ToArray());
        Assert.Equal((FairShareRule.DefaultWeight, FairShareRule.DefaultTolerance), (problem.Rules.Get<FairHolidaysRule>()!.Enforcement.Weight, problem.Rules.Get<FairHolidaysRule>()!.ToleranceHundredths));
        Assert.Equal(4, problem.Rules.Get<PreferencesRule>()!.Enforcement.Weight);
    }

    [Fact]
    public void Errors_name_their_field()
    {
        var ex = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(File(
            """[ { "employee": "A", "kind": "NO_SHIFT_KIND" }, { "employee": "B", "kind": "AT_MOST_WEEKENDS" }, { "employee": "B", "kind": "NO_SHIFT", "shift": "X" }, { "employee": "Z", "kind": "SOMETIMES" } ]""",
            """[ { "employee": "A", "nightsOver": 1.234 }, { "employee": "A" } ]""",
            """{ "id": "fair-wish-share", "parameters": { "stepPercent": 0 } }, { "id": "fair-nights", "hard": true }""")));

        Assert.Equal(
            ["preferences[0].shiftKind", "preferences[1].count", "preferences[3].kind", "fairnessLedger[0].nightsOver", "fairnessLedger", "rulePack.rules[0].parameters.stepPercent", "rulePack.rules[1].hard"],
            ex.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_preference_naming_an_unknown_shift_or_employee_is_refused_by_the_problem()
    {
        var ex = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(File(
            """[ { "employee": "B", "kind": "NO_SHIFT", "shift": "X" }, { "employee": "Z", "kind": "DAY_OFF_ON_WEEKDAY", "weekday": "MONDAY" } ]""",
            """[ { "employee": "Q" } ]""")));

        Assert.Equal(["preferences[0].shift", "preferences[1].employee", "fairnessLedger[0].employee"], ex.Errors.Select(e => e.Field));
    }
}
