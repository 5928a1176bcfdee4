using Scheduling.Domain.Files;
using Scheduling.Domain.Rules;

namespace Scheduling.Domain.Tests.Rules;

/// <summary>
/// A pack may not leave out a law or agreement rule that holds within a period (refused like one that loosens it), and a
/// pack carries the days it applies on: a period outside them is refused, saying which end and which days.
/// </summary>
public class RulePackRequirementTests
{
    private const string Required = """{ "id": "daily-rest" }, { "id": "weekly-rest" }, { "id": "max-shift" }, { "id": "period-hours" }""";

    private static readonly SchedulePeriod March2027 = new(new LocalDate(2027, 3, 1), 28, SchedulePeriod.DefaultZone);

    [Theory]
    [InlineData("daily-rest")]
    [InlineData("weekly-rest")]
    [InlineData("max-shift")]
    [InlineData("period-hours")]
    public void A_pack_file_that_leaves_out_a_required_rule_is_refused_under_its_rules(string left)
    {
        var rules = string.Join(", ", RequiredRules.Ids.Where(id => id != left).Select(id => $$"""{ "id": "{{id}}" }"""));

        var ex = Assert.Throws<ProblemValidationException>(() =>
            RulePacks.Read($$"""{ "id": "x", "version": "1", "appliesFrom": "2027-01-01", "rules": [ {{rules}} ] }""", "x.json", March2027));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("x.json: rulePack.rules", error.Field);
        Assert.StartsWith($"must hold {left} (", error.Reason, StringComparison.Ordinal);
        Assert.EndsWith("a unit's pack may not leave it out", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pack_file_names_the_first_day_it_applies()
    {
        var ex = Assert.Throws<ProblemValidationException>(() => RulePacks.Read($$"""{ "id": "x", "version": "1", "rules": [ {{Required}} ] }""", "x.json", March2027));

        Assert.Equal("x.json: rulePack.appliesFrom", Assert.Single(ex.Errors).Field);
    }

    [Fact]
    public void The_built_in_pack_holds_every_required_rule_and_says_when_it_applies()
    {
        var pack = RulePacks.SwedishCare(March2027);

        Assert.Empty(RequiredRules.Omitted(pack.Rules.Select(r => r.Id)));
        Assert.Equal(("2025.1", new LocalDate(2025, 1, 1)), (pack.Version, pack.AppliesFrom));
        var before = Assert.Throws<DomainException>(() => RulePacks.For(new SchedulePeriod(new LocalDate(2024, 12, 2), 28, SchedulePeriod.DefaultZone)));
        Assert.Contains("no built-in rule pack applies on 2024-12-02", before.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-03-08", null, "rulePack.appliesFrom", "the rule pack p 2027.2 applies from 2027-03-08, but the period starts 2027-03-01: use a pack that applies then")]
    [InlineData(null, "2027-03-27", "rulePack.appliesTo", "the rule pack p 2027.2 applies until 2027-03-27, but the period ends 2027-03-28: use a pack that applies then")]
    public void A_period_outside_the_packs_days_is_refused_with_the_days(string? from, string? to, string field, string reason)
    {
        var dates = (from is null ? "" : $"\"appliesFrom\": \"{from}\", ") + (to is null ? "" : $"\"appliesTo\": \"{to}\", ");
        var json = $$"""
            {
              "period": { "startDate": "2027-03-01", "days": 28 },
              "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
              "employees": [ { "id": "A", "employmentRate": 50 } ],
              "rulePack": { "id": "p", "version": "2027.2", {{dates}}"rules": [ {{Required}} ] }
            }
            """;

        var ex = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(json));

        var error = Assert.Single(ex.Errors);
        Assert.Equal((field, reason), (error.Field, error.Reason));
    }

    [Fact]
    public void A_period_inside_the_packs_days_reads()
    {
        var json = $$"""
            {
              "period": { "startDate": "2027-03-01", "days": 28 },
              "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
              "employees": [ { "id": "A", "employmentRate": 50 } ],
              "rulePack": { "id": "p", "version": "2027.2", "appliesFrom": "2027-03-01", "appliesTo": "2027-03-28", "rules": [ {{Required}} ] }
            }
            """;

        var pack = ProblemFileReader.Read(json).Rules;

        Assert.Equal((new LocalDate(2027, 3, 1), new LocalDate(2027, 3, 28)), (pack.AppliesFrom!.Value, pack.AppliesTo!.Value));
    }
}
