using Scheduling.Domain.Rules;
using static Scheduling.Domain.Files.ProblemFileReader;

namespace Scheduling.Domain.Files;

/// <summary>
/// Reads a rule pack: each rule by its id through its <see cref="RuleDefinition"/> (the registry's), with "hard" or a
/// "weight" and its named parameters; a law or agreement rule looser than its floor is refused under its field path.
/// </summary>
internal static class RuleReader
{
    public static RulePack? Read(RulePackDto dto, Errors errors, SchedulePeriod? period)
    {
        var rules = Each(dto.Rules, "rulePack.rules", errors, (rule, f, err) => ReadRule(rule, f, err, period));
        var duplicate = rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            errors.Add("rulePack.rules", $"rule '{duplicate.Key}' appears more than once");
            return null;
        }

        var appliesFrom = dto.AppliesFrom is null ? (NodaTime.LocalDate?)null : Date(dto.AppliesFrom, "rulePack.appliesFrom", errors);
        var appliesTo = dto.AppliesTo is null ? (NodaTime.LocalDate?)null : Date(dto.AppliesTo, "rulePack.appliesTo", errors);
        if (appliesFrom > appliesTo) errors.Add("rulePack.appliesTo", "must not be before appliesFrom");
        return new RulePack(dto.Id ?? "custom", rules) { Version = dto.Version ?? "", AppliesFrom = appliesFrom, AppliesTo = appliesTo };
    }

    private static Rule? ReadRule(RuleDto dto, string f, Errors errors, SchedulePeriod? period)
    {
        if (dto.Weight < 0) errors.Add($"{f}.weight", "must not be negative");
        if (dto.Id is null)
        {
            errors.Add($"{f}.id", "is required");
            return null;
        }

        if (RuleRegistry.Find(dto.Id) is not { } definition)
        {
            errors.Add($"{f}.id", $"unknown rule '{dto.Id}'");
            return null;
        }

        var input = new RuleInput(dto, f, errors, period);
        var before = errors.Count;
        var rule = Guard(f, errors, () => definition.Read(input));
        input.Parameters.ReportUnused();
        if (rule is null) return null;
        if (dto.Hard == true && !rule.Enforcement.IsHard)
            errors.Add($"{f}.hard", $"rule '{dto.Id}' is always soft");
        if (errors.Count == before)
            foreach (var (field, reason) in definition.Loosening(rule))
                errors.Add($"{f}.{field}", reason);
        return dto.Source is { } source ? rule with { Source = source } : rule;
    }
}
