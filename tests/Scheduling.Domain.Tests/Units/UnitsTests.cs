using Scheduling.Domain.Checking;
using Scheduling.Domain.Files;
using Scheduling.Domain.Reporting;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Units;

namespace Scheduling.Domain.Tests.Units;

/// <summary>A problem that plans several units: the file, where things belong, and the checker counting cover per unit.</summary>
public class UnitsTests
{
    /// <summary>
    /// Two units, Eken and Asken, each needing one person 07:00–15:00 on Monday 4 January 2027 (Asken a medication
    /// delegate). X lives at Eken and may work at Asken (their delegation counts at Asken only); Y works at Eken only.
    /// </summary>
    private const string TwoUnits = """
        {
          "period": { "startDate": "2027-01-04", "days": 1 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
          "employees": [
            { "id": "X", "minTotalMinutes": 0, "maxTotalMinutes": 600, "units": ["eken", "asken"],
              "competences": [ { "competence": "med", "units": ["asken"] } ] },
            { "id": "Y", "minTotalMinutes": 0, "maxTotalMinutes": 600, "units": ["eken"] }
          ],
          "units": [
            { "id": "eken", "name": "Gruppbostad Eken",
              "demandCurve": { "slotMinutes": 60, "patterns": [ { "from": "07:00", "to": "15:00", "minimum": 1 } ] } },
            { "id": "asken", "name": "Gruppbostad Asken",
              "demandCurve": { "slotMinutes": 60, "patterns": [ { "from": "07:00", "to": "15:00", "minimum": 1, "competence": "med" } ] } }
          ],
          "shiftDemands": [ { "date": "2027-01-04", "shift": "D", "required": 1, "unit": "asken" } ],
          "rulePack": { "id": "units-test", "rules": [
            { "id": "demand-minimum", "weight": 10 }, { "id": "competence" }, { "id": "shift-cover", "weight": 1 } ] }
        }
        """;

    private static readonly LocalDate Monday = new(2027, 1, 4);
    private static readonly UnitId Eken = new("eken");
    private static readonly UnitId Asken = new("asken");

    private static Assignment At(string employee, UnitId? unit) => new(new EmployeeId(employee), Monday, new ShiftCode("D")) { Unit = unit };

    [Fact]
    public void The_file_reads_units_their_curves_demand_rows_and_where_competences_count()
    {
        var problem = ProblemFileReader.Read(TwoUnits);

        Assert.Equal([Eken, Asken], problem.UnitIds().ToArray());
        Assert.Equal("Gruppbostad Asken", problem.Units[1].Name);
        Assert.Equal(8, problem.DemandCurve.Slots.Count(s => s.Unit == Eken));
        Assert.All(problem.DemandCurve.Slots.Where(s => s.Unit == Asken), s => Assert.Equal(new CompetenceId("med"), s.Competence));
        Assert.Equal(Asken, problem.ShiftDemands.Single().Unit);
        var x = problem.EmployeeById[new EmployeeId("X")];
        Assert.True(x.HoldsOn(new CompetenceId("med"), Monday, Asken));
        Assert.False(x.HoldsOn(new CompetenceId("med"), Monday, Eken));
        Assert.Equal(Eken, problem.HomeUnitOf(x.Id));
    }

