using Scheduling.Domain.Cost;

namespace Scheduling.Domain.Rules;

/// <summary>
/// Soft: the roster's cost under the problem's cost model (DOMAIN.md objective 6: low cost within the budget),
/// weighed after the rules, coverage and hours. Only <see cref="Kinds"/> count; by default every kind but base
/// pay, which a monthly-paid employee earns for the contracted hours whatever the roster, and whose hours the
/// hours rules govern. Unit: a whole krona of a cost line (each line rounded per unit, öre half up).
/// </summary>
public sealed record CostRule : Rule
{
    public static readonly ImmutableArray<CostKind> DefaultKinds =
        [CostKind.UnsocialHours, CostKind.AdditionalHours, CostKind.Overtime, CostKind.Substitutes];

    public CostRule(long weight = 1, ImmutableArray<CostKind> kinds = default, string source = "")
        : base(source, Enforcement.Soft(weight)) =>
        Kinds = kinds.IsDefault ? DefaultKinds : [.. kinds.Distinct().Order()];

    public ImmutableArray<CostKind> Kinds { get; }
    public override string Id => RuleIds.Cost;
    public override string Unit => "krona of cost";

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<CostRule> Definition { get; } = new(
        new RuleDescription(RuleIds.Cost, RuleKind.UnitPolicy, new("kostnad", "cost"), new("ekonomi i balans", "a balanced budget (ekonomi i balans)")),
        "weight (1), kinds ([UNSOCIAL_HOURS, ADDITIONAL_HOURS, OVERTIME, SUBSTITUTES])",
        read: i => new CostRule(i.Weight(1), i.Parameters.CostKinds("kinds")),
        check: rule => new CostCheck(rule));
}
