namespace Scheduling.Domain.Rules;

/// <summary>
/// The law and agreement rules a unit's pack (one the service stores, a built-in pack file) must hold: those that hold
/// within any one period. Leaving one out would loosen the law as surely as a floor below it, so it is refused the same
/// way, under the pack's <c>rules</c> field. (The windowed law rules — ordinary hours, overtime, total hours, night work —
/// and breaks are a pack's to add: held over one period alone they can be stricter than the law.) A problem file's own
/// pack may leave them out: it is an experiment, not a unit's rules.
/// </summary>
public static class RequiredRules
{
    public static ImmutableArray<string> Ids { get; } = [RuleIds.DailyRest, RuleIds.WeeklyRest, RuleIds.MaxShiftLength, RuleIds.PeriodHours];

    /// <summary>One reason per required rule missing from <paramref name="ruleIds"/> (a pack's rules).</summary>
    public static IEnumerable<string> Omitted(IEnumerable<string> ruleIds)
    {
        var held = ruleIds.ToHashSet(StringComparer.Ordinal);
        foreach (var id in Ids.Where(id => !held.Contains(id)))
        {
            var description = RuleRegistry.Find(id)!.Description;
            yield return $"must hold {id} ({description.Name.English}; {(description.Kind == RuleKind.Law ? "law" : "agreed")}: {description.Source.English}): a unit's pack may not leave it out";
        }
    }

    /// <summary>
    /// Why <paramref name="pack"/> cannot be used for the period from <paramref name="start"/> to <paramref name="last"/>
    /// (both inclusive): one reason per end of the period outside the pack's dates, under the field that says them.
    /// </summary>
    public static IEnumerable<ProblemError> OutsideDates(RulePack pack, NodaTime.LocalDate start, NodaTime.LocalDate last)
    {
        var named = pack.Version.Length > 0 ? $"{pack.Id} {pack.Version}" : pack.Id;
        if (pack.AppliesFrom is { } from && start < from)
            yield return new ProblemError("rulePack.appliesFrom", $"the rule pack {named} applies from {from:uuuu-MM-dd}, but the period starts {start:uuuu-MM-dd}: use a pack that applies then");
        if (pack.AppliesTo is { } to && last > to)
            yield return new ProblemError("rulePack.appliesTo", $"the rule pack {named} applies until {to:uuuu-MM-dd}, but the period ends {last:uuuu-MM-dd}: use a pack that applies then");
    }
}
