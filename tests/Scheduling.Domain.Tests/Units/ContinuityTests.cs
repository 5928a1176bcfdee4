using Scheduling.Domain.Checking;
using Scheduling.Domain.Files;
using Scheduling.Domain.Rules;

namespace Scheduling.Domain.Tests.Units;

/// <summary>continuity: different staff per resident group and week beyond the target, and contact persons elsewhere.</summary>
public class ContinuityTests
{
    /// <summary>
    /// One unit, Eken, with the corridor "Norra" (8 residents, served by day shifts D; contact person A) over two weeks
    /// from Monday 4 January 2027; at most 2 different staff per week at no charge (weight 10), contact person 3 per shift elsewhere.
    /// </summary>
    private const string Unit = """
        {
          "period": { "startDate": "2027-01-04", "days": 14 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 }, { "code": "K", "startTime": "14:00", "durationMinutes": 480 } ],
          "employees": [
            { "id": "A", "minTotalMinutes": 0, "maxTotalMinutes": 10000 },
            { "id": "B", "minTotalMinutes": 0, "maxTotalMinutes": 10000 },
            { "id": "C", "minTotalMinutes": 0, "maxTotalMinutes": 10000 },
            { "id": "D", "minTotalMinutes": 0, "maxTotalMinutes": 10000 }
          ],
          "units": [ { "id": "eken", "groups": [ { "id": "norra", "name": "Norra korridoren", "residents": 8, "shifts": ["D"], "contactPersons": ["A"] } ] } ],
          "rulePack": { "id": "continuity-test", "rules": [
            { "id": "continuity", "weight": 10, "parameters": { "targetStaffPerWeek": 2, "contactWeight": 3 } } ] }
        }
        """;

    private static readonly LocalDate Monday = new(2027, 1, 4);

    private static Assignment Works(string employee, int day, string shift = "D") => new(new EmployeeId(employee), Monday.PlusDays(day), new ShiftCode(shift));

    [Fact]
    public void Two_staff_a_week_on_the_corridor_and_the_contact_person_with_them_keep_it()
    {
        var problem = ProblemFileReader.Read(Unit);
        var roster = new Roster([.. Enumerable.Range(0, 14).Select(d => Works(d % 2 == 0 ? "A" : "B", d)), Works("C", 3, "K"), Works("D", 4, "K")]);

        var evaluation = RuleChecker.Evaluate(problem, roster);

        Assert.Equal(0, evaluation.Penalty);
    }

    [Fact]
    public void Four_staff_in_one_week_and_the_contact_person_on_evenings_break_it()
    {
        var problem = ProblemFileReader.Read(Unit);
        // Week 1: A, B, C and D each serve Norra (2 beyond the target): 20. A works two evening shifts (not Norra): 2 × 3.
        var roster = new Roster([Works("A", 0), Works("B", 1), Works("C", 2), Works("D", 3), Works("A", 8, "K"), Works("A", 9, "K"), Works("B", 10)]);

        var evaluation = RuleChecker.Evaluate(problem, roster);

        Assert.Equal(2 * 10 + 2 * 3, evaluation.PenaltyByRule[RuleIds.Continuity]);
        var week = Assert.Single(evaluation.Violations, v => v.Employee is null);
        Assert.Equal(2, week.Units);
        Assert.Contains("4 olika personal", week.SwedishMessage, StringComparison.Ordinal);
        var contact = Assert.Single(evaluation.Violations, v => v.Employee == new EmployeeId("A"));
        Assert.Contains("contact person", contact.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_naming_an_unknown_shift_or_employee_is_refused()
    {
        var error = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(Unit.Replace("\"contactPersons\": [\"A\"]", "\"contactPersons\": [\"Z\"]", StringComparison.Ordinal)));
        Assert.Contains(error.Errors, e => e.Field == "units[0].groups[0].contactPersons");

        error = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(Unit.Replace("\"shifts\": [\"D\"]", "\"shifts\": [\"X\"]", StringComparison.Ordinal)));
        Assert.Contains(error.Errors, e => e.Field == "units[0].groups[0].shifts");
    }

    [Fact]
    public void A_negative_target_is_refused()
    {
        var error = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(Unit.Replace("\"targetStaffPerWeek\": 2", "\"targetStaffPerWeek\": -1", StringComparison.Ordinal)));

        Assert.Contains(error.Errors, e => e.Field.EndsWith("parameters.targetStaffPerWeek", StringComparison.Ordinal));
    }
}