    [Fact]
    public void A_problem_without_units_reads_as_before()
    {
        var problem = ProblemFileReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "examples", "small-group-home.json")));

        Assert.Empty(problem.Units);
        Assert.All(problem.DemandCurve.Slots, s => Assert.Null(s.Unit));
        Assert.Null(problem.UnitOf(new Assignment(problem.Employees[0].Id, problem.Period.Start, problem.Templates[0].Code)));
    }

    [Fact]
    public void Cover_is_counted_at_the_unit_where_the_shift_is_worked()
    {
        var problem = ProblemFileReader.Read(TwoUnits);

        // X at Asken and Y at home: both units covered, the competence counted where it is valid.
        var good = RuleChecker.Evaluate(problem, new Roster([At("X", Asken), At("Y", null)]));
        Assert.Equal(0, good.Penalty);
        Assert.True(good.IsFeasible);

        // Both at Eken: Asken is short 8 hours of a delegate and its shift row one person; Eken has one too many (no surplus rule).
        var bad = RuleChecker.Evaluate(problem, new Roster([At("X", null), At("Y", Eken)]));
        Assert.Equal(8 * 10 + 100, bad.Penalty);
        Assert.All(bad.Violations.Where(v => v.RuleId == RuleIds.DemandMinimum), v => Assert.Contains("asken", v.Message, StringComparison.Ordinal));
        var report = RosterReport.Build(problem, new Roster([At("X", null), At("Y", Eken)]), explain: false);
        var gap = Assert.Single(report.CoverageGaps);
        Assert.Equal(Asken, gap.Unit);
        Assert.Equal(Asken, Assert.Single(report.ShiftCover).Unit);
    }

    [Fact]
    public void A_competence_counts_only_at_its_units()
    {
        var json = TwoUnits.Replace("\"units\": [\"asken\"] }", "\"units\": [\"eken\"] }", StringComparison.Ordinal);
        var problem = ProblemFileReader.Read(json);

        var evaluation = RuleChecker.Evaluate(problem, new Roster([At("X", Asken), At("Y", Eken)]));

        Assert.Equal(8 * 10, evaluation.PenaltyByRule[RuleIds.DemandMinimum]);
    }

    [Fact]
    public void A_shift_at_a_unit_the_employee_may_not_work_at_breaks_unit_access()
    {
        var problem = ProblemFileReader.Read(TwoUnits);

        var evaluation = RuleChecker.Evaluate(problem, new Roster([At("Y", Asken)]));

        var violation = Assert.Single(evaluation.HardViolations);
        Assert.Equal(RuleIds.UnitAccess, violation.RuleId);
        Assert.Equal(new EmployeeId("Y"), violation.Employee);
        Assert.Equal("pass bara på egna enheter", RuleRegistry.Name(RuleIds.UnitAccess, ReportLanguage.Swedish));
    }

    [Fact]
    public void A_shift_at_a_unit_outside_the_problem_is_refused_as_the_roster_shape()
    {
        var problem = ProblemFileReader.Read(TwoUnits);

        var evaluation = RuleChecker.Evaluate(problem, new Roster([At("X", new UnitId("hagen"))]));

        Assert.Equal(RuleIds.RosterShape, Assert.Single(evaluation.HardViolations).RuleId);
    }

    [Theory]
    [InlineData("\"unit\": \"asken\"", "\"unit\": \"hagen\"", "shiftDemands[0].unit", "unknown unit 'hagen'")]
    [InlineData("\"units\": [\"eken\"] }", "\"units\": [\"hagen\"] }", "employees[1].units", "names none of the problem's units")]
    [InlineData("{ \"slotMinutes\": 60, \"patterns\": [ { \"from\": \"07:00\", \"to\": \"15:00\", \"minimum\": 1, \"competence\"", "{ \"slotMinutes\": 30, \"patterns\": [ { \"from\": \"07:00\", \"to\": \"15:00\", \"minimum\": 1, \"competence\"", "units[1].demandCurve.slotMinutes", "must be the same for every unit")]
    public void Bad_units_are_refused_naming_the_field(string from, string to, string field, string reason)
    {
        var json = TwoUnits.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(TwoUnits, json);

        var error = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(json));

        Assert.Contains(error.Errors, e => e.Field.StartsWith(field, StringComparison.Ordinal) && e.Reason.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_demand_row_without_its_unit_is_refused_when_there_are_several()
    {
        var json = TwoUnits.Replace(", \"unit\": \"asken\"", "", StringComparison.Ordinal);

        var error = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(json));

        Assert.Contains(error.Errors, e => e.Field == "shiftDemands[0].unit" && e.Reason.Contains("several units", StringComparison.Ordinal));
    }
}
