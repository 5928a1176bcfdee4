namespace Scheduling.Domain.Rules;

/// <summary>
/// Whether a rule must hold (hard) or costs <see cref="Weight"/> per unit of harm when broken (soft).
/// A rule's unit is documented on the rule: minutes short, windows lacking rest, runs too short, …
/// </summary>
public readonly record struct Enforcement
{
    private Enforcement(bool isHard, long weight)
    {
        IsHard = isHard;
        Weight = weight;
    }

    public bool IsHard { get; }
    public long Weight { get; }

    public static Enforcement Hard => new(true, 0);

    public static Enforcement Soft(long weight) =>
        weight < 0 ? throw new DomainException("a soft rule's weight must not be negative") : new(false, weight);

    public override string ToString() => IsHard ? "hard" : $"soft ({Weight})";
}
