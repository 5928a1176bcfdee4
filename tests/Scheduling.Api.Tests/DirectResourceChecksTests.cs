using Scheduling.Api.Application;
using Scheduling.Api.Application.Units;
using Scheduling.Domain;
using V1 = Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>
/// A demand row and a shift template are checked directly against the domain's types, not by reading a stand-in problem:
/// these hold them to the problem file reader's verdict on the same item in a problem (the one source of the rules), field
/// by field, so the field paths a client sees stay what they were.
/// </summary>
public class DirectResourceChecksTests
{
    public static TheoryData<string, string, int, int?, int?> Rows => new()
    {
        { "2027-03-01", "D", 1, null, null },
        { "2027-03-01", "D", 0, 0, 0 },
        { "2027-02-30", "D", 1, null, null },
        { "1 March", "D", 1, null, null },
        { "", "D", 1, null, null },
        { "2027-03-01", "", 1, null, null },
        { "2027-03-01", "   ", 1, null, null },
        { "2027-03-01", "D", -2, null, null },
        { "2027-03-01", "D", 1, -1, null },
        { "2027-03-01", "D", 1, null, -5 },
        { "", "", -1, -1, -1 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void A_demand_row_fails_as_the_same_row_of_a_problem_file(string date, string shift, int required, int? under, int? over)
    {
        var row = new V1.ShiftDemand { Name = "units/u/shiftDemands/r1", Date = date, Shift = shift, Required = required };
        if (under is { } u) row.UnderWeight = u;
        if (over is { } o) row.OverWeight = o;

        var direct = ResourceKinds.ShiftDemand.Validate(row).Select(e => (e.Field, e.Reason)).Order().ToList();
        Assert.Equal(ByTheReader(row), direct);
    }

    /// <summary>
    /// The reader's errors for the row as <c>shiftDemands[0]</c> of a week's problem that has its shift, its own fields
    /// only (a date outside the week is a matter for the period a unit is solved for, not the row).
    /// </summary>
    private static List<(string Field, string Reason)> ByTheReader(V1.ShiftDemand row)
    {
        var problem = new V1.Problem { Period = new V1.Period { StartDate = "2027-03-01", Days = 7 }, RulePack = new V1.RulePackSpec { Id = "test" } };
        problem.ShiftTemplates.Add(new V1.ShiftTemplateSpec { Code = "D", StartTime = "07:00", DurationMinutes = 480 });
        problem.ShiftDemands.Add(ResourceKinds.ToSpec(row));
        try
        {
            DomainReader.Problem(problem);
            return [];
        }
        catch (ProblemValidationException ex)
        {
            return [.. ex.Errors
                .Where(e => e.Field.StartsWith("shiftDemands[0]", StringComparison.Ordinal) && !e.Reason.Contains("outside the period", StringComparison.Ordinal) && !e.Reason.StartsWith("unknown ", StringComparison.Ordinal))
                .Select(e => (e.Field == "shiftDemands[0]" ? "" : e.Field["shiftDemands[0].".Length..], e.Reason))
                .Order()];
        }
    }

    public static TheoryData<string, string, int, int, int, string> Templates => new()
    {
        { "D", "07:00", 480, 0, 1, "" },
        { "N", "21:00", 600, 30, 3, "med" },
        { "E", "24:00", 60, 0, 2, "" },
        { "D", "", 480, 0, 1, "" },
        { "D", "7 am", 480, 0, 1, "" },
        { "D", "25:00", 480, 0, 1, "" },
        { "D", "07:00", 0, 0, 1, "" },
        { "D", "07:00", 1441, 0, 1, "" },
        { "D", "07:00", 60, 60, 1, "" },
        { "D", "07:00", 60, -5, 1, "" },
        { "D", "07:00", 0, 30, 1, "" },
        { "D", "07:00", 480, 0, 1, "   " },
        { "D", "", -1, -1, 0, "" },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_shift_template_fails_as_the_same_template_of_a_problem_file(string code, string start, int minutes, int unpaid, int kind, string competence)
    {
        var template = new V1.ShiftTemplate { Name = "units/u/shiftTemplates/" + code, StartTime = start, DurationMinutes = minutes, UnpaidBreakMinutes = unpaid, Kind = (V1.ShiftKind)kind, RequiredCompetence = competence };

        var direct = ResourceKinds.ShiftTemplate.Validate(template).Select(e => (e.Field, e.Reason)).Order().ToList();
        var problem = new V1.Problem { Period = new V1.Period { StartDate = "2027-03-01", Days = 7 }, RulePack = new V1.RulePackSpec { Id = "test" } };
        problem.ShiftTemplates.Add(ResourceKinds.ToSpec(template));
        Assert.Equal(Errors(problem, "shiftTemplates[0]", f => f switch { "code" => "name", "name" => "displayName", _ => f }), direct);
    }

    [Fact]
    public void A_kind_outside_the_enum_is_named_with_the_kinds_there_are()
    {
        // The reader, given the problem's JSON form, cannot even read such a number as a kind ("The JSON value could not be
        // converted…", and nothing about the other fields): the direct check says what is wrong, with the other fields.
        var template = new V1.ShiftTemplate { Name = "units/u/shiftTemplates/D", StartTime = "", DurationMinutes = 480, Kind = (V1.ShiftKind)7 };
        var errors = ResourceKinds.ShiftTemplate.Validate(template).Select(e => (e.Field, e.Reason)).Order().ToList();
        Assert.Equal([("kind", "'7' is not one of DAY, EVENING, NIGHT"), ("startTime", "is required")], errors);
    }

    /// <summary>The reader's errors on <paramref name="item"/> of <paramref name="problem"/>, as the item's own fields.</summary>
    private static List<(string Field, string Reason)> Errors(V1.Problem problem, string item, Func<string, string> rename)
    {
        try
        {
            DomainReader.Problem(problem);
            return [];
        }
        catch (ProblemValidationException ex)
        {
            return [.. ex.Errors
                .Where(e => e.Field.StartsWith(item, StringComparison.Ordinal) && !e.Reason.Contains("outside the period", StringComparison.Ordinal) && !e.Reason.StartsWith("unknown ", StringComparison.Ordinal))
                .Select(e => (rename(e.Field == item ? "" : e.Field[(item.Length + 1)..]), e.Reason))
                .Order()];
        }
    }
}
