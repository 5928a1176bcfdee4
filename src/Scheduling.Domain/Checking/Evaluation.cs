namespace Scheduling.Domain.Checking;

/// <summary>The rule checker's verdict on a roster: every hard violation and every soft penalty.</summary>
public sealed record Evaluation(ImmutableArray<Violation> Violations)
{
    public IEnumerable<Violation> HardViolations => Violations.Where(v => v.IsHard);

    public int HardViolationCount => Violations.Count(v => v.IsHard);

    public bool IsFeasible => HardViolationCount == 0;

    /// <summary>The roster's total soft penalty: what the solver's objective must equal.</summary>
    public long Penalty => Violations.Where(v => !v.IsHard).Sum(v => v.Penalty);

    /// <summary>Soft penalty per rule id, only rules with a penalty.</summary>
    public ImmutableSortedDictionary<string, long> PenaltyByRule =>
        Violations.Where(v => !v.IsHard && v.Penalty != 0)
            .GroupBy(v => v.RuleId)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Sum(v => v.Penalty), StringComparer.Ordinal);
}
