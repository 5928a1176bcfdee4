using Scheduling.Domain.Files;

namespace Scheduling.Domain.Tests;

/// <summary>One item of a problem file read alone (<see cref="ProblemItemReader"/>), and the demand curve's reading in a whole file.</summary>
public class ProblemItemReaderTests
{
    private static string File(string curve) => $$"""
        {
          "period": { "startDate": "2027-03-01", "days": 1 },
          "rulePack": { "id": "p", "rules": [ { "id": "daily-rest" } ] },
          "demandCurve": {{curve}}
        }
        """;

    [Fact]
    public void A_curve_pattern_with_an_ideal_below_its_minimum_is_an_error_not_a_crash()
    {
        // Before: the error was noted, then expanding the pattern threw from the slot's constructor (no field path at all).
        var ex = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(File("""{ "patterns": [ { "from": "07:00", "to": "15:00", "minimum": 3, "ideal": 2 } ] }""")));
        Assert.Equal([("demandCurve.patterns[0].ideal", "must be at least the minimum")], ex.Errors.Select(e => (e.Field, e.Reason)));
    }

    [Fact]
    public void An_employee_alone_names_its_own_fields()
    {
        Assert.Empty(ProblemItemReader.Employee(new EmployeeDto { Id = "anna", EmploymentRate = 75 }));
        var errors = ProblemItemReader.Employee(new EmployeeDto { Id = " ", EmploymentRate = 75, FullTimeWeeklyMinutes = 0, Units = ["u", ""] });
        Assert.Equal([("id", "is required"), ("fullTimeWeeklyMinutes", "must be between 1 and 3600 minutes, was 0"), ("units[1]", "is required")], errors.Select(e => (e.Field, e.Reason)));
    }

    [Fact]
    public void An_employees_limits_are_judged_once_the_rest_is_sound()
    {
        var limits = new LimitsDto { MaxWeekends = -1, MaxShiftsPerTemplate = new() { ["D"] = -2 } };
        Assert.Equal([("limits.maxWeekends", "must not be negative"), ("limits.maxShiftsPerTemplate.D", "must not be negative")],
            ProblemItemReader.Employee(new EmployeeDto { Id = "anna", EmploymentRate = 75, Limits = limits }).Select(e => (e.Field, e.Reason)));
        // As in a whole file: with a field already wrong, the limits wait.
        Assert.Equal(["employmentRate"], ProblemItemReader.Employee(new EmployeeDto { Id = "anna", EmploymentRate = 0, MinTotalMinutes = 60, Limits = limits }).Select(e => e.Field));
    }

    [Fact]
    public void A_curve_alone_is_read_without_a_period()
    {
        Assert.Empty(ProblemItemReader.DemandCurve(new DemandCurveDto { Patterns = [new DemandPatternDto { From = "22:00", To = "07:00", Minimum = 1 }] }));
        Assert.Equal([("slotMinutes", "must divide a day and be between 5 and 1440, was 7")], ProblemItemReader.DemandCurve(new DemandCurveDto { SlotMinutes = 7 }).Select(e => (e.Field, e.Reason)));
        Assert.Equal(["patterns[0].from", "patterns[0].minimum"], ProblemItemReader.DemandCurve(new DemandCurveDto { Patterns = [new DemandPatternDto { To = "07:00" }] }).Select(e => e.Field));
    }

    [Fact]
    public void A_pack_alone_refuses_a_loosened_floor_and_an_unknown_rule()
    {
        var day = new LocalDate(2027, 3, 1);
        Assert.Empty(ProblemItemReader.RulePack(new RulePackDto { Id = "p", Rules = [new RuleDto { Id = "daily-rest" }] }, day));
        var loosened = new RuleDto { Id = "daily-rest", Parameters = new() { ["minimumRestMinutes"] = System.Text.Json.JsonDocument.Parse("600").RootElement } };
        var errors = ProblemItemReader.RulePack(new RulePackDto { Id = "p", Rules = [loosened, new RuleDto { Id = "no-such-rule" }], AppliesFrom = "2027-02-30" }, day);
        Assert.Equal(["rules[0].parameters.minimumRestMinutes", "rules[1].id", "appliesFrom"], errors.Select(e => e.Field));
    }
}
