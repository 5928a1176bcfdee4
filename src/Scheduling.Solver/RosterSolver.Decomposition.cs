using Google.OrTools.Sat;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Solver.Decomposition;

namespace Scheduling.Solver;

/// <summary>The decomposition phase of a solve (<see cref="SolverCore.Decomposition"/>): what runs before the whole-model search.</summary>
public static partial class RosterSolver
{
    /// <summary>The share of the time limit between two restricted masters while the columns come.</summary>
    private const double IntegerEvery = 0.1;

    /// <summary>The most the first restricted master may take: a first roster soon on a long solve.</summary>
    private static readonly TimeSpan FirstIntegerLimit = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// What the decomposition hands on: its best roster with the full model's objective on it (a start for the
    /// search), its proven bound, when its first roster came and how many improving rosters it reported, and the
    /// full model it built to score them, which the search that follows reuses.
    /// </summary>
    private sealed record Decomposed(Roster? Roster, long? Objective, long? Bound, TimeSpan? First, int Solutions, ModelContext? Context, TimeSpan Build)
    {
        /// <summary>The later search's attempt with the decomposition's bound and first roster folded in.</summary>
        public Attempt Merge(Attempt attempt)
        {
            // The search after it found nothing (its model took the time left to build): the decomposition's roster stands.
            if (attempt.Objective is not { } objective) return AsAttempt(attempt.Cancelled) ?? attempt;
            var bound = Math.Min(objective, Math.Max(attempt.Bound ?? 0, Bound ?? 0));
            return attempt with
            {
                Bound = bound,
                First = First ?? attempt.First,
                Solutions = attempt.Solutions + Solutions,
                Status = bound == objective && attempt.Status == CpSolverStatus.Feasible ? CpSolverStatus.Optimal : attempt.Status,
            };
        }

        /// <summary>The decomposition's own roster as the result, when the search after it did not run (cancelled).</summary>
        public Attempt? AsAttempt(bool cancelled) => Roster is null
            ? null
            : new Attempt(CpSolverStatus.Feasible, Roster, Objective, Math.Min(Objective ?? 0, Bound ?? 0), Build, First, Solutions, cancelled, null);
    }

    /// <summary>
    /// Column generation for a proven bound and columns; an integer roster from the columns after its first round
    /// (the first roster, in seconds) and again at its end; each scored by the rule checker (the full model, which
    /// takes seconds to build on a large unit, is built by the search that follows and scores the roster again there);
    /// then people re-planned one small group at a time. The rest of the time goes to the search from the best of them.
    /// Null where the decomposition does not apply or found no roster (the baseline's search then has the time).
    /// </summary>
    private static Decomposed? Decompose(RosterProblem problem, SolverOptions options, Stopwatch total, IProgress<SolveProgress>? progress, CancellationToken cancellation) =>
        DecompositionApplies(problem, options, cancellation) ? new DecompositionRun(problem, options, total, progress, cancellation).Run() : null;

    private static bool DecompositionApplies(RosterProblem problem, SolverOptions options, CancellationToken cancellation) =>
        // Pricing a wish holds it by force in the full model only: a short warm-started re-solve, the baseline's work.
        problem.Employees.Length > 0 && !cancellation.IsCancellationRequested && options.ForcedWishes.IsEmpty &&
        // The decomposition's schedules choose among templates, not (template, unit) alternatives: several units are the
        // full model's. One unit's alternatives are its templates, and its rosters are scored by the checker as any.
        problem.Units.Length <= 1 &&
        (long)problem.Employees.Length * problem.Period.Days * problem.Templates.Length > options.WholeModelCells &&
        options.TimeLimit >= options.DecompositionMinimumTime;

    /// <summary>One decomposition: its steps, and the best roster it has found so far.</summary>
    private sealed class DecompositionRun(RosterProblem problem, SolverOptions options, Stopwatch total, IProgress<SolveProgress>? progress, CancellationToken cancellation)
    {
        private Roster? best;
        private long? objective;
        private TimeSpan? first;
        private int count;

