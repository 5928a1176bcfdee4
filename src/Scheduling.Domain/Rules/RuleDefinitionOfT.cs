using Scheduling.Domain.Checking;

namespace Scheduling.Domain.Rules;

/// <summary>
/// A <see cref="RuleDefinition"/> for the rule record <typeparamref name="TRule"/>, given as data where the record is
/// declared (its static <c>Definition</c>): what a person reads about it, its parameters with their defaults, how a pack
/// entry is read into one, its check, and for a law or agreement rule the limits a unit's pack may not pass.
/// </summary>
public sealed class RuleDefinition<TRule> : RuleDefinition where TRule : Rule
{
    private readonly Func<RuleInput, TRule> read;
    private readonly Func<TRule, IRuleCheck> check;
    private readonly ImmutableArray<RuleLimit<TRule>> limits;

    /// <param name="description">Id, kind, names and source; a floor for a law or agreement rule that a pack may not loosen.</param>
    /// <param name="parameterDefaults">The parameters a pack entry may set, with their defaults, for the README's table.</param>
    /// <param name="read">Reads a pack entry into a rule, reporting bad fields to the input.</param>
    /// <param name="check">The rule's check (one violation per place it is broken).</param>
    /// <param name="limits">The law's or agreement's limits on parameters; a rule with a floor must also stay hard.</param>
    internal RuleDefinition(RuleDescription description, string parameterDefaults, Func<RuleInput, TRule> read, Func<TRule, IRuleCheck> check,
        ImmutableArray<RuleLimit<TRule>> limits = default)
        : base(description, parameterDefaults)
    {
        if (!limits.IsDefaultOrEmpty && description.Floor is null)
            throw new DomainException($"{description.Id}: only a rule with a floor (law or agreement) has limits a pack may not pass");
        this.read = read;
        this.check = check;
        this.limits = limits.IsDefault ? [] : limits;
    }

    public override Type RuleType => typeof(TRule);

    internal override Rule Read(RuleInput input) => read(input);

    /// <summary>Unit policy has no floor; a rule with one is loosened when made soft or when a parameter passes a limit.</summary>
    internal override IEnumerable<(string Field, string Reason)> Loosening(Rule rule)
    {
        if (Description.Floor is null) yield break;
        var instance = (TRule)rule;
        if (!instance.Enforcement.IsHard)
            yield return ("hard", $"{Id} is {(Kind == RuleKind.Law ? "law" : "agreed")} ({Description.Source.English}): a unit's pack may not make it soft");
        foreach (var limit in limits.Where(l => l.IsPassed(instance)))
            yield return ($"parameters.{limit.Parameter}", limit.Reason);
    }

    internal override IRuleCheck Check(Rule rule) => check((TRule)rule);
}
