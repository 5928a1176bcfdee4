using Google.Protobuf;
using Google.Rpc;
using Scheduling.Api.Application;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Mapping;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Files;
using Assignment = Scheduling.Domain.Assignment;
using CompetenceGrant = Scheduling.Api.V1.CompetenceGrant;
using Roster = Scheduling.Domain.Roster;

namespace Scheduling.Api.Tests;

/// <summary>The contract's Problem is the problem file, and its validation is the file reader's.</summary>
public class MappingTests
{
    [Theory]
    [InlineData("small-group-home.json")]
    [InlineData("care-home-solbacken.json")]
    public void Example_files_parse_as_Problem_messages_and_map_to_the_same_domain_problem(string file)
    {
        var json = File.ReadAllText(TestPaths.Example(file));
        var message = JsonParser.Default.Parse<Problem>(json);
        var viaProto = TestProblems.Read(message);
        var direct = ProblemFileReader.Read(json);

        TestProblems.AssertSame(direct, viaProto);
    }

    [Fact]
    public void The_canonical_JSON_of_a_Problem_is_a_problem_file_the_CLI_reads()
    {
        var message = JsonParser.Default.Parse<Problem>(File.ReadAllText(TestPaths.Example("small-group-home.json")));
        var json = JsonFormatter.Default.Format(message);
        var problem = ProblemFileReader.Read(json);
        Assert.Equal(9, problem.Employees.Length);
        Assert.Contains("\"kind\": \"NIGHT\"", json, StringComparison.Ordinal);
        Assert.Contains("\"employmentRate\": 100", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_zero_stays_present_so_a_zero_is_not_read_as_absent()
    {
        var template = new ShiftTemplateSpec { Code = "D", StartTime = "07:00", DurationMinutes = 0 };
        Assert.Contains("\"durationMinutes\": 0", JsonFormatter.Default.Format(template), StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_problem_is_INVALID_ARGUMENT_with_a_field_violation_per_bad_field()
    {
        var message = JsonParser.Default.Parse<Problem>(File.ReadAllText(TestPaths.Example("small-group-home.json")));
        message.Employees[3].EmploymentRate = 150;
        message.ShiftTemplates[0].StartTime = "25:00";
        var refused = Assert.Throws<ApiException>(() => TestProblems.Read(message));
        // As the service edge sends it.
        var ex = Services.Mapping.ErrorMapping.ToRpc(refused);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        var fields = ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field).ToList();
        Assert.Contains("problem.employees[3].employmentRate", fields);
        Assert.Contains("problem.shiftTemplates[0].startTime", fields);
    }

    [Fact]
    public void A_resource_is_checked_by_the_same_rules_with_its_own_field_paths()
    {
        var employee = new V1.Employee { Name = "units/u/employees/E1", EmploymentRate = 0, Competences = { new CompetenceGrant { Competence = "med", ValidUntil = "2027-13-01" } } };
        var errors = Resources.Validate(ResourceKinds.Employee, employee).ToList();
        Assert.Contains(errors, e => e.Field == "employmentRate");
        Assert.Contains(errors, e => e.Field == "competences[0].validUntil");

        var wish = new V1.Wish { Name = "units/u/wishes/w1", Employee = "E1", Date = "2027-03-01", Kind = V1.WishKind.DayOff, Shift = "N" };
        Assert.Contains(Resources.Validate(ResourceKinds.Wish, wish), e => e.Field == "shift");
        Assert.Empty(Resources.Validate(ResourceKinds.Wish, new V1.Wish { Employee = "E1", Date = "2027-03-01", Kind = V1.WishKind.ShiftOn, Shift = "N" }));
    }

    [Fact]
    public void A_wish_a_pin_and_an_unavailable_day_name_each_bad_field_once()
    {
        var wish = new V1.Wish { Name = "units/u/wishes/w1", Employee = " E1", Date = "2027-02-30", Kind = V1.WishKind.ShiftOn };
        Assert.Equal(
            [("employee", "employee id ' E1' must not start or end with white space"), ("date", "'2027-02-30' is not a date (yyyy-MM-dd)"), ("shift", "is required for a SHIFT_ON wish")],
            Resources.Validate(ResourceKinds.Wish, wish).Select(e => (e.Field, e.Reason)));
        Assert.Equal(["kind"], Resources.Validate(ResourceKinds.Wish, new V1.Wish { Employee = "E1", Date = "2027-03-01" }).Select(e => e.Field));
        Assert.Equal(["employee", "date"], Resources.Validate(ResourceKinds.Pin, new V1.Pin { Name = "units/u/pins/p1", Shift = "D" }).Select(e => e.Field));
        Assert.Empty(Resources.Validate(ResourceKinds.Pin, new V1.Pin { Employee = "E1", Date = "2027-03-01" }));
        Assert.Equal(["date"], Resources.Validate(ResourceKinds.UnavailableDay, new V1.UnavailableDay { Employee = "E1", Date = "1 March" }).Select(e => e.Field));
    }

    [Fact]
    public void A_roster_message_carries_the_checkers_report()
    {
        var problem = ProblemFileReader.Read(File.ReadAllText(TestPaths.Example("small-group-home.json")));
        var roster = new Roster([new Assignment(problem.Employees[0].Id, problem.Period.Start, problem.Templates[0].Code)]);
        var result = new Solver.SolveResult { Status = Solver.SolveStatus.Feasible, Roster = roster, Evaluation = RuleChecker.Evaluate(problem, roster) };
        var proto = RosterMapping.ToProto(problem, result, "rosters/r", "solveJobs/r", "", RosterMapping.ToProto(problem.Period), new Google.Protobuf.WellKnownTypes.Timestamp());
        Assert.Single(proto.Assignments);
        Assert.Equal(result.Evaluation.Penalty, proto.Penalty);
        Assert.Equal(problem.Employees.Length, proto.Hours.Count);
        Assert.Equal(problem.Wishes.Length, proto.Wishes.Count);
        Assert.Equal(result.Evaluation.PenaltyByRule.Count, proto.PenaltyByRule.Count);
        Assert.All(proto.Violations, v => Assert.False(string.IsNullOrEmpty(v.Rule)));
    }

    [Fact]
    public void A_roster_message_carries_the_cost_breakdown_when_the_problem_has_a_cost_section()
    {
        var problem = ProblemFileReader.Read(File.ReadAllText(TestPaths.Example("care-home-solbacken.json")));
        var roster = new Roster([
            new Assignment(problem.Employees[0].Id, problem.Period.Start, problem.Templates[0].Code),
            new Assignment(problem.Employees[1].Id, problem.Period.Start.PlusDays(5), problem.Templates[^1].Code)]);
        var result = new Solver.SolveResult { Status = Solver.SolveStatus.Feasible, Roster = roster, Evaluation = RuleChecker.Evaluate(problem, roster) };
        var proto = RosterMapping.ToProto(problem, result, "rosters/r", "solveJobs/r", "", RosterMapping.ToProto(problem.Period), new Google.Protobuf.WellKnownTypes.Timestamp());

        var expected = Domain.Cost.RosterCost.Compute(problem, roster);
        Assert.NotNull(proto.Cost);
        Assert.True(expected.Kronor > 0);
        Assert.Equal(expected.Kronor, proto.Cost.TotalKronor);
        Assert.Equal(expected.Kronor, proto.Cost.KronorByKind.Values.Sum());
        Assert.Equal(expected.KronorOf(Domain.Cost.CostKind.Base), proto.Cost.KronorByKind["BASE"]);
        Assert.Equal(expected.BudgetDifference, proto.Cost.BudgetDifferenceKronor);
        Assert.Equal(2, proto.Cost.ByEmployee.Count(e => e.TotalKronor > 0));
        Assert.Equal(expected.Kronor, proto.Cost.ByDay.Sum(d => d.TotalKronor));
    }

    [Fact]
    public void A_roster_message_has_no_cost_without_a_cost_section()
    {
        var problem = ProblemFileReader.Read(File.ReadAllText(TestPaths.Example("small-group-home.json")));
        var roster = new Roster([new Assignment(problem.Employees[0].Id, problem.Period.Start, problem.Templates[0].Code)]);
        var result = new Solver.SolveResult { Status = Solver.SolveStatus.Feasible, Roster = roster, Evaluation = RuleChecker.Evaluate(problem, roster) };
        var proto = RosterMapping.ToProto(problem, result, "rosters/r", "solveJobs/r", "", RosterMapping.ToProto(problem.Period), new Google.Protobuf.WellKnownTypes.Timestamp());
        Assert.Null(proto.Cost);
    }

    [Fact]
    public void A_roster_message_carries_wish_reasons_fairness_the_ledger_out_and_the_time_bank()
    {
        var problem = ProblemFileReader.Read("""
            {
              "period": { "startDate": "2027-01-04", "days": 1 },
              "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
              "employees": [ { "id": "A", "employmentRate": 50, "fullTimeWeeklyMinutes": 2400, "toleranceMinutes": 600 } ],
              "shiftDemands": [ { "date": "2027-01-04", "shift": "D", "required": 1, "underWeight": 100 } ],
              "wishes": [ { "employee": "A", "date": "2027-01-04", "kind": "DAY_OFF", "weight": 5 } ],
              "fairnessLedger": [ { "employee": "A", "wishShareDeficit": 7 } ],
              "rulePack": { "id": "t", "rules": [ { "id": "shift-cover" }, { "id": "wishes" } ] }
            }
            """);
        var roster = new Roster([new Assignment(problem.Employees[0].Id, problem.Period.Start, problem.Templates[0].Code)]);
        var result = new Solver.SolveResult { Status = Solver.SolveStatus.Feasible, Roster = roster, Evaluation = RuleChecker.Evaluate(problem, roster) };

        var proto = RosterMapping.ToProto(problem, result, "rosters/r", "solveJobs/r", "", RosterMapping.ToProto(problem.Period), new Google.Protobuf.WellKnownTypes.Timestamp());

        var wish = Assert.Single(proto.Wishes);
        Assert.Equal(("COVERAGE", "shift-cover", "enhetens bemanningsbehov", 95L), (wish.Reason, wish.Rule, wish.Source, wish.PenaltyDifference));
        Assert.Equal("nekad: passet D mån 4 jan behöver 1, utan dig 0; ingen annan var ledig och kunde ta passet (enhetens bemanningsbehov)", wish.ReasonText);
        var hours = Assert.Single(proto.Hours);
        Assert.Equal((1, 0, 5L, 0L), (hours.Wishes, hours.WishesGranted, hours.WishWeight, hours.WishWeightGranted));
        // 8 h worked against 1200 min × 1/7 = 171 min contracted: the 309 min beyond are paid as mertid and overtime, not banked.
        Assert.Equal(0, hours.TimeBankOutMinutes);
        Assert.Equal(("A", 7), (hours.LedgerOut.Employee, hours.LedgerOut.WishShareDeficit));
        Assert.False(hours.HasNightsFairShare);
    }
}
