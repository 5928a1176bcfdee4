using System.Text.Json;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Files;
using Scheduling.Solver;

namespace Scheduling.Cli.Tests;

public class CliTests
{
    private static string ExamplesDir
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Scheduling.sln"))) dir = dir.Parent;
            return Path.Combine(dir!.FullName, "examples");
        }
    }

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(args, stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static async Task<(int Code, string Out, string Err)> RunWithFile(string json, params string[] extra)
    {
        var path = Path.Combine(Path.GetTempPath(), $"problem-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, json);
        try
        {
            return await Run(["solve", path, .. extra]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private const string Minimal = """
        {
          "period": { "startDate": "2027-01-04", "days": 2 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
          "employees": [ { "id": "A", "employmentRate": 50, "fullTimeWeeklyMinutes": 2400, "toleranceMinutes": 600 } ],
          "shiftDemands": [ { "date": "2027-01-04", "shift": "D", "required": 1 } ]
        }
        """;

    [Fact]
    public async Task Json_output_has_the_documented_fields_and_agrees_with_the_checker()
    {
        // The small group home needs a few seconds for its first roster on a loaded machine (3 s found none at load 25).
        var (code, output, _) = await Run("solve", Path.Combine(ExamplesDir, "small-group-home.json"), "--time-limit", "15", "--format", "json");
        Assert.Equal(CliApp.Ok, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("status").GetString() is "OPTIMAL" or "FEASIBLE");
        Assert.Equal(0, root.GetProperty("hardViolations").GetArrayLength());
        var assignments = root.GetProperty("assignments").EnumerateArray()
            .Select(a => new Assignment(new EmployeeId(a.GetProperty("employee").GetString()!), NodaTime.Text.LocalDatePattern.Iso.Parse(a.GetProperty("date").GetString()!).Value, new ShiftCode(a.GetProperty("shift").GetString()!)))
            .ToList();
        Assert.NotEmpty(assignments);
        var problem = ProblemFileReader.Read(await File.ReadAllTextAsync(Path.Combine(ExamplesDir, "small-group-home.json")));
        var evaluation = RuleChecker.Evaluate(problem, new Roster([.. assignments]));
        Assert.Equal(evaluation.Penalty, root.GetProperty("objective").GetInt64());
        Assert.Equal(evaluation.Penalty, root.GetProperty("penaltyByRule").EnumerateObject().Sum(p => p.Value.GetInt64()));
        Assert.True(root.TryGetProperty("bestBound", out _));
    }

    [Fact]
    public async Task Payroll_writes_the_rosters_hours_as_csv_and_excel()
    {
        var folder = Directory.CreateTempSubdirectory("payroll-");
        try
        {
            var csv = Path.Combine(folder.FullName, "payroll.csv");
            var (code, output, _) = await RunWithFile(Minimal, "--time-limit", "2", "--format", "json", "--payroll", csv);
            Assert.Equal(0, code);
            var lines = await File.ReadAllLinesAsync(csv);
            Assert.StartsWith("row,employee_id,employee_name,date,shifts,worked_hours", lines[0], StringComparison.Ordinal);
            // A's total row carries the hours of the shifts the roster gives A (8 h each).
            var shifts = JsonDocument.Parse(output).RootElement.GetProperty("assignments").GetArrayLength();
            var total = lines.Single(l => l.StartsWith("total,A,", StringComparison.Ordinal)).Split(',');
            Assert.Equal((shifts * 8m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), total[5]);

            var xlsx = Path.Combine(folder.FullName, "payroll.xlsx");
            Assert.Equal(0, (await RunWithFile(Minimal, "--time-limit", "2", "--payroll", xlsx)).Code);
            Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(xlsx))[..2]));

            var (bad, _, err) = await RunWithFile(Minimal, "--time-limit", "2", "--payroll", Path.Combine(folder.FullName, "missing", "p.csv"));
            Assert.Equal(1, bad);
            Assert.Contains("--payroll: folder", err, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Table_output_shows_grid_coverage_hours_wishes_and_checks()
    {
        var (code, output, err) = await RunWithFile(Minimal, "--time-limit", "2");
        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("Roster", output);
        Assert.Contains("Coverage:", output);
        Assert.Contains("Rule checks: 0 hard violations", output);
        // 50 % of 40 h a week over 2 days: 20 h × 2 / 7 = 5 h 43 min; one shift of 8 h is worked on the day with demand.
        Assert.Matches(@"A\s+D\s+\.\s+8:00 / 5:43", output);
        Assert.Contains("objective", err);
    }

    private const string WithCost = """
        {
          "period": { "startDate": "2027-01-04", "days": 2 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
          "employees": [ { "id": "A", "employmentRate": 50, "fullTimeWeeklyMinutes": 2400, "toleranceMinutes": 600 } ],
          "shiftDemands": [ { "date": "2027-01-04", "shift": "D", "required": 1 } ],
          "cost": { "version": "cli-test", "socialFeeFactor": 1.4, "pay": [ { "employee": "A", "monthlyPay": 33000 } ], "budget": 2000 }
        }
        """;

    [Fact]
    public async Task Reports_the_cost_breakdown_and_the_budget_difference()
    {
        // A works D on Monday 4 January: 8 h × 33 000 ÷ 165 × 1.4 = 8 × 280.00 = 2 240 kr, no OB; 240 kr over a 2 000 kr budget.
        // The 2 h 17 min beyond the 5 h 43 min target are mertid at 100 %: no supplement.
        var (code, output, _) = await RunWithFile(WithCost, "--time-limit", "2");
        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("Cost: 2 240 kr (cost model cli-test, OB table kommunal-hok-2026-04", output);
        Assert.Matches(@"base pay\s+2 240 kr\s+8:00 h", output);
        Assert.Matches(@"mertid\s+0 kr\s+2:17 h", output);
        Assert.Contains("240 kr OVER budget", output);
        Assert.Matches(@"2027-01-04 Mon\s+2 240 kr", output);

        var (jsonCode, json, _) = await RunWithFile(WithCost, "--time-limit", "2", "--format", "json");
        Assert.Equal(CliApp.Ok, jsonCode);
        using var doc = JsonDocument.Parse(json);
        var cost = doc.RootElement.GetProperty("cost");
        Assert.Equal(2240, cost.GetProperty("totalKronor").GetInt64());
        Assert.Equal(2240, cost.GetProperty("byKind").GetProperty("base").GetInt64());
        Assert.Equal(0, cost.GetProperty("byKind").GetProperty("unsocialHours").GetInt64());
        Assert.Equal(137, cost.GetProperty("minutesByKind").GetProperty("additionalHours").GetInt64());
        Assert.Equal(2000, cost.GetProperty("budgetKronor").GetInt64());
        Assert.Equal(-240, cost.GetProperty("budgetDifferenceKronor").GetInt64());
        Assert.Equal("SEK", cost.GetProperty("currency").GetString());
        var employee = Assert.Single(cost.GetProperty("byEmployee").EnumerateArray());
        Assert.Equal("A", employee.GetProperty("employee").GetString());
        Assert.Equal(2240, Assert.Single(cost.GetProperty("byDay").EnumerateArray()).GetProperty("totalKronor").GetInt64());
    }

    [Fact]
    public async Task Without_cost_data_there_is_no_cost_section()
    {
        var (_, output, _) = await RunWithFile(Minimal, "--time-limit", "2");
        Assert.DoesNotContain("Cost:", output);
        var (_, json, _) = await RunWithFile(Minimal, "--time-limit", "2", "--format", "json");
        using var doc = JsonDocument.Parse(json);
        Assert.False(doc.RootElement.TryGetProperty("cost", out _));
    }

    [Theory]
    [InlineData(new[] { "solve" }, "solve needs a problem file")]
    [InlineData(new[] { "rota", "x.json" }, "unknown command 'rota'")]
    [InlineData(new[] { "solve", "x.json", "--time-limit", "0" }, "--time-limit must be")]
    [InlineData(new[] { "solve", "x.json", "--time-limit" }, "--time-limit needs a value")]
    [InlineData(new[] { "solve", "x.json", "--format", "xml" }, "--format must be table or json")]
    [InlineData(new[] { "solve", "x.json", "--workers", "-2" }, "--workers must be")]
    [InlineData(new[] { "solve", "x.json", "--core", "simplex" }, "--core must be decomposition or baseline")]
    [InlineData(new[] { "solve", "/no/such/file.json" }, "not found")]
    public async Task Bad_command_lines_get_a_one_line_error_and_exit_1(string[] args, string message)
    {
        var (code, output, err) = await Run(args);
        Assert.Equal(CliApp.BadInput, code);
        Assert.Empty(output);
        Assert.StartsWith("error: ", err);
        Assert.Contains(message, err.Split('\n')[0]);
        Assert.DoesNotContain("   at ", err);
    }

    [Theory]
    [InlineData(new[] { "--help" }, new[] { "solve <FILE>", "token", "me" })]
    [InlineData(new[] { "solve", "--help" }, new[] { "<FILE>", "--time-limit", "--workers", "--seed", "--format <table|json>", "--lang <sv|en>", "--cost-to-grant", "--no-relax", "--core <decomposition|baseline>", "--server <URL>", "--token" })]
    [InlineData(new[] { "token", "-h" }, new[] { "--role <planner|manager|employee>", "--employee", "--unit", "--subject", "--valid-for", "--key-file", "--issuer", "--audience" })]
    [InlineData(new[] { "me", "--help" }, new[] { "rate", "choose-rate", "rate-history", "wishes", "submit-wish", "delete-wish", "roster", "outcomes", "cost" })]
    [InlineData(new[] { "me", "submit-wish", "--help" }, new[] { "<DATE>", "<KIND>", "<SHIFT>", "--priority", "--period", "--replace", "--preference", "--server", "--json" })]
    public async Task Help_is_generated_for_every_command_and_exits_0(string[] args, string[] expected)
    {
        var (code, output, err) = await Run(args);

        Assert.Equal(CliApp.Ok, code);
        Assert.Empty(err);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        foreach (var text in expected) Assert.Contains(text, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "solve", "x.json", "--frobnicate" }, "unknown option '--frobnicate' ('scheduling solve --help' lists the options)")]
    [InlineData(new[] { "solve", "x.json", "--frobnicate", "3", "--time-limit" }, "unknown option '--frobnicate'")]
    [InlineData(new[] { "token", "--role", "planner", "--colour", "red" }, "unknown option '--colour'")]
    [InlineData(new[] { "me", "rate", "--server", "http://localhost:1", "--year", "2027" }, "unknown option '--year' ('scheduling me rate --help' lists the options)")]
    [InlineData(new[] { "solve", "x.json", "y.json" }, "unexpected argument 'y.json'")]
    [InlineData(new[] { "me" }, "'scheduling me' needs a command: rate, choose-rate")]
    public async Task A_bad_option_is_one_line_naming_it_and_exit_1(string[] args, string message)
    {
        var (code, output, err) = await Run(args);

        Assert.Equal(CliApp.BadInput, code);
        Assert.Empty(output);
        var line = Assert.Single(err.TrimEnd().Split('\n'));
        Assert.StartsWith($"error: {message}", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json", "")]
    [InlineData("""{ "period": { "startDate": "2027-01-04", "days": 0 } }""", "period.days: must be between 1 and 366, was 0")]
    [InlineData("""{ "period": { "startDate": "2027-13-04", "days": 3 } }""", "period.startDate: '2027-13-04' is not a date")]
    [InlineData("""{ "period": { "startDate": "2027-01-04", "days": 3, "timeZone": "Mars/Olympus" } }""", "period.timeZone: unknown time zone 'Mars/Olympus'")]
    [InlineData("""{ "period": { "startDate": "2027-01-04", "days": 3 }, "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ], "shiftDemands": [ { "date": "2027-01-04", "shift": "X", "required": 1 } ] }""", "shiftDemands[0].shift: unknown shift code 'X'")]
    [InlineData("""{ "period": { "startDate": "2027-01-04", "days": 3 }, "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ], "shiftDemands": [ { "date": "2027-01-04", "shift": "D", "required": -1 } ] }""", "shiftDemands[0].required: must not be negative, was -1")]
    [InlineData("""{ "period": { "startDate": "2027-01-04", "days": 3 }, "employees": [ { "id": "A", "employmentRate": 120 } ] }""", "employees[0].employmentRate: must be above 0 and at most 100")]
    [InlineData("""{ "period": { "startDate": "2027-01-04", "days": 3 }, "employes": [] }""", "employes")]
    [InlineData("""{ "period": { "startDate": "2027-01-04", "days": 3 }, "rulePack": { "rules": [ { "id": "daily-rest", "parameters": { "minRest": 5 } } ] } }""", "rulePack.rules[0].parameters.minRest: is not a parameter of this rule")]
    [InlineData("""{ "period": { "startDate": "2027-01-04", "days": 3 }, "rulePack": { "rules": [ { "id": "no-such-rule" } ] } }""", "rulePack.rules[0].id: unknown rule 'no-such-rule'")]
    [InlineData("""{ "period": { "startDate": "2027-01-04", "days": 3 }, "rulePack": { "rules": [ { "id": "cost" } ] } }""", "rules.cost: needs the problem's cost section")]
    [InlineData("""{ "period": { "startDate": "2027-01-04", "days": 3 }, "employees": [ { "id": "A", "employmentRate": 50 } ], "cost": { "socialFeeFactor": 1.4 } }""", "cost.pay: no monthly pay for 'A'")]
    public async Task Bad_problem_files_name_the_field_and_exit_1(string json, string message)
    {
        var (code, output, err) = await RunWithFile(json);
        Assert.Equal(CliApp.BadInput, code);
        Assert.Empty(output);
        var lines = err.TrimEnd().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("error: ", lines[0]);
        Assert.Contains(message, lines[0]);
    }

    [Fact]
    public async Task An_infeasible_problem_exits_2_and_lists_the_conflict()
    {
        var json = """
            {
              "period": { "startDate": "2027-01-04", "days": 1 },
              "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
              "employees": [ { "id": "A", "minTotalMinutes": 0, "maxTotalMinutes": 600 } ],
              "unavailability": [ { "employee": "A", "date": "2027-01-04" } ],
              "pins": [ { "employee": "A", "date": "2027-01-04", "shift": "D" } ]
            }
            """;
        var (code, output, _) = await RunWithFile(json, "--time-limit", "2");
        Assert.Equal(CliApp.Infeasible, code);
        Assert.Contains("availability for A on 2027-01-04", output);
        Assert.Contains("pins for A on 2027-01-04", output);
        Assert.Contains("least-bad roster", output);
    }

    private const string TwoNeeded = """
        {
          "period": { "startDate": "2027-01-04", "days": 1 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
          "employees": [ { "id": "A", "employmentRate": 50, "fullTimeWeeklyMinutes": 2400, "toleranceMinutes": 600 },
                         { "id": "B", "employmentRate": 50, "fullTimeWeeklyMinutes": 2400, "toleranceMinutes": 600 } ],
          "shiftDemands": [ { "date": "2027-01-04", "shift": "D", "required": 2, "underWeight": 100 } ],
          "wishes": [ { "employee": "A", "date": "2027-01-04", "kind": "DAY_OFF", "weight": 5 } ],
          "preferences": [ { "employee": "B", "kind": "NO_SHIFT_KIND", "shiftKind": "NIGHT", "weight": 3 } ],
          "rulePack": { "id": "t", "rules": [ { "id": "shift-cover" }, { "id": "wishes" }, { "id": "preferences" }, { "id": "period-hours" } ] }
        }
        """;

    [Fact]
    public async Task Json_explains_refused_wishes_in_the_requested_language_with_their_cost_to_grant_and_fairness()
    {
        var (code, output, _) = await RunWithFile(TwoNeeded, "--time-limit", "2", "--workers", "2", "--format", "json", "--lang", "en", "--cost-to-grant", "1");

        Assert.Equal(CliApp.Ok, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("en", root.GetProperty("language").GetString());
        var wish = Assert.Single(root.GetProperty("wishes").GetProperty("items").EnumerateArray());
        Assert.False(wish.GetProperty("granted").GetBoolean());
        Assert.Equal("COVERAGE", wish.GetProperty("reason").GetString());
        Assert.Equal("refused: shift D on Mon 4 Jan needs 2, 1 without you; no one else was free to take the shift (the unit's staffing need)", wish.GetProperty("text").GetString());
        // Granting it leaves D one short (100) and no longer refuses the wish (−5).
        Assert.Equal(95, wish.GetProperty("costToGrant").GetProperty("penaltyDifference").GetInt64());
        Assert.Equal(2, root.GetProperty("fairness").GetProperty("employees").GetArrayLength());
        Assert.Equal(0m, root.GetProperty("fairness").GetProperty("grantedShareByWeight").GetProperty("maximum").GetDecimal());
        Assert.True(Assert.Single(root.GetProperty("preferences").EnumerateArray()).GetProperty("kept").GetBoolean());
        // A works 8 h against 1200 min × 1/7 = 171 min contracted for the day: the 309 min beyond are paid as mertid
        // and overtime, so the time bank carries none of them.
        Assert.Equal(0, root.GetProperty("hours")[0].GetProperty("timeBankOutMinutes").GetInt64());
    }

    [Fact]
    public async Task The_table_names_rules_in_the_requested_language_never_by_id_alone_nor_an_internal_document()
    {
        var (_, english, _) = await RunWithFile(TwoNeeded, "--time-limit", "2", "--workers", "2", "--lang", "en", "--cost-to-grant", "1");
        var (_, swedish, _) = await RunWithFile(TwoNeeded, "--time-limit", "2", "--workers", "2", "--cost-to-grant", "1");

        // What granting the refused wish would cost, by rule: shift D one short (+100), the wish no longer refused (−5).
        Assert.Contains("(staffing per shift +100, wishes -5)", english, StringComparison.Ordinal);
        Assert.Contains("(bemanning per pass +100, önskemål -5)", swedish, StringComparison.Ordinal);
        Assert.Matches(@"\n  wishes\s+5  \(1 items\) \[wishes\]", english);
        Assert.Matches(@"\n  önskemål\s+5  \(1 items\) \[wishes\]", swedish);
        foreach (var output in new[] { english, swedish }) Assert.DoesNotContain("DOMAIN", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_table_gives_reasons_in_Swedish_by_default_and_the_fairness_figures()
    {
        var (code, output, _) = await RunWithFile(TwoNeeded, "--time-limit", "2", "--workers", "2");

        Assert.Equal(CliApp.Ok, code);
        Assert.Contains("nekad: passet D mån 4 jan behöver 2, utan dig 1; ingen annan var ledig och kunde ta passet (enhetens bemanningsbehov)", output, StringComparison.Ordinal);
        Assert.Contains("granted share of wish weight, 1 employees with wishes: min 0.0 %", output, StringComparison.Ordinal);
        Assert.Contains("Standing preferences: 1 of 1 kept", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_language_is_a_usage_error()
    {
        var (code, _, err) = await Run("solve", "x.json", "--lang", "de");

        Assert.Equal(CliApp.BadInput, code);
        Assert.Contains("--lang must be sv or en", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], SolverCore.Decomposition)]
    [InlineData(new[] { "--core", "baseline" }, SolverCore.Baseline)]
    [InlineData(new[] { "--core", "decomposition" }, SolverCore.Decomposition)]
    public void The_core_is_chosen_on_the_command_line(string[] extra, SolverCore expected) =>
        Assert.Equal(expected, SolveCommand.Parse(["solve", "x.json", .. extra]).Core);
}
