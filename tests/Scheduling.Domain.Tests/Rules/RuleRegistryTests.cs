using System.Text;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Files;
using Scheduling.Domain.Reporting;
using Scheduling.Domain.Rules;

namespace Scheduling.Domain.Tests.Rules;

/// <summary>The registry lists every rule whole: read from a pack with its defaults, checked, named in both languages.</summary>
public class RuleRegistryTests
{
    private static string Problem(string rules, string period = """{ "startDate": "2027-03-22", "days": 14 }""") => $$"""
        {
          "period": {{period}},
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 }, { "code": "N", "startTime": "21:00", "durationMinutes": 600, "kind": "NIGHT" } ],
          "employees": [ { "id": "A", "employmentRate": 50 }, { "id": "B", "employmentRate": 75 } ],
          "wishes": [ { "employee": "A", "date": "2027-03-23", "kind": "DAY_OFF" } ],
          "cost": { "hourlyDivisor": 165, "socialFeeFactor": 1.4, "pay": [ { "employee": "A", "monthlyPay": 30000 }, { "employee": "B", "monthlyPay": 30000 } ], "budget": 1000 }
          {{(rules.Length > 0 ? $", \"rulePack\": {{ \"id\": \"p\", \"rules\": [ {rules} ] }}" : "")}}
        }
        """;

    private static string Every => string.Join(", ", RuleRegistry.All.Select(d => $$"""{ "id": "{{d.Id}}" }"""));

    [Fact]
    public void Every_registered_rule_is_read_from_a_pack_with_its_defaults_into_its_own_type()
    {
        var pack = ProblemFileReader.Read(Problem(Every)).Rules;

        Assert.Equal(RuleRegistry.All.Select(d => (d.Id, d.RuleType)), pack.Rules.Select(r => (r.Id, r.GetType())));
        Assert.All(pack.Rules, r => Assert.Same(RuleRegistry.Of(r), RuleRegistry.Find(r.Id)));
    }

