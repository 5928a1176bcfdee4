using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Municipality;

/// <summary>
/// Plans a problem of several units too big for the whole model (a municipality of ~40 units is ~9 M cells): each unit
/// with its own staff by the single-unit search (<see cref="UnitParts"/>), the parts' rosters joined (every shift at its
/// employee's home unit), then the pool phase (<see cref="UnitMoves"/>) moves shifts to the units that lack them, when the
/// pack has <c>pool-order</c> (resource shifts are that rule's: without it each works at home, as the parts planned).
/// </summary>
/// <remarks>
/// <para>Time: the parts share <see cref="PartsShare"/> of the limit in proportion to their staff (what a part leaves
/// unused goes to the next ones); the pool phase has what is left. Progress is reported once the parts are joined and
/// after each pass of the pool phase that moved a shift.</para>
/// <para>No bound is reported: the parts' bounds are bounds of the parts, each with its own staff at home, not of the
/// joined problem, where staff may work elsewhere (and the budget is the whole's).</para>
/// </remarks>
internal static class MunicipalitySearch
{
    /// <summary>The share of the time limit for planning the units' parts; the rest is the pool phase's.</summary>
    public const double PartsShare = 0.9;

    /// <summary>True when <paramref name="problem"/> is planned by parts: several units, above the whole model's size.</summary>
    public static bool Applies(RosterProblem problem, SolverOptions options) =>
        options.Core == SolverCore.Decomposition && problem.Units.Length > 1 && problem.Employees.Length > 0 && options.ForcedWishes.IsEmpty &&
        (long)problem.Employees.Length * problem.Period.Days * problem.Templates.Length > options.WholeModelCells;

    /// <summary>
    /// The joined and moved roster with its objective (the checker's penalty of the joined roster plus the pool phase's
    /// exact changes), or null when a part found no roster that keeps the hard rules (the caller then searches the whole).
    /// </summary>
    public static MunicipalityOutcome? Run(RosterProblem problem, SolverOptions options, Stopwatch total, IProgress<SolveProgress>? progress, CancellationToken cancellation)
    {
        var parts = UnitParts.Split(problem);
        var staffLeft = parts.Sum(p => p.Part.Employees.Length);
        var joined = new List<Assignment>();
        foreach (var (unit, part) in parts)
        {
            if (cancellation.IsCancellationRequested) return new MunicipalityOutcome(null, null, null, 0, 0, Cancelled: true);
            var left = options.TimeLimit * PartsShare - total.Elapsed;
            var share = left * part.Employees.Length / Math.Max(1, staffLeft);
            if (share < MinimumPart) share = MinimumPart;
            staffLeft -= part.Employees.Length;
            var ids = part.Employees.Select(e => e.Id).ToHashSet();
            var partOptions = options with
            {
                TimeLimit = share,
                // A share shorter than the decomposition's minimum is still the decomposition's: its first roster of a unit comes in
                // a second or two, where the whole model of even a small unit (the pool's 10 staff) can find none in a few seconds.
                DecompositionMinimumTime = share < options.DecompositionMinimumTime ? share : options.DecompositionMinimumTime,
                WholeModelCells = share < options.DecompositionMinimumTime ? 0 : options.WholeModelCells,
                Hint = options.Hint is { } hint ? new Roster([.. hint.Assignments.Where(a => ids.Contains(a.Employee)).Select(a => a with { Unit = null })]) : null,
                ExplainInfeasibility = false,
                RelaxWhenInfeasible = false,
                Log = options.Log is { } log ? line => log($"{unit}: {line}") : null,
            };
            var result = RosterSolver.Solve(part, partOptions, cancellation: cancellation);
            options.Log?.Invoke($"{unit}: {part.Employees.Length} staff, {result.Status}, objective {result.Objective}, {result.TotalTime.TotalSeconds:0.0} of {share.TotalSeconds:0.0} s");
            if (result.Roster is null && result.Status != SolveStatus.Infeasible && !cancellation.IsCancellationRequested)
            {
                // No roster in its share (not proven infeasible): once more with twice the time, before giving up on the parts.
                result = RosterSolver.Solve(part, partOptions with { TimeLimit = share * 2, DecompositionMinimumTime = partOptions.DecompositionMinimumTime * 2 }, cancellation: cancellation);
                options.Log?.Invoke($"{unit}: again, {result.Status}, objective {result.Objective}, {result.TotalTime.TotalSeconds:0.0} of {(share * 2).TotalSeconds:0.0} s");
            }

            if (result.Roster is null)
                return cancellation.IsCancellationRequested ? new MunicipalityOutcome(null, null, null, 0, 0, Cancelled: true) : null;
            joined.AddRange(result.Roster.Assignments.Select(a => a with { Unit = unit }));
        }

        var start = new Roster([.. joined]);
        var evaluation = RuleChecker.Evaluate(problem, start);
        if (!evaluation.IsFeasible)
        {
            options.Log?.Invoke($"municipality: the joined roster breaks {evaluation.Violations.First(v => v.IsHard).RuleId}; the whole model searches instead");
            return null;
        }

        var first = total.Elapsed;
        var solutions = 1;
        progress?.Report(new SolveProgress(evaluation.Penalty, 0, 1, first, solutions));
        var kronor = problem.Rules.Get<BudgetRule>() is not null && problem.Cost?.Budget is not null ? RosterCost.Compute(problem, start).Kronor : 0;
        var moves = new UnitMoves(problem, start, kronor);
        var change = moves.Run(Remaining(options, total), c =>
        {
            solutions++;
            var objective = evaluation.Penalty + c;
            progress?.Report(new SolveProgress(objective, 0, objective == 0 ? 0 : 1, total.Elapsed, solutions));
        }, cancellation);
        options.Log?.Invoke($"pool phase: {moves.Moves} shifts moved to another unit, {evaluation.Penalty} → {evaluation.Penalty + change}, {total.Elapsed.TotalSeconds:0.0} s");
        return new MunicipalityOutcome(moves.Roster(), evaluation.Penalty + change, first, solutions, moves.Moves, cancellation.IsCancellationRequested);
    }

    /// <summary>The least time a part is given, however many parts there are: the single-unit search's first roster, with room under load.</summary>
    private static readonly TimeSpan MinimumPart = TimeSpan.FromSeconds(4);

    private static TimeSpan Remaining(SolverOptions options, Stopwatch total)
    {
        var left = options.TimeLimit - total.Elapsed;
        return left > MinimumPool ? left : MinimumPool;
    }

    /// <summary>The least time the pool phase is given (its passes take a fraction of a second at 40 units).</summary>
    private static readonly TimeSpan MinimumPool = TimeSpan.FromSeconds(2);
}
