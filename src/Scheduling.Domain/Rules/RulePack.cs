namespace Scheduling.Domain.Rules;

/// <summary>
/// A named, versioned set of rules (e.g. "se-atl-ab-2025" version "2025.1"), at most one instance per rule id, with
/// the dates it applies from and to (both inclusive; null: open). Built-in packs are data: see <see cref="RulePacks"/>.
/// </summary>
public sealed record RulePack
{
    public RulePack(string id, ImmutableArray<Rule> rules)
    {
        Id = string.IsNullOrWhiteSpace(id) ? "unnamed" : id;
        Rules = rules.IsDefault ? [] : rules;
        var duplicate = Rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new DomainException($"rule pack {Id}: rule '{duplicate.Key}' appears more than once");
    }

    public string Id { get; }

    /// <summary>The pack's version, e.g. "2025.1"; empty for a pack written in a problem.</summary>
    public string Version { get; init; } = "";

    /// <summary>The first day the pack applies (inclusive), if it says.</summary>
    public NodaTime.LocalDate? AppliesFrom { get; init; }

    /// <summary>The last day the pack applies (inclusive), if it says.</summary>
    public NodaTime.LocalDate? AppliesTo { get; init; }

    /// <summary>True when the pack applies on <paramref name="date"/>.</summary>
    public bool AppliesOn(NodaTime.LocalDate date) => (AppliesFrom is not { } from || from <= date) && (AppliesTo is not { } to || date <= to);
    public ImmutableArray<Rule> Rules { get; }

    public T? Get<T>() where T : Rule => Rules.OfType<T>().FirstOrDefault();

    public Rule? this[string id] => Rules.FirstOrDefault(r => r.Id == id);

    /// <summary>
    /// The same pack with every hard rule turned soft at <paramref name="hardWeight"/> per unit: the
    /// least-bad roster of an infeasible problem is the optimum of the relaxed one.
    /// </summary>
    public RulePack Relaxed(long hardWeight) =>
        new(Id + "+relaxed", [.. Rules.Select(r => r.Enforcement.IsHard ? r with { Enforcement = Enforcement.Soft(hardWeight) } : r)])
        {
            Version = Version,
            AppliesFrom = AppliesFrom,
            AppliesTo = AppliesTo,
        };
}
