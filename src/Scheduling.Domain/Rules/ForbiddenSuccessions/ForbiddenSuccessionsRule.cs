using System.Collections.Immutable;

namespace Scheduling.Domain.Rules;

/// <summary>Explicit forbidden successions of templates on consecutive days. Unit: one occurrence.</summary>
public sealed record ForbiddenSuccessionsRule : Rule
{
    public ForbiddenSuccessionsRule(ImmutableArray<ShiftSuccession> successions, string source = "", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard) =>
        Successions = successions.IsDefault ? [] : successions;

    public ImmutableArray<ShiftSuccession> Successions { get; }
    public override string Id => RuleIds.ForbiddenSuccessions;
    public override string Unit => "forbidden succession";
}
