using Scheduling.Domain.Checking;

namespace Scheduling.Domain.Rules;

/// <summary>A <see cref="RuleDefinition"/> for the rule record <typeparamref name="TRule"/>: the compiler asks for each part.</summary>
public abstract class RuleDefinition<TRule> : RuleDefinition where TRule : Rule
{
    /// <summary>A rule's definition from its data: what a person reads about it and its parameters with their defaults.</summary>
    private protected RuleDefinition(RuleDescription description, string parameterDefaults)
        : base(description, parameterDefaults)
    {
    }

    public sealed override Type RuleType => typeof(TRule);

    internal sealed override Rule Read(RuleInput input) => ReadRule(input);

    internal sealed override IEnumerable<(string Field, string Reason)> Loosening(Rule rule) => Loosening((TRule)rule);

    internal sealed override IRuleCheck Check(Rule rule) => Check((TRule)rule);

    private protected abstract TRule ReadRule(RuleInput input);

    /// <summary>Unit policy has no floor; a law or agreement rule names where an instance goes below it.</summary>
    private protected virtual IEnumerable<(string Field, string Reason)> Loosening(TRule rule) => [];

    private protected abstract IRuleCheck Check(TRule rule);

    /// <summary>One law or agreement limit on a parameter: its field and <paramref name="reason"/> when the rule's value is <paramref name="past"/> it.</summary>
    private protected static IEnumerable<(string Field, string Reason)> Limit(string parameter, bool past, string reason) =>
        past ? [($"parameters.{parameter}", reason)] : [];

    /// <summary>The usual floor check: a law or agreement rule made soft loosens it.</summary>
    private protected static IEnumerable<(string Field, string Reason)> MustBeHard(TRule rule, RuleDescription description)
    {
        if (!rule.Enforcement.IsHard)
            yield return ("hard", $"{description.Id} is {(description.Kind == RuleKind.Law ? "law" : "agreed")} ({description.Source.English}): a unit's pack may not make it soft");
    }
}
