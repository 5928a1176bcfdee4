using Scheduling.Domain.Files;
using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Rules;

/// <summary>The 9-hour daily-rest exception: recorded per employee and rest, with compensating rest after it.</summary>
public class DailyRestExceptionTests
{
    /// <summary>Late 13:00–22:00 (ends 22:00); an early 07:00 the next day rests 9 h.</summary>
    private static readonly ShiftTemplate Late = Template("L", 13, 0, 9 * 60, ShiftKind.Evening);

    private static DailyRestRule Rule(params DailyRestException[] exceptions) => new(Duration.FromHours(11), exceptions: [.. exceptions]);

    private static ProblemBuilder With(DailyRestRule rule) => Problem(rule).AddTemplates(Late);

    [Fact]
    public void A_nine_hour_rest_without_a_recorded_exception_is_a_violation()
    {
        var evaluation = With(Rule()).Evaluate(RosterOf(Works(Anna, Day0(0), Late), Works(Anna, Day0(1), Day)));

        AssertViolation(Single(evaluation, RuleIds.DailyRest), RuleIds.DailyRest, Anna, [Day0(0), Day0(1)], units: 120, penalty: 0, isHard: true);
    }

    [Fact]
    public void A_recorded_exception_with_its_compensation_is_no_violation()
    {
        // 9 h before Tuesday's early (ends 15:00); compensation 11 + 2 = 13 h: Wednesday's late at 13:00 rests 22 h.
        var rule = Rule(new DailyRestException(Anna, Day0(1)));

        var evaluation = With(rule).Evaluate(RosterOf(Works(Anna, Day0(0), Late), Works(Anna, Day0(1), Day), Works(Anna, Day0(2), Late)));

        Assert.Empty(evaluation.Violations);
    }

    [Fact]
    public void Missing_compensation_is_a_violation_of_the_minutes_it_lacks()
    {
        // After the 9 h rest, Tuesday's early ends 15:00; a short shift at 02:00 on Wednesday rests 11 h of the 13 h of
        // compensation required: 120 minutes short. Without the exception the same 11 h would be enough.
        var small = Template("S", 2, 0, 4 * 60);
        var roster = RosterOf(Works(Anna, Day0(0), Late), Works(Anna, Day0(1), Day), Works(Anna, Day0(2), small));

        var evaluation = Problem(Rule(new DailyRestException(Anna, Day0(1)))).AddTemplates(Late, small).Evaluate(roster);

        var v = Single(evaluation, RuleIds.DailyRest);
        AssertViolation(v, RuleIds.DailyRest, Anna, [Day0(1), Day0(2)], units: 120, penalty: 0, isHard: true);
        Assert.Contains("kompensationsvila", v.MessageIn(Scheduling.Domain.Reporting.ReportLanguage.Swedish), StringComparison.Ordinal);
        Assert.Contains("compensating rest", v.MessageIn(Scheduling.Domain.Reporting.ReportLanguage.English), StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_does_not_allow_less_than_nine_hours()
    {
        // Evening ends 22:00; an early at 06:00 the next day rests 8 h: 60 minutes short of the exception's 9 h.
        var early6 = Template("F", 6, 0, 8 * 60);
        var rule = Rule(new DailyRestException(Anna, Day0(1)));

        var evaluation = Problem(rule).AddTemplates(early6).Evaluate(RosterOf(Works(Anna, Day0(0), Evening), Works(Anna, Day0(1), early6)));

        AssertViolation(Single(evaluation, RuleIds.DailyRest), RuleIds.DailyRest, Anna, [Day0(0), Day0(1)], units: 60, penalty: 0, isHard: true);
    }

    [Fact]
    public void An_exception_is_for_its_employee_and_rest_only()
    {
        var rule = Rule(new DailyRestException(Bo, Day0(1)), new DailyRestException(Anna, Day0(3)));

        var evaluation = With(rule).Evaluate(RosterOf(Works(Anna, Day0(0), Late), Works(Anna, Day0(1), Day)));

        Assert.Equal(120, Single(evaluation, RuleIds.DailyRest).Units);
    }

    private static string File(string parameters, string employee = "A") => $$"""
        {
          "period": { "startDate": "2027-03-01", "days": 7 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
          "employees": [ { "id": "A", "employmentRate": 100 }, { "id": "B", "employmentRate": 100 } ],
          "rulePack": { "id": "p", "rules": [ { "id": "daily-rest", "parameters": {{parameters}} } ] }
        }
        """;

    [Fact]
    public void Exceptions_are_read_from_the_rule_parameters()
    {
        var rule = ProblemFileReader.Read(File("""{ "exceptions": [ { "employee": "A", "date": "2027-03-02" } ] }""")).Rules.Get<DailyRestRule>()!;

        Assert.Equal([new DailyRestException(new EmployeeId("A"), new LocalDate(2027, 3, 2))], rule.Exceptions.ToArray());
        Assert.Equal(Duration.FromHours(9), rule.ExceptionMinimum);
    }

    [Theory]
    [InlineData("""{ "exceptions": [ { "employee": "Z", "date": "2027-03-02" } ] }""", "rules.daily-rest.exceptions[0].employee")]
    [InlineData("""{ "exceptions": [ { "employee": "A", "date": "2027-04-02" } ] }""", "rules.daily-rest.exceptions[0].date")]
    [InlineData("""{ "exceptions": [ { "employee": "A" } ] }""", "rulePack.rules[0].parameters.exceptions[0]")]
    [InlineData("""{ "exceptions": [ { "employee": "A", "date": "2027-03-02" } ], "exceptionMinimumRestMinutes": 480 }""", "rulePack.rules[0].parameters.exceptionMinimumRestMinutes")]
    public void Bad_exceptions_and_a_looser_exception_are_refused_naming_the_field(string parameters, string field)
    {
        var ex = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(File(parameters)));

        Assert.Equal([field], ex.Errors.Select(e => e.Field).Distinct());
    }
}
