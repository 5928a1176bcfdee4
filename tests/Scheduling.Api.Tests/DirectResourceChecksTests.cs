using Scheduling.Api.Application;
using Scheduling.Api.Application.Units;
using Google.Protobuf;
using Scheduling.Domain;
using V1 = Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>
/// Each resource is checked on its own, not by reading a stand-in problem: a demand row and a shift template against the
/// domain's types, an employee, a demand curve and a rule pack by the problem file reader's reading of that one item.
/// These hold each to the reader's verdict on the same item in a whole problem (the one source of the rules), field by
/// field, so the field paths and reasons a client sees stay what they were.
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

        var direct = Resources.Validate(ResourceKinds.ShiftDemand, row).Select(e => (e.Field, e.Reason)).Order().ToList();
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
        problem.ShiftDemands.Add(HandSpecs.ToSpec(row));
        try
        {
            Scheduling.Api.Mapping.ProblemFileMapping.Read(problem);
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

        var direct = Resources.Validate(ResourceKinds.ShiftTemplate, template).Select(e => (e.Field, e.Reason)).Order().ToList();
        var problem = new V1.Problem { Period = new V1.Period { StartDate = "2027-03-01", Days = 7 }, RulePack = new V1.RulePackSpec { Id = "test" } };
        problem.ShiftTemplates.Add(HandSpecs.ToSpec(template));
        Assert.Equal(Errors(problem, "shiftTemplates[0]", f => f switch { "code" => "name", "name" => "displayName", _ => f }), direct);
    }

    [Fact]
    public void A_kind_outside_the_enum_is_named_with_the_kinds_there_are()
    {
        // The reader, given the problem's JSON form, cannot even read such a number as a kind ("The JSON value could not be
        // converted…", and nothing about the other fields): the direct check says what is wrong, with the other fields.
        var template = new V1.ShiftTemplate { Name = "units/u/shiftTemplates/D", StartTime = "", DurationMinutes = 480, Kind = (V1.ShiftKind)7 };
        var errors = Resources.Validate(ResourceKinds.ShiftTemplate, template).Select(e => (e.Field, e.Reason)).Order().ToList();
        Assert.Equal([("kind", "'7' is not one of DAY, EVENING, NIGHT"), ("startTime", "is required")], errors);
    }

    public static TheoryData<string> Employees => new()
    {
        """{ "name": "units/u/employees/anna", "displayName": "Anna", "employmentRate": 75 }""",
        """{ "name": "units/u/employees/anna", "minTotalMinutes": 600, "maxTotalMinutes": 2400 }""",
        """{ "name": "units/u/employees/anna" }""",
        """{ "name": "units/u/employees/", "employmentRate": 75 }""",
        """{ "name": "units/u/employees/a b", "employmentRate": 75 }""",
        """{ "name": "units/u/employees/anna", "employmentRate": 0 }""",
        """{ "name": "units/u/employees/anna", "employmentRate": 150.5 }""",
        """{ "name": "units/u/employees/anna", "employmentRate": 62.5, "fullTimeWeeklyMinutes": 0 }""",
        """{ "name": "units/u/employees/anna", "employmentRate": 75, "fullTimeWeeklyMinutes": 4000, "toleranceMinutes": -1 }""",
        """{ "name": "units/u/employees/anna", "minTotalMinutes": 2400, "maxTotalMinutes": 600 }""",
        """{ "name": "units/u/employees/anna", "minTotalMinutes": -5, "maxTotalMinutes": 2000000 }""",
        """{ "name": "units/u/employees/anna", "employmentRate": 75, "timeBankMinutes": -600 }""",
        """{ "name": "units/u/employees/anna", "employmentRate": 75, "competences": [ { "competence": "" }, { "competence": "med", "validFrom": "2025-02-30", "validUntil": "soon", "units": [ "", "u" ] } ] }""",
        """{ "name": "units/u/employees/anna", "employmentRate": 75, "units": [ "u", "", "a b" ] }""",
        """{ "name": "units/u/employees/anna", "employmentRate": 75, "limits": { "maxWeekends": -1, "minConsecutiveDays": -2, "maxShiftsPerTemplate": { "D": -2, "N": 3 } } }""",
        """{ "name": "units/u/employees/anna", "employmentRate": 75, "limits": { "maxConsecutiveDays": 5, "minConsecutiveDaysOff": 2, "maxShiftsPerTemplate": { "D": 4 } } }""",
        """{ "name": "units/u/employees/anna", "employmentRate": 75, "limits": { "maxShiftsPerTemplate": { " ": 1 } } }""",
        """{ "name": "units/u/employees/anna", "employmentRate": 0, "limits": { "maxWeekends": -1 } }""",
        """{ "name": "units/u/employees/", "fullTimeWeeklyMinutes": -1, "limits": { } }""",
    };

    [Theory]
    [MemberData(nameof(Employees))]
    public void An_employee_fails_as_the_same_employee_of_a_problem_file(string json)
    {
        var employee = JsonParser.Default.Parse<V1.Employee>(json);

        var direct = Resources.Validate(ResourceKinds.Employee, employee).Select(e => (e.Field, e.Reason)).Order().ToList();
        var problem = new V1.Problem { Period = new V1.Period { StartDate = "2027-03-01", Days = 7 }, RulePack = new V1.RulePackSpec { Id = "test" } };
        problem.Employees.Add(HandSpecs.ToSpec(employee));
        // The unit's templates, for the codes the limits name: whether a code is a template is the unit's matter, not the employee's.
        foreach (var code in employee.Limits?.MaxShiftsPerTemplate.Keys ?? Enumerable.Empty<string>())
            if (!string.IsNullOrWhiteSpace(code)) problem.ShiftTemplates.Add(new V1.ShiftTemplateSpec { Code = code, StartTime = "07:00", DurationMinutes = 480 });
        Assert.Equal(Errors(problem, "employees[0]", f => f == "id" ? "name" : f), direct);
    }

    [Fact]
    public void An_employee_passes_and_fails_where_it_should()
    {
        // The theory above compares two readings; this holds the comparison to verdicts, so two silent readings cannot agree.
        Assert.Empty(Resources.Validate(ResourceKinds.Employee, JsonParser.Default.Parse<V1.Employee>("""{ "name": "units/u/employees/anna", "displayName": "Anna", "employmentRate": 75 }""")));
        var errors = Resources.Validate(ResourceKinds.Employee, new V1.Employee { Name = "units/u/employees/", EmploymentRate = 150 }).Select(e => (e.Field, e.Reason)).ToList();
        Assert.Contains(("employmentRate", "must be above 0 and at most 100 (percent), was 150"), errors);
        Assert.Contains(("name", "is required"), errors);
        Assert.Empty(Resources.Validate(ResourceKinds.Employee, new V1.Employee { Name = "units/u/employees/anna", EmploymentRate = 75, Limits = new V1.EmployeeLimits { MaxWeekends = 1 } }));
        Assert.Equal([("limits.maxWeekends", "must not be negative")], Resources.Validate(ResourceKinds.Employee, new V1.Employee { Name = "units/u/employees/anna", EmploymentRate = 75, Limits = new V1.EmployeeLimits { MaxWeekends = -1 } }).Select(e => (e.Field, e.Reason)));
    }

    [Fact]
    public void A_rate_that_is_not_a_number_is_named_with_the_other_fields()
    {
        // The problem's JSON form cannot even hold NaN as a rate (a conversion error, nothing about the other fields).
        var employee = new V1.Employee { Name = "units/u/employees/", EmploymentRate = double.NaN };
        var errors = Resources.Validate(ResourceKinds.Employee, employee).Select(e => (e.Field, e.Reason)).Order().ToList();
        Assert.Equal([("employmentRate", "must be above 0 and at most 100 (percent), was NaN"), ("name", "is required")], errors);
    }

    [Fact]
    public void A_client_s_timestamps_the_json_form_cannot_write_do_not_stop_the_check()
    {
        // A resource's item drops its times (the write replaces them); a time out of range must not fail the mapping (the fuzz found it).
        var bad = new Google.Protobuf.WellKnownTypes.Timestamp { Seconds = long.MaxValue };
        Assert.Throws<InvalidOperationException>(() => JsonFormatter.Default.Format(bad));
        Assert.Empty(Resources.Validate(ResourceKinds.Employee, new V1.Employee { Name = "units/u/employees/anna", EmploymentRate = 75, CreateTime = bad, UpdateTime = bad }));
        var pack = new V1.RulePack { Name = "rulePacks/p", CreateTime = bad, Rules = { new V1.RuleSpec { Id = "no-such-rule" } } };
        Assert.Contains(Resources.Validate(ResourceKinds.RulePack, pack), e => e.Field.StartsWith("rules", StringComparison.Ordinal));
    }

    [Fact]
    public void A_unit_s_cost_no_decimal_holds_is_named_and_its_other_fields_still_checked()
    {
        var unit = new V1.Unit { Name = "units/u", TimeZone = "Mars/Olympus", Cost = new V1.CostSpec { SocialFeeFactor = 1e300 } };
        var errors = Resources.Validate(ResourceKinds.Unit, unit).Select(e => (e.Field, e.Reason)).ToList();
        Assert.Equal([("cost.socialFeeFactor", "is not a value the problem file can hold"), ("timeZone", "unknown time zone 'Mars/Olympus' (use an IANA name such as Europe/Stockholm)")], errors);
    }

    [Fact]
    public void A_kind_the_contract_does_not_name_is_named_by_its_number()
    {
        // The contract's JSON writes an enum value it does not name as its number; the item reads it as text.
        var errors = Resources.Validate(ResourceKinds.Wish, new V1.Wish { Employee = "E1", Date = "2027-03-01", Kind = (V1.WishKind)9 }).Select(e => (e.Field, e.Reason));
        Assert.Equal([("kind", "is required")], errors);
        var curve = new V1.DemandCurve { Patterns = { new V1.DemandPattern { DaysOfWeek = { (V1.Weekday)9 }, From = "07:00", To = "15:00", Minimum = 1 } } };
        Assert.Contains(Resources.Validate(ResourceKinds.DemandCurve, curve), e => e.Field.Contains("daysOfWeek", StringComparison.Ordinal) && e.Reason.Contains("'9'", StringComparison.Ordinal));
    }

    public static TheoryData<string> Curves => new()
    {
        """{ "slotMinutes": 30, "patterns": [ { "daysOfWeek": [ "MONDAY", "SUNDAY" ], "from": "07:00", "to": "15:00", "minimum": 2, "ideal": 3 } ] }""",
        """{ "patterns": [ { "from": "22:00", "to": "07:00", "minimum": 1, "competence": "med" }, { "dates": [ "2027-03-01" ], "from": "07:00", "to": "24:00", "minimum": 0 } ] }""",
        """{ "slotMinutes": 7, "patterns": [ { "from": "07:00", "to": "15:00", "minimum": 1 } ] }""",
        """{ "slotMinutes": 2880 }""",
        """{ "slotMinutes": -30 }""",
        """{ "patterns": [ { } ] }""",
        """{ "patterns": [ { "from": "25:00", "to": "7", "minimum": -1 } ] }""",
        """{ "patterns": [ { "from": "07:00", "to": "15:00", "minimum": 3, "ideal": 2 } ] }""",
        """{ "patterns": [ { "daysOfWeek": [ "WEEKDAY_UNSPECIFIED", "FRIDAY" ], "dates": [ "2027-02-30", "" ], "from": "07:00", "to": "15:00", "minimum": 1, "competence": "" } ] }""",
        """{ "patterns": [ { "from": "07:00", "to": "15:00", "ideal": 4, "competence": "a b" } ] }""",
    };

    [Theory]
    [MemberData(nameof(Curves))]
    public void A_demand_curve_fails_as_the_same_curve_of_a_problem_file(string json)
    {
        var curve = JsonParser.Default.Parse<V1.DemandCurve>(json);

        var direct = Resources.Validate(ResourceKinds.DemandCurve, curve).Select(e => (e.Field, e.Reason)).Order().ToList();
        var problem = new V1.Problem { Period = new V1.Period { StartDate = "2027-03-01", Days = 7 }, RulePack = new V1.RulePackSpec { Id = "test" }, DemandCurve = HandSpecs.ToSpec(curve) };
        Assert.Equal(Errors(problem, "demandCurve", f => f), direct);
    }

    [Fact]
    public void A_demand_curve_passes_and_fails_where_it_should()
    {
        Assert.Empty(Resources.Validate(ResourceKinds.DemandCurve, JsonParser.Default.Parse<V1.DemandCurve>("""{ "patterns": [ { "daysOfWeek": [ "MONDAY" ], "from": "07:00", "to": "15:00", "minimum": 2 } ] }""")));
        var errors = Resources.Validate(ResourceKinds.DemandCurve, JsonParser.Default.Parse<V1.DemandCurve>("""{ "slotMinutes": 7, "patterns": [ { "from": "07:00", "to": "15:00", "minimum": 1 } ] }""")).Select(e => (e.Field, e.Reason)).ToList();
        Assert.Equal([("slotMinutes", "must divide a day and be between 5 and 1440, was 7")], errors);
    }

    /// <summary>The rules every unit's pack must hold (<see cref="Domain.Rules.RequiredRules"/>), at their floors.</summary>
    private const string Required = """{ "id": "daily-rest" }, { "id": "weekly-rest" }, { "id": "max-shift" }, { "id": "period-hours" }""";

    public static TheoryData<string, string, string> Packs => new()
    {
        { Required, "", "" },
        { Required + """, { "id": "wishes", "weight": 2 }, { "id": "max-weekends", "parameters": { "oneWeekendPerDays": 14 } }""", "2025-01-01", "2026-12-31" },
        { Required + """, { "id": "no-such-rule" }""", "", "" },
        { Required + """, { "id": "" }""", "", "" },
        { Required + """, { "id": "wishes", "weight": -1 }""", "", "" },
        { Required + """, { "id": "wishes", "hard": true }""", "", "" },
        { Required + """, { "id": "wishes" }, { "id": "wishes" }""", "", "" },
        { """{ "id": "daily-rest", "parameters": { "minimumRestMinutes": 600 } }, { "id": "weekly-rest" }, { "id": "max-shift", "weight": 5 }, { "id": "period-hours" }""", "", "" },
        { Required + """, { "id": "max-weekends", "parameters": { "oneWeekendPerDays": 0 } }""", "", "" },
        { Required + """, { "id": "max-weekends", "parameters": { "bogus": 1 } }""", "", "" },
        { Required + """, { "id": "max-consecutive-days", "parameters": { "defaultMaximum": "six" } }""", "", "" },
        { Required + """, { "id": "forbidden-successions", "parameters": { "successions": [ { "from": "N", "to": "D" } ] } }""", "", "" },
        { Required + """, { "id": "cost" }, { "id": "budget" }""", "", "" },
        { Required, "2025-13-01", "" },
        { Required, "2026-01-01", "2025-01-01" },
        { Required, "", "1999-01-01" },
    };

    [Theory]
    [MemberData(nameof(Packs))]
    public void A_rule_pack_fails_as_the_same_pack_of_a_problem_file(string rules, string from, string to)
    {
        var pack = JsonParser.Default.Parse<V1.RulePack>($$"""{ "name": "rulePacks/p", "rules": [ {{rules}} ], "appliesFrom": "{{from}}", "appliesTo": "{{to}}" }""");

        var direct = Resources.Validate(ResourceKinds.RulePack, pack).Select(e => (e.Field, e.Reason)).Order().ToList();
        // The pack in a problem of one day it applies on, with a cost section (the unit's, which the cost rules need).
        var day = SelfServiceKinds.ParseDate(from) is not null ? from : "2027-03-01";
        var problem = new V1.Problem { Period = new V1.Period { StartDate = day, Days = 1 }, RulePack = HandSpecs.ToSpec(pack), Cost = new V1.CostSpec { SocialFeeFactor = 1, DefaultMonthlyPay = 1, Budget = 1 } };
        var byTheReader = Errors(problem, "rulePack", f => f, unknownToo: true)
            // The pack's dates against that one day are the period's matter: a unit's pack is held to the period it is solved for.
            .Where(e => !e.Reason.Contains(", but the period ", StringComparison.Ordinal));
        Assert.Equal(byTheReader, direct);
    }

    [Fact]
    public void A_rule_pack_passes_and_fails_where_it_should()
    {
        var pack = JsonParser.Default.Parse<V1.RulePack>($$"""{ "name": "rulePacks/p", "rules": [ {{Required}} ] }""");
        Assert.Empty(Resources.Validate(ResourceKinds.RulePack, pack));
        // A loosened floor, an unknown rule (a typo is refused when the pack is written, not when a unit is solved) and a missing required rule.
        pack = JsonParser.Default.Parse<V1.RulePack>("""{ "name": "rulePacks/p", "rules": [ { "id": "daily-rest", "parameters": { "minimumRestMinutes": 600 } }, { "id": "weekly-rest" }, { "id": "max-shift" }, { "id": "no-such-rule" } ] }""");
        var fields = Resources.Validate(ResourceKinds.RulePack, pack).Select(e => e.Field).Order().ToList();
        Assert.Equal(["rules", "rules[0].parameters.minimumRestMinutes", "rules[3].id"], fields);
    }

    /// <summary>The reader's errors on <paramref name="item"/> of <paramref name="problem"/>, as the item's own fields.</summary>
    private static List<(string Field, string Reason)> Errors(V1.Problem problem, string item, Func<string, string> rename, bool unknownToo = false)
    {
        try
        {
            Scheduling.Api.Mapping.ProblemFileMapping.Read(problem);
            return [];
        }
        catch (ProblemValidationException ex)
        {
            return [.. ex.Errors
                .Where(e => e.Field.StartsWith(item, StringComparison.Ordinal) && !e.Reason.Contains("outside the period", StringComparison.Ordinal) && (unknownToo ? !e.Reason.StartsWith("unknown shift", StringComparison.Ordinal) : !e.Reason.StartsWith("unknown ", StringComparison.Ordinal)))
                .Select(e => (rename(e.Field == item ? "" : e.Field[(item.Length + 1)..]), e.Reason))
                .Order()];
        }
    }
}