        public Decomposed? Run()
        {
            // Without a roster by half the time limit (a first round too slow for the unit), the decomposition gives way
            // to the baseline's search for the time left, which then keeps only its own bound. The constructor (cover rows,
            // a program per employee: seconds on a year-long unit) is cut short by it too.
            using var giveUp = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            using var watch = new Timer(_ => { if (best is null) giveUp.Cancel(); }, null, options.TimeLimit / 2 - total.Elapsed is { Ticks: > 0 } half ? half : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            if (Start(giveUp.Token) is not { } generation) return null;

            GenerateColumns(generation, giveUp.Token);
            if (best is null && !cancellation.IsCancellationRequested)
            {
                options.Log?.Invoke($"decomposition: no roster by {total.Elapsed.TotalSeconds:0.0} s, the baseline search takes over");
                return null;
            }

            if (!cancellation.IsCancellationRequested) Integer(generation, (options.TimeLimit - total.Elapsed) * options.RestrictedMasterShare);
            if (!cancellation.IsCancellationRequested) Replan(generation);
            return new Decomposed(objective is null ? null : best, objective, generation.Bound, first, count, null, TimeSpan.Zero);
        }

        /// <summary>The cover rows and a program per employee, seeded with the warm start; null when not built in time or nothing to cover.</summary>
        private ColumnGeneration? Start(CancellationToken giveUp)
        {
            ColumnGeneration generation;
            try
            {
                generation = new ColumnGeneration(problem, Environment.ProcessorCount, giveUp, options.Log);
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                options.Log?.Invoke($"decomposition: not built by {total.Elapsed.TotalSeconds:0.0} s, the baseline search takes over");
                return null;
            }

            if (generation.Rows.Rows.Count == 0) return null;
            if (options.Hint is { } warm) generation.Seed(warm);
            return generation;
        }

        /// <summary>Column generation rounds for its share of the time, with an integer roster from the columns now and then.</summary>
        private void GenerateColumns(ColumnGeneration generation, CancellationToken giveUp)
        {
            var budget = options.TimeLimit * options.GenerationShare;
            var lastInteger = TimeSpan.Zero;
            generation.Run(budget - total.Elapsed, options.Seed, g =>
            {
                options.Log?.Invoke($"column generation round {g.Rounds}: master {g.MasterValue:0.##}, bound {g.Bound} (relaxation {g.RelaxationBound}), {g.Pool.Sum(p => p.Count)} columns, {total.Elapsed.TotalSeconds:0.0} s");
                // A roster from the columns: the first within seconds, then better ones as columns come (not after every
                // quick round: those come many a second).
                if (best is not null && total.Elapsed - lastInteger < options.TimeLimit * IntegerEvery) return;
                // The first roster is wanted soon, whatever the limit: its master gets a short time (it is improved later).
                Integer(g, best is null ? TimeSpan.FromTicks(Math.Min((options.TimeLimit * 0.05).Ticks, FirstIntegerLimit.Ticks)) : options.TimeLimit * 0.05);
                lastInteger = total.Elapsed;
            }, giveUp);
        }

        /// <summary>The restricted master: the best roster from the columns so far, kept when the checker scores it better.</summary>
        private void Integer(ColumnGeneration generation, TimeSpan limit)
        {
            if (RestrictedMaster.Solve(problem, generation, generation.Start, options, limit, cancellation) is not { } outcome) return;
            if (RuleChecker.Evaluate(problem, outcome.Roster) is not { IsFeasible: true } evaluation || evaluation.Penalty >= objective) return;
            var score = evaluation.Penalty;
            (best, objective) = (outcome.Roster, score);
            generation.Start = outcome.Chosen;
            first ??= total.Elapsed;
            Improved(score, generation);
            options.Log?.Invoke($"restricted master: {(outcome.Optimal ? "optimal" : "feasible")}, objective {score}, bound {generation.Bound}, {total.Elapsed.TotalSeconds:0.0} s");
        }

        /// <summary>People re-planned a few at a time against everyone else's shifts, for its share of the time left.</summary>
        private void Replan(ColumnGeneration generation)
        {
            if (best is not { } roster || objective is not { } value) return;
            var replan = new ReplanPeople(problem, generation.Rows, generation.Programs, options,
                // A roster that breaks a hard rule is never better, whatever its penalty.
                s => RuleChecker.Evaluate(problem, Schedules.ToRoster(problem, s)) is { IsFeasible: true } evaluation ? evaluation.Penalty : long.MaxValue);
            var replanBudget = (options.TimeLimit - total.Elapsed) * options.ReplanShare;
            // When the whole model could not be built in what re-planning leaves (a year-long unit), re-planning takes
            // all of the time but a second for the final check.
            if (EstimatedBuild(problem) > options.TimeLimit - total.Elapsed - replanBudget)
                replanBudget = options.TimeLimit - total.Elapsed - TimeSpan.FromSeconds(1);
            var outcome = replan.Run(Schedules.Of(problem, roster), value, replanBudget, (_, better) => Improved(better, generation), cancellation);
            options.Log?.Invoke($"re-planning people: {outcome.Rounds} rounds ({outcome.Sweeps} sweeps), {outcome.Improvements} improvements ({outcome.SweepImprovements} by sweeps), {value} → {outcome.Penalty}, {total.Elapsed.TotalSeconds:0.0} s");
            if (outcome.Penalty < value) (best, objective) = (Schedules.ToRoster(problem, outcome.Schedules), outcome.Penalty);
        }

        /// <summary>Counts and reports a better roster, against the decomposition's bound so far.</summary>
        private void Improved(long score, ColumnGeneration generation)
        {
            count++;
            var bound = Math.Min(score, generation.Bound ?? 0);
            progress?.Report(new SolveProgress(score, bound, (score - bound) / Math.Max(1.0, Math.Abs((double)score)), total.Elapsed, count));
        }
    }
}
