using Scheduling.Domain.Checking;

namespace Scheduling.Solver;

/// <summary>The model's objective and the rule checker's penalty disagree: a bug in one of them.</summary>
public sealed class SolverCheckerMismatchException : Exception
{
    public SolverCheckerMismatchException(long objective, Evaluation evaluation, IReadOnlyDictionary<string, long>? modelByRule)
        : base($"solver objective {objective} but checker penalty {evaluation.Penalty} with {evaluation.HardViolationCount} hard violations ({string.Join("; ", evaluation.HardViolations.Take(3).Select(v => v.Message))}); checker by rule: {string.Join(", ", evaluation.PenaltyByRule.Select(kv => $"{kv.Key}={kv.Value}"))}; model by rule: {string.Join(", ", (modelByRule ?? new Dictionary<string, long>()).Where(kv => kv.Value != 0).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key}={kv.Value}"))}")
    {
        Evaluation = evaluation;
    }

    public SolverCheckerMismatchException() { }
    public SolverCheckerMismatchException(string message) : base(message) { }
    public SolverCheckerMismatchException(string message, Exception inner) : base(message, inner) { }

    public Evaluation? Evaluation { get; }
}
