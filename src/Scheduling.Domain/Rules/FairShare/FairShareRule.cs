using Scheduling.Domain.Fairness;

namespace Scheduling.Domain.Rules;

/// <summary>
/// Soft: a burden (nights, weekends, holidays) is spread by fair share. Among the employees who share it (see
/// <see cref="FairShareBasis"/>) with weights w and total W, and the ledger's carried over-share c (hundredths),
/// employee e's deviation in hundredths is |W·(100·n_e + c_e) − w_e·(100·N + C)| ÷ W rounded down, where n_e is
/// what e works of the burden and N, C the sums over the sharers: the cumulative count against the cumulative
/// fair share. Each hundredth beyond <see cref="ToleranceHundredths"/> costs the weight.
/// Unit: a hundredth of a shift (weekend) beyond the tolerance.
/// </summary>
public abstract record FairShareRule : Rule
{
    /// <summary>Per hundredth beyond the tolerance, so 100 per shift (weekend) beyond it.</summary>
    public const long DefaultWeight = 1;

    /// <summary>Deviation from the fair share that costs nothing: one shift (weekend) either side, in hundredths.</summary>
    public const long DefaultTolerance = 100;

    protected FairShareRule(long weight, long toleranceHundredths, string source)
        : base(source, Enforcement.Soft(weight))
    {
        if (toleranceHundredths < 0) throw new DomainException("a fair-share rule's tolerance must not be negative");
        ToleranceHundredths = toleranceHundredths;
    }

    /// <summary>Deviation from the fair share that costs nothing, in hundredths (100: one shift either side).</summary>
    public long ToleranceHundredths { get; }

    public abstract FairBurden Burden { get; }

    /// <summary>The parameters every fair-share rule reads from a pack, with their defaults, for the README's table.</summary>
    private protected static readonly string ShareParameters = $"weight ({DefaultWeight}), toleranceHundredths ({DefaultTolerance})";

    /// <summary>Reads a fair-share rule's pack entry: <paramref name="create"/> is given its weight and tolerance, each with its default.</summary>
    private protected static TRule ReadShare<TRule>(RuleInput i, Func<long, long, TRule> create) =>
        create(i.Weight(DefaultWeight), i.Parameters.Int("toleranceHundredths") ?? DefaultTolerance);
}