    [Fact]
    public void Every_rule_record_of_the_domain_is_registered()
    {
        var records = typeof(Rule).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Rule)) && !t.IsAbstract).Select(t => t.Name).Order();

        Assert.Equal(records, RuleRegistry.All.Select(d => d.RuleType.Name).Order());
    }

    [Fact]
    public void Every_registered_rule_has_a_check_and_every_violation_a_name_and_source_in_both_languages()
    {
        var problem = ProblemFileReader.Read(Problem(Every));
        // Both work every day, nights after days: most rules have something to say.
        var roster = new Roster([.. Enumerable.Range(0, 14).SelectMany(d => new[]
        {
            new Assignment(new EmployeeId("A"), problem.Period.DateOf(d), new ShiftCode(d % 2 == 0 ? "D" : "N")),
            new Assignment(new EmployeeId("B"), problem.Period.DateOf(d), new ShiftCode("N")),
        })]);

        var evaluation = RuleChecker.Evaluate(problem, roster);

        Assert.NotEmpty(evaluation.Violations);
        Assert.All(evaluation.Violations, v =>
        {
            Assert.NotNull(RuleRegistry.Describe(v.RuleId));
            Assert.False(string.IsNullOrWhiteSpace(RuleRegistry.Name(v.RuleId, ReportLanguage.English)));
            Assert.Equal(RuleRegistry.Describe(v.RuleId)!.Source.Swedish, v.Source);
            Assert.False(string.IsNullOrWhiteSpace(v.SwedishMessage), v.RuleId);
            Assert.NotEqual(v.Message, v.SwedishMessage);
        });
    }

    [Fact]
    public void Every_rule_has_its_name_and_source_in_Swedish_and_English_without_internal_document_names()
    {
        var descriptions = RuleRegistry.All.Select(d => d.Description).Concat(RuleRegistry.Structural).ToList();

        Assert.Equal(descriptions.Count, descriptions.Select(d => d.Id).Distinct().Count());
        foreach (var language in new[] { ReportLanguage.Swedish, ReportLanguage.English })
            Assert.Equal(descriptions.Count, descriptions.Select(d => d.Name.In(language)).Distinct().Count());
        Assert.All(descriptions, d =>
        {
            foreach (var text in new[] { d.Name.Swedish, d.Name.English, d.Source.Swedish, d.Source.English })
            {
                Assert.False(string.IsNullOrWhiteSpace(text), d.Id);
                Assert.DoesNotContain(".md", text, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain(".cs", text, StringComparison.OrdinalIgnoreCase);
                if (d.Id.Contains('-', StringComparison.Ordinal)) Assert.DoesNotContain(d.Id, text, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void Law_rules_have_a_floor_in_both_languages()
    {
        var law = RuleRegistry.All.Where(d => d.Kind == RuleKind.Law).ToList();

        Assert.Equal([RuleIds.DailyRest, RuleIds.WeeklyRest, RuleIds.Break, RuleIds.OrdinaryHours, RuleIds.Overtime, RuleIds.TotalHours, RuleIds.NightWork], law.Select(d => d.Id));
        Assert.All(law, d => Assert.NotNull(d.Description.Floor));
    }

    [Theory]
    [InlineData("""{ "id": "daily-rest", "parameters": { "minimumRestMinutes": 540 } }""", "rulePack.rules[0].parameters.minimumRestMinutes")]
    [InlineData("""{ "id": "daily-rest", "parameters": { "minimumRestMinutes": 0 } }""", "rulePack.rules[0].parameters.minimumRestMinutes")]
    [InlineData("""{ "id": "daily-rest", "weight": 100 }""", "rulePack.rules[0].hard")]
    [InlineData("""{ "id": "daily-rest", "hard": false }""", "rulePack.rules[0].hard")]
    [InlineData("""{ "id": "weekly-rest", "parameters": { "minimumRestMinutes": 1800 } }""", "rulePack.rules[0].parameters.minimumRestMinutes")]
    [InlineData("""{ "id": "weekly-rest", "parameters": { "windowDays": 14 } }""", "rulePack.rules[0].parameters.windowDays")]
    [InlineData("""{ "id": "weekly-rest", "weight": 5 }""", "rulePack.rules[0].hard")]
    [InlineData("""{ "id": "wishes" }, { "id": "max-shift", "parameters": { "maximumMinutes": 840 } }""", "rulePack.rules[1].parameters.maximumMinutes")]
    [InlineData("""{ "id": "break", "parameters": { "maximumStretchMinutes": 360 } }""", "rulePack.rules[0].parameters.maximumStretchMinutes")]
    [InlineData("""{ "id": "break", "weight": 5 }""", "rulePack.rules[0].hard")]
    [InlineData("""{ "id": "ordinary-hours", "parameters": { "maximumWeeklyMinutes": 2460 } }""", "rulePack.rules[0].parameters.maximumWeeklyMinutes")]
    [InlineData("""{ "id": "ordinary-hours", "parameters": { "referenceWeeks": 5 } }""", "rulePack.rules[0].parameters.referenceWeeks")]
    [InlineData("""{ "id": "ordinary-hours", "hard": false }""", "rulePack.rules[0].hard")]
    [InlineData("""{ "id": "overtime", "parameters": { "perFourWeeksMinutes": 2940 } }""", "rulePack.rules[0].parameters.perFourWeeksMinutes")]
    [InlineData("""{ "id": "overtime", "parameters": { "perCalendarMonth": true, "perMonthMinutes": 3060 } }""", "rulePack.rules[0].parameters.perMonthMinutes")]
    [InlineData("""{ "id": "overtime", "parameters": { "perYearMinutes": 12060 } }""", "rulePack.rules[0].parameters.perYearMinutes")]
    [InlineData("""{ "id": "overtime", "weight": 3 }""", "rulePack.rules[0].hard")]
    [InlineData("""{ "id": "total-hours", "parameters": { "maximumWeeklyMinutes": 2940 } }""", "rulePack.rules[0].parameters.maximumWeeklyMinutes")]
    [InlineData("""{ "id": "total-hours", "parameters": { "referenceMonths": 6 } }""", "rulePack.rules[0].parameters.referenceMonths")]
    [InlineData("""{ "id": "total-hours", "weight": 2 }""", "rulePack.rules[0].hard")]
    [InlineData("""{ "id": "night-work", "parameters": { "maximumPerDayMinutes": 540 } }""", "rulePack.rules[0].parameters.maximumPerDayMinutes")]
    [InlineData("""{ "id": "night-work", "parameters": { "nightSharePercent": 50 } }""", "rulePack.rules[0].parameters.nightSharePercent")]
    [InlineData("""{ "id": "night-work", "hard": false }""", "rulePack.rules[0].hard")]
    public void A_pack_that_loosens_the_law_is_refused_naming_the_field(string rules, string field)
    {
        var ex = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(Problem(rules)));

        Assert.Equal([field], ex.Errors.Select(e => e.Field).Distinct());
    }

    [Theory]
    [InlineData("""{ "id": "forbidden-successions", "parameters": { "successions": "N-D" } }""", "successions", "must be a list of {\"from\": code, \"to\": code}")]
    [InlineData("""{ "id": "forbidden-successions", "parameters": { "successions": [ { "from": "N" } ] } }""", "successions[0]", "must be {\"from\": code, \"to\": code}")]
    [InlineData("""{ "id": "daily-rest", "parameters": { "exceptions": { "employee": "A" } } }""", "exceptions", "must be a list of {\"employee\": id, \"date\": \"yyyy-MM-dd\"}")]
    [InlineData("""{ "id": "daily-rest", "parameters": { "exceptions": [ { "employee": "A", "date": 2 } ] } }""", "exceptions[0]", "must be {\"employee\": id, \"date\": \"yyyy-MM-dd\"}")]
    [InlineData("""{ "id": "max-weekends", "parameters": { "weekendDays": "SATURDAY" } }""", "weekendDays", "must be a list of weekdays")]
    [InlineData("""{ "id": "fair-weekends", "parameters": { "weekendDays": [ "SATURDAY", "FUNDAY" ] } }""", "weekendDays[1]", "'FUNDAY' is not one of")]
    [InlineData("""{ "id": "cost", "parameters": { "kinds": 3 } }""", "kinds", "must be a list of cost kinds")]
    [InlineData("""{ "id": "cost", "parameters": { "kinds": [ 3 ] } }""", "kinds[0]", "'?' is not one of")]
    public void A_list_parameter_of_the_wrong_shape_is_refused_naming_the_field(string rules, string parameter, string reason)
    {
        var ex = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(Problem(rules)));

        var error = Assert.Single(ex.Errors);
        Assert.Equal($"rulePack.rules[0].parameters.{parameter}", error.Field);
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_may_tighten_the_law()
    {
        var pack = ProblemFileReader.Read(Problem("""
            { "id": "daily-rest", "parameters": { "minimumRestMinutes": 720 } },
            { "id": "weekly-rest", "parameters": { "minimumRestMinutes": 2400, "windowDays": 7 } },
            { "id": "max-shift", "parameters": { "maximumMinutes": 600 } },
            { "id": "max-weekends", "parameters": { "defaultMaximum": 1 } },
            { "id": "demand-minimum", "hard": true }
            """)).Rules;

        Assert.Equal(Duration.FromHours(12), pack.Get<DailyRestRule>()!.MinimumRest);
        Assert.Equal(Duration.FromHours(40), pack.Get<WeeklyRestRule>()!.MinimumRest);
        Assert.Equal(Duration.FromHours(10), pack.Get<MaxShiftLengthRule>()!.Maximum);
        Assert.Equal(1, pack.Get<MaxWeekendsRule>()!.DefaultMaximum);
        Assert.True(pack.Get<DemandMinimumRule>()!.Enforcement.IsHard);
    }

    [Theory]
    [InlineData(28, 2)]
    [InlineData(35, 3)]
    [InlineData(7, 1)]
    public void The_built_in_pack_is_data_with_a_version_and_dates_and_every_other_weekend_of_the_period(int days, int weekends)
    {
        var period = new SchedulePeriod(new LocalDate(2027, 3, 1), days, SchedulePeriod.DefaultZone);

        var pack = RulePacks.SwedishCare(period);

        Assert.Contains(RulePacks.SwedishCareId, RulePacks.Ids);
        Assert.Equal((RulePacks.SwedishCareId, "2025.1", (LocalDate?)new LocalDate(2025, 1, 1), (LocalDate?)null), (pack.Id, pack.Version, pack.AppliesFrom, pack.AppliesTo));
        Assert.Equal(weekends, pack.Get<MaxWeekendsRule>()!.DefaultMaximum);
        Assert.Null(pack.Get<CostRule>());
        Assert.NotNull(RulePacks.SwedishCare(period, withCost: true).Get<CostRule>());
        Assert.Equal(Duration.FromHours(11), pack.Get<DailyRestRule>()!.MinimumRest);
        Assert.True(pack.Get<DailyRestRule>()!.Enforcement.IsHard);
    }

    [Fact]
    public void A_problem_without_a_pack_gets_the_built_in_one_that_applies_on_its_first_day()
    {
        Assert.Equal(RulePacks.SwedishCareId, ProblemFileReader.Read(Problem("")).Rules.Id);
        Assert.Equal(RulePacks.SwedishCareId, RulePacks.For(new SchedulePeriod(new LocalDate(2025, 1, 6), 7, SchedulePeriod.DefaultZone)).Id);
    }

    [Fact]
    public void A_pack_file_says_the_days_it_applies_on()
    {
        var period = new SchedulePeriod(new LocalDate(2027, 3, 1), 28, SchedulePeriod.DefaultZone);

        var pack = RulePacks.Read("""{ "id": "x", "version": "2027.1", "appliesFrom": "2027-01-01", "appliesTo": "2027-12-31", "rules": [ { "id": "daily-rest" }, { "id": "weekly-rest" }, { "id": "max-shift" }, { "id": "period-hours" } ] }""", "x.json", period);

        Assert.Equal(("2027.1", new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)), (pack.Version, pack.AppliesFrom!.Value, pack.AppliesTo!.Value));
        Assert.True(pack.AppliesOn(new LocalDate(2027, 3, 1)));
        Assert.False(pack.AppliesOn(new LocalDate(2028, 1, 1)));
    }

    [Theory]
    [InlineData("""{ "id": "x", "version": "1", "rules": [ { "id": "daily-rest", "parameters": { "minimumRestMinutes": 300 } } ] }""", "x.json: rulePack.rules[0].parameters.minimumRestMinutes")]
    [InlineData("""{ "id": "x", "rules": [ { "id": "daily-rest" } ] }""", "x.json: rulePack.version")]
    [InlineData("""{ "id": "x", "version": "1", "appliesFrom": "2027-01-01", "appliesTo": "2026-01-01", "rules": [] }""", "x.json: rulePack.appliesTo")]
    [InlineData("""{ "id": "x", "version": "1", "rules": [ { "id": "no-such-rule" } ] }""", "x.json: rulePack.rules[0].id")]
    [InlineData("""{ "id": "x", "version": "1", "rules": [ { "id": "wishes" ] }""", "x.json: rules[0]")]
    public void A_broken_pack_file_names_the_file_and_the_field(string json, string field)
    {
        var period = new SchedulePeriod(new LocalDate(2027, 3, 1), 28, SchedulePeriod.DefaultZone);

        var ex = Assert.Throws<ProblemValidationException>(() => RulePacks.Read(json, "x.json", period));

        Assert.StartsWith(field, ex.Errors[0].Field, StringComparison.Ordinal);
    }

    [Fact]
    public void The_examples_still_load()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repository, "examples"), "*.json"))
            Assert.NotEmpty(ProblemFileReader.Read(File.ReadAllText(file)).Rules.Rules);
    }

    /// <summary>The README's rule table is the registry's: on a change, paste the expected table from the failure.</summary>
    [Fact]
    public void The_readme_rule_table_is_the_registrys()
    {
        var readme = File.ReadAllText(Path.Combine(Repository, "README.md"));
        const string Begin = "<!-- rule table: generated from RuleRegistry, checked by RuleRegistryTests -->\n";
        const string End = "<!-- end of rule table -->";
        var start = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = readme.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "README.md lacks the rule table's markers");

        var expected = RuleTable();
        Assert.True(readme[(start + Begin.Length)..end] == expected, "README.md's rule table differs from the registry; expected:\n" + expected);
    }

    private static string RuleTable()
    {
        var units = ProblemFileReader.Read(Problem(Every)).Rules.Rules.ToDictionary(r => r.Id, r => r.Unit);
        var s = new StringBuilder();
        s.Append("| rule id | name (sv / en) | kind | source (sv / en) | parameters (defaults) | unit of harm (soft) | floor |\n");
        s.Append("|---|---|---|---|---|---|---|\n");
        foreach (var d in RuleRegistry.All)
        {
            var x = d.Description;
            s.Append($"| `{x.Id}` | {x.Name.Swedish} / {x.Name.English} | {Kind(x.Kind)} | {x.Source.Swedish} / {x.Source.English} | {d.ParameterDefaults} | {units[x.Id]} | {x.Floor?.English ?? "—"} |\n");
        }

        foreach (var x in RuleRegistry.Structural)
            s.Append($"| `{x.Id}` | {x.Name.Swedish} / {x.Name.English} | {Kind(x.Kind)} | {x.Source.Swedish} / {x.Source.English} | — | — (always hard) | — |\n");
        return s.ToString();
    }

    private static string Kind(RuleKind kind) => kind switch
    {
        RuleKind.Law => "law",
        RuleKind.Agreement => "agreement",
        RuleKind.UnitPolicy => "unit policy",
        _ => "structural",
    };

    private static string Repository
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Scheduling.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Scheduling.sln not found above the test binaries");
        }
    }
}
