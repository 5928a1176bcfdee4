using Scheduling.Domain.Files;
using Scheduling.Domain.Replacements;
using Scheduling.Domain.Rules;

namespace Scheduling.Domain.Tests.Replacements;

/// <summary>
/// Replacements in a problem that plans several units (two group homes sharing staff, each with its own need): the
/// opened shift is taken at the unit where it is worked, so the taker's coverage counts there, and one who may not work
/// at that unit is excluded by the unit rule.
/// </summary>
public class ReplacementFinderUnitTests
{
    // Wednesday 3 March 2027: Eken and Asken each need one on the day shift. Anna works it at Asken, Bo at Eken; Cilla may
    // work at both homes, Dan only at Eken; Eva works at Asken on Thursday.
    private static readonly RosterProblem Homes = ProblemFileReader.Read("""
        {
          "name": "Eken och Asken", "period": { "startDate": "2027-03-01", "days": 7, "timeZone": "Europe/Stockholm" },
          "units": [ { "id": "eken", "name": "Gruppbostad Eken" }, { "id": "asken", "name": "Gruppbostad Asken" } ],
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480, "kind": "DAY" } ],
          "employees": [
            { "id": "A", "name": "Anna", "maxTotalMinutes": 2400, "units": ["asken", "eken"] },
            { "id": "B", "name": "Bo", "maxTotalMinutes": 2400, "units": ["eken", "asken"] },
            { "id": "C", "name": "Cilla", "maxTotalMinutes": 2400, "units": ["eken", "asken"] },
            { "id": "D", "name": "Dan", "maxTotalMinutes": 2400, "units": ["eken"] } ],
          "shiftDemands": [
            { "date": "2027-03-03", "shift": "D", "required": 1, "underWeight": 100, "unit": "eken" },
            { "date": "2027-03-03", "shift": "D", "required": 1, "underWeight": 100, "unit": "asken" } ],
          "unavailability": [ { "employee": "A", "date": "2027-03-03" } ],
          "rulePack": { "id": "homes", "rules": [ { "id": "daily-rest" }, { "id": "availability" }, { "id": "period-hours" }, { "id": "shift-cover", "weight": 100 } ] }
        }
        """);

    private static readonly LocalDate Wednesday = new(2027, 3, 3);

    private static Assignment At(string employee, LocalDate date, string unit) => new(new EmployeeId(employee), date, new ShiftCode("D")) { Unit = new UnitId(unit) };

    private static readonly Roster Roster = new([At("A", Wednesday, "asken"), At("B", Wednesday, "eken")]);

    [Fact]
    public void The_taker_covers_the_unit_of_the_opened_shift_and_one_who_may_not_work_there_is_excluded()
    {
        var list = ReplacementFinder.Find(Homes, Roster, new OpenedShift(new EmployeeId("A"), Wednesday, new ShiftCode("D")), new LocalDate(2027, 2, 1));

        // Cilla fills Asken's need: its cover penalty goes (the rule's weight 100 × the row's under-weight 100).
        var cilla = Assert.Single(list.Candidates);
        Assert.Equal(("C", -10_000L), (cilla.Employee.Value, cilla.PenaltyDifference));
        Assert.Equal(-10_000, cilla.PenaltyByRule[RuleIds.ShiftCover]);
        // Bo already works that day; Dan may not work at Asken.
        Assert.Equal(["B", "D"], list.Excluded.Select(e => e.Employee.Value));
        Assert.Contains(list.Excluded.Single(e => e.Employee.Value == "D").Broken, v => v.RuleId == RuleIds.UnitAccess);
        Assert.DoesNotContain(list.Excluded.Single(e => e.Employee.Value == "B").Broken, v => v.RuleId == RuleIds.UnitAccess);
    }

    [Fact]
    public void A_competence_counts_for_the_unit_of_the_opened_shift_only()
    {
        // Asken needs one with medication delegation 07–15 on Wednesday. Pia's delegation counts at Asken, Quinn's only at
        // Eken: only Pia's taking the shift meets the need (each candidate is costed with what they hold there).
        var problem = ProblemFileReader.Read("""
            {
              "period": { "startDate": "2027-03-01", "days": 7, "timeZone": "Europe/Stockholm" },
              "units": [ { "id": "eken" },
                { "id": "asken", "demandCurve": { "slotMinutes": 480, "patterns": [ { "dates": ["2027-03-03"], "from": "07:00", "to": "15:00", "competence": "med", "minimum": 1, "ideal": 1 } ] } } ],
              "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480, "kind": "DAY" } ],
              "employees": [
                { "id": "A", "maxTotalMinutes": 2400, "units": ["asken"], "competences": [ { "competence": "med" } ] },
                { "id": "P", "maxTotalMinutes": 2400, "units": ["eken", "asken"], "competences": [ { "competence": "med", "units": ["asken"] } ] },
                { "id": "Q", "maxTotalMinutes": 2400, "units": ["eken", "asken"], "competences": [ { "competence": "med", "units": ["eken"] } ] } ],
              "unavailability": [ { "employee": "A", "date": "2027-03-03" } ],
              "rulePack": { "id": "med", "rules": [ { "id": "availability" }, { "id": "period-hours" }, { "id": "demand-minimum", "weight": 10 } ] }
            }
            """);

        for (var run = 0; run < 3; run++)
        {
            var list = ReplacementFinder.Find(problem, new([At("A", Wednesday, "asken")]), new OpenedShift(new EmployeeId("A"), Wednesday, new ShiftCode("D")), new LocalDate(2027, 2, 1));

            var byEmployee = list.Candidates.ToDictionary(c => c.Employee.Value);
            Assert.True(byEmployee["P"].PenaltyByRule.GetValueOrDefault(RuleIds.DemandMinimum) < 0, $"Pia: {byEmployee["P"].PenaltyDifference}");
            Assert.Equal(0, byEmployee["Q"].PenaltyByRule.GetValueOrDefault(RuleIds.DemandMinimum));
            Assert.Equal("P", list.Candidates[0].Employee.Value);
        }
    }

    [Fact]
    public void A_unit_whose_resident_groups_name_contact_persons_has_replacements_too()
    {
        // One home, one group whose contact person is Bo; Bo's Monday shift is opened and Anna is asked.
        var problem = ProblemFileReader.Read("""
            {
              "period": { "startDate": "2027-03-01", "days": 7, "timeZone": "Europe/Stockholm" },
              "units": [ { "id": "eken", "groups": [ { "id": "norra", "shifts": ["D"], "contactPersons": ["B"] } ] } ],
              "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480, "kind": "DAY" } ],
              "employees": [ { "id": "A", "maxTotalMinutes": 2400 }, { "id": "B", "maxTotalMinutes": 2400 } ],
              "unavailability": [ { "employee": "B", "date": "2027-03-01" } ],
              "rulePack": { "id": "c", "rules": [ { "id": "daily-rest" }, { "id": "availability" }, { "id": "continuity", "weight": 5 } ] }
            }
            """);
        var monday = new LocalDate(2027, 3, 1);

        var list = ReplacementFinder.Find(problem, new([At("B", monday, "eken")]), new OpenedShift(new EmployeeId("B"), monday, new ShiftCode("D")), new LocalDate(2027, 2, 1));

        Assert.Equal("A", Assert.Single(list.Candidates).Employee.Value);
    }
}
