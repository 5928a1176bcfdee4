namespace Scheduling.Domain.Rules;

/// <summary>
/// Soft: the share of each employee's wish weight that is refused is balanced across employees (DOMAIN.md,
/// objective 4: wishes granted fairly). Per employee with wishes, the refused share in whole percent (rounded
/// down) plus the ledger's carried deficit is charged on an escalating scale: every percent above 0, again every
/// percent above <see cref="StepPercent"/>, again above twice it, … (breakpoints below 100), so refusing one more
/// wish of someone who already lost many costs more than refusing one of someone who lost none.
/// Unit: an escalated percentage point of refused wish weight.
/// </summary>
public sealed record FairWishShareRule : Rule
{
    /// <summary>Per escalated percentage point of refused wish weight (one of three equal wishes refused ≈ 41 points, about two wishes of weight 20).</summary>
    public const long DefaultWeight = 1;

    public FairWishShareRule(long weight, int stepPercent = 25, string source = "")
        : base(source, Enforcement.Soft(weight))
    {
        if (stepPercent is < 1 or > 100) throw new DomainException("fair-wish-share: step must be between 1 and 100 percent");
        StepPercent = stepPercent;
    }

    public int StepPercent { get; }
    public override string Id => RuleIds.FairWishShare;
    public override string Unit => "escalated percentage point of refused wish weight";

    /// <summary>The breakpoints of the escalating scale: 0, step, 2 × step, … below 100.</summary>
    public IEnumerable<int> Breakpoints => Enumerable.Range(0, (99 / StepPercent) + 1).Select(k => k * StepPercent);

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<FairWishShareRule> Definition { get; } = new(
        new RuleDescription(RuleIds.FairWishShare, RuleKind.UnitPolicy, new("rättvis andel beviljade önskemål", "fair share of wishes granted"), new("rättvis fördelning av önskemål", "wishes granted fairly")),
        "weight (1), stepPercent (25)",
        read: i => new FairWishShareRule(i.Weight(DefaultWeight), i.Parameters.Percent("stepPercent", 25)),
        check: rule => new FairWishShareCheck(rule));
}
