using Scheduling.Domain.Checking;

namespace Scheduling.Domain.Rules;

/// <summary>
/// One rule of the engine, whole: its description (id, kind, names and source in Swedish and English, floor), the
/// record type of its instances, how a rule pack's entry is read into one (defaults, parameters, validation),
/// where an instance would loosen the law, and its check. The CP-SAT model of the rule lives in the solver under
/// the same name (<c>Scheduling.Solver/Rules</c>) and shares no code with the check: the check is its referee.
/// Each rule record declares its own as data (<see cref="RuleDefinition{TRule}"/>); listed in <see cref="RuleRegistry"/>.
/// </summary>
public abstract class RuleDefinition
{
    private protected RuleDefinition(RuleDescription description, string parameterDefaults)
    {
        Description = description;
        ParameterDefaults = parameterDefaults;
    }

    public RuleDescription Description { get; }

    public string Id => Description.Id;

    public RuleKind Kind => Description.Kind;

    /// <summary>The record type of this rule's instances (e.g. <see cref="DailyRestRule"/>).</summary>
    public abstract Type RuleType { get; }

    /// <summary>The parameters a pack entry may set, with their defaults, for the README's table.</summary>
    public string ParameterDefaults { get; }

    /// <summary>Reads a pack entry (its enforcement and parameters) into a rule, reporting bad fields to <paramref name="input"/>.</summary>
    internal abstract Rule Read(RuleInput input);

    /// <summary>
    /// Where <paramref name="rule"/> is looser than the law or agreement: each a field of the pack entry
    /// (<c>hard</c>, <c>parameters.minimumRestMinutes</c>, …) and the reason. Empty for unit policy.
    /// </summary>
    internal abstract IEnumerable<(string Field, string Reason)> Loosening(Rule rule);

    internal abstract IRuleCheck Check(Rule rule);
}
