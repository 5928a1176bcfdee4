using Google.OrTools.Sat;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;
using Scheduling.Solver.Decomposition;
using Scheduling.Solver.Municipality;

namespace Scheduling.Solver;

/// <summary>
/// Solves a roster problem with CP-SAT. Every roster it returns has been re-checked by the independent
/// <see cref="RuleChecker"/>; if the model's objective and the checker's penalty differ, that is a bug
/// and <see cref="SolverCheckerMismatchException"/> says so.
/// </summary>
public static partial class RosterSolver
{
    public static SolveResult Solve(RosterProblem problem, SolverOptions options, IProgress<SolveProgress>? progress = null, CancellationToken cancellation = default)
    {
        options.Validate();
        var total = Stopwatch.StartNew();
        // Without a watcher nothing is reported, and the phases skip working out what they would report.
        var improving = progress is null ? null : new ImprovingProgress(progress);
        try
        {
            var result = Search(problem, options, total, improving, cancellation);
            return improving is null ? result : result with { SolutionCount = improving.Counted(result) };
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Cancelled while a model was being built: nothing was found yet.
            return new SolveResult { Status = SolveStatus.Unknown, Cancelled = true, TotalTime = total.Elapsed };
        }
    }

    private static SolveResult Search(RosterProblem problem, SolverOptions options, Stopwatch total, IProgress<SolveProgress>? progress, CancellationToken cancellation)
    {
        // The whole solve ends by the limit and a small grace, whatever each phase's own floor of time would give it.
        options = options with { EndsAt = Stopwatch.GetTimestamp() + (long)((options.TimeLimit - total.Elapsed + Grace(options.TimeLimit)).TotalSeconds * Stopwatch.Frequency) };
        // A municipality too big for the whole model: its units planned apart, then the pool phase (Municipality/).
        if (MunicipalitySearch.Applies(problem, options) && MunicipalitySearch.Run(problem, options, total, progress, cancellation) is { } municipality)
        {
            var found = municipality.Roster is null ? CpSolverStatus.Unknown : CpSolverStatus.Feasible;
            return Finish(problem, problem, new Attempt(found, municipality.Roster, municipality.Objective, null, TimeSpan.Zero, municipality.First,
                municipality.Solutions, municipality.Cancelled, null), total, isRelaxed: false, conflicts: []);
        }

        var decomposed = options.Core == SolverCore.Decomposition ? Decompose(problem, options, total, progress, cancellation) : null;
        if (cancellation.IsCancellationRequested && decomposed?.AsAttempt(cancelled: true) is { } stopped)
            return Finish(problem, problem, stopped, total, isRelaxed: false, conflicts: []);
        if (decomposed?.Roster is not null && (Left(options) < MinimumSearchTime || Left(options) < EstimatedBuild(problem)) && decomposed.AsAttempt(cancelled: false) is { } alone)
        {
            // No time left for the search from the decomposition's roster (a year-long unit): its roster is the result.
            options.Log?.Invoke($"whole-model search skipped: {Left(options).TotalSeconds:0.0} s left, its build would take about {EstimatedBuild(problem).TotalSeconds:0.0} s, {total.Elapsed.TotalSeconds:0.0} s");
            return Finish(problem, problem, alone, total, isRelaxed: false, conflicts: []);
        }

        var searchOptions = decomposed?.Roster is { } start
            ? options with
            {
                Hint = start, FeasibilityShare = 0, ProvenBound = decomposed.Bound, TimeLimit = Remaining(options, total),
                HintIsStart = true,
            }
            // Several units are the full model's, which can take longer than the limit to find a first roster of a
            // municipality: a warm start (e.g. the units planned alone) is where its neighbourhood search starts.
            : options with { TimeLimit = Remaining(options, total), HintIsStart = problem.Units.Length > 1 && options.Hint is not null };
        var attempt = FeasibilityFirst(problem, searchOptions, cancellation, out var hint)
            ?? Run(problem, searchOptions with { Hint = hint, TimeLimit = Remaining(options, total) }, total, progress, cancellation, decomposed?.Context);
        if (decomposed is not null) attempt = decomposed.Merge(attempt);
        if (attempt.Status != CpSolverStatus.Infeasible || cancellation.IsCancellationRequested)
            return Finish(problem, problem, attempt, total, isRelaxed: false, conflicts: []);

        var conflicts = options.ExplainInfeasibility ? Explain(problem, options, cancellation) : [];
        if (!options.RelaxWhenInfeasible)
            return Finish(problem, problem, attempt, total, isRelaxed: false, conflicts);

        var relaxed = problem.Relaxed(options.HardPenalty);
        // Explaining and relaxing have their own floors of time (a least-bad roster is wanted even past the limit).
        var relaxedAttempt = Run(relaxed, options with { TimeLimit = Remaining(options with { EndsAt = null }, total, floor: 0.25), EndsAt = null }, total, progress, cancellation);
        var result = Finish(problem, relaxed, relaxedAttempt, total, isRelaxed: true, conflicts);
        return result with { Status = SolveStatus.Infeasible };
    }

    /// <summary>
    /// The feasibility phase: the hard rules alone, no objective, stop at the first roster. Returns the
    /// attempt when it settles the matter (infeasible), else null with the roster to start from, if any.
    /// A warm start guides this phase too: a re-solve's reference roster may break a hard rule (a change by
    /// hand, a new pin), and the whole model can take longer than the time limit to repair it on its own;
    /// the first hard-feasible roster CP-SAT finds can be far from the warm start, so this phase looks for the
    /// nearest one, and the whole model starts from there.
    /// </summary>
    private static Attempt? FeasibilityFirst(RosterProblem problem, SolverOptions options, CancellationToken cancellation, out Roster? hint)
    {
        hint = options.Hint;
        var hard = problem.Rules.Rules.Where(r => r.Enforcement.IsHard).ToImmutableArray();
        if (options.FeasibilityShare <= 0 || hard.Length == problem.Rules.Rules.Length) return null;
        // From a warm start, the nearest roster that keeps the hard rules (fewest changed days), not just any.
        var rules = hint is null ? hard : [.. hard, new StabilityRule(1, hint)];
        var feasibility = Run(problem.WithRules(new RulePack(problem.Rules.Id + "+hard", rules)),
            options with { TimeLimit = options.TimeLimit * options.FeasibilityShare, StopAfterFirstSolution = hint is null }, Stopwatch.StartNew(), null, cancellation);
        if (feasibility.Status == CpSolverStatus.Infeasible) return feasibility;
        hint = feasibility.Roster ?? hint;
        return null;
    }

    /// <summary>
    /// A proven lower bound of the objective of every roster of <paramref name="problem"/> that keeps its hard rules,
    /// from the decomposition alone (the compact relaxation, then column generation rounds within the time limit);
    /// null when none was found in time (or the problem has no cover to decompose).
    /// </summary>
    public static long? LowerBound(RosterProblem problem, SolverOptions options, CancellationToken cancellation = default)
    {
        options.Validate();
        if (problem.Employees.Length == 0 || problem.Units.Length > 1) return null;
        var generation = new ColumnGeneration(problem, Environment.ProcessorCount, cancellation);
        if (generation.Rows.Rows.Count == 0) return null;
        var clock = Stopwatch.StartNew();
        generation.Relax(options.TimeLimit / 2, cancellation);
        generation.Run(options.TimeLimit - clock.Elapsed, options.Seed, null, cancellation);
        return generation.Bound;
    }

    private static TimeSpan Remaining(SolverOptions options, Stopwatch total, double floor = 0.1)
    {
        var left = options.TimeLimit - total.Elapsed;
        var minimum = options.TimeLimit * floor;
        left = left > minimum ? left : minimum;
        // A floor of time never takes the solve past its end.
        return options.EndsAt is null || left < Left(options) ? left : Left(options) is { Ticks: > 0 } until ? until : TimeSpan.FromMilliseconds(1);
    }

    /// <summary>The time left until the solve's end (<see cref="SolverOptions.EndsAt"/>); the whole limit without one.</summary>
    private static TimeSpan Left(SolverOptions options) =>
        options.EndsAt is { } end ? TimeSpan.FromSeconds((end - Stopwatch.GetTimestamp()) / (double)Stopwatch.Frequency) : options.TimeLimit;

    /// <summary>
    /// How far past its limit a solve may end: 5 % of it, between 1 and 5 s; and a short limit still lets the whole model
    /// be built for <see cref="MinimumBuildTime"/> (a unit on a busy machine gets a roster a little late rather than none).
    /// </summary>
    internal static TimeSpan Grace(TimeSpan limit)
    {
        var grace = TimeSpan.FromTicks(Math.Clamp((long)(limit.Ticks * 0.05), TimeSpan.TicksPerSecond, 5 * TimeSpan.TicksPerSecond));
        return MinimumBuildTime - limit > grace ? MinimumBuildTime - limit : grace;
    }

    /// <summary>
    /// About how long the whole model takes to build: measured on the shared 2-core machine, Instance24's 1.75 million
    /// employee × day × template cells in 21.5 s and Instance22's 182 000 in 4.0 s, so about 12 µs a cell.
    /// </summary>
    private static TimeSpan EstimatedBuild(RosterProblem problem) =>
        TimeSpan.FromTicks((long)problem.Employees.Length * problem.Period.Days * problem.Templates.Length * BuildTicksPerCell);

    private const long BuildTicksPerCell = 120;

    /// <summary>Less time than this left after the decomposition, and the whole-model search from its roster is not started.</summary>
    private static readonly TimeSpan MinimumSearchTime = TimeSpan.FromSeconds(1);

    private sealed record Attempt(CpSolverStatus Status, Roster? Roster, long? Objective, long? Bound, TimeSpan Build, TimeSpan? First, int Solutions, bool Cancelled, Dictionary<string, long>? PenaltyByRule);

    private static Attempt Run(RosterProblem problem, SolverOptions options, Stopwatch since, IProgress<SolveProgress>? progress, CancellationToken cancellation, ModelContext? built = null)
    {
        var build = Stopwatch.StartNew();
        if ((built ?? BuildWithinLimit(problem, options, cancellation)) is not { } context)
            return new Attempt(CpSolverStatus.Unknown, null, null, null, build.Elapsed, null, 0, false, null);

        Force(context, options.ForcedWishes);
        AddHint(context, options.Hint);
        build.Stop();
        options = AfterBuild(options, build.Elapsed);

        var search = Stopwatch.StartNew();
        var useLns = options.NeighbourhoodShare > 0 && !options.StopAfterFirstSolution && context.HasObjective;
        var lns = new LargeNeighbourhoodSearch(context, options);
        var whole = SearchWholeModel(context, options, useLns, since, progress, cancellation);
        if (StartingRoster(context, options, whole, lns, useLns, since, progress, cancellation) is not { } start)
            return new Attempt(whole.Status, null, null, null, build.Elapsed, whole.First, whole.Count, cancellation.IsCancellationRequested, null);

        var bound = context.HasObjective ? Math.Min(start.Objective, Math.Max(options.ProvenBound ?? 0, whole.Bound)) : 0;
        var first = whole.First ?? since.Elapsed;
        var best = useLns && start.Status == CpSolverStatus.Feasible
            ? Improve(lns, start, bound, options.TimeLimit - search.Elapsed, options, since, progress, cancellation)
            : start;
        return new Attempt(best.Status, ToRoster(context, best.Values), best.Objective, bound, build.Elapsed, first, best.Count, cancellation.IsCancellationRequested, best.ByRule);
    }

    /// <summary>
    /// What the whole-model search left: its status; the values of its roster and its objective by rule when it found
    /// one; its proven bound (0 when it did not run or has no objective); its solutions and when it found the first.
    /// </summary>
    private sealed record WholeSearch(CpSolverStatus Status, bool[,,]? Values, Dictionary<string, long>? ByRule, long Bound, int Count, TimeSpan? First);

    /// <summary>
    /// A roster in the model's values with its objective (by rule when CP-SAT's own values gave it), its status, and
    /// the solutions counted so far.
    /// </summary>
    private sealed record Incumbent(CpSolverStatus Status, bool[,,] Values, long Objective, Dictionary<string, long>? ByRule, int Count);

    /// <summary>
    /// The whole model, within what is left of the limit but at least <see cref="MinimumBuildTime"/>; null (and
    /// logged) when it was not built in time, or would not be.
    /// </summary>
    private static ModelContext? BuildWithinLimit(RosterProblem problem, SolverOptions options, CancellationToken cancellation)
    {
        var buildLimit = options.TimeLimit > MinimumBuildTime ? options.TimeLimit : MinimumBuildTime;
        if (Left(options) < buildLimit) buildLimit = Left(options);
        // A model that would take longer to build than it may is not started: its rule families stop a build only
        // between them, and one family of a year-long unit takes many seconds.
        if (options.EndsAt is not null && EstimatedBuild(problem) > buildLimit) buildLimit = TimeSpan.Zero;
        if ((buildLimit > TimeSpan.Zero ? BuildWithin(problem, buildLimit, cancellation) : null) is { } context) return context;
        // The model alone took the whole limit (a year-long instance on a busy machine): nothing found, in time.
        options.Log?.Invoke($"whole model: not built within {buildLimit.TotalSeconds:0.0} s, search skipped");
        return null;
    }

    /// <summary>Building counts against the limit: a large model's seconds must not hold the worker past it.</summary>
    private static SolverOptions AfterBuild(SolverOptions options, TimeSpan build)
    {
        options = options with { TimeLimit = options.TimeLimit - build > options.TimeLimit * 0.1 ? options.TimeLimit - build : options.TimeLimit * 0.1 };
        if (options.EndsAt is not null && Left(options) < options.TimeLimit)
            options = options with { TimeLimit = Left(options) > TimeSpan.FromMilliseconds(100) ? Left(options) : TimeSpan.FromMilliseconds(100) };
        return options;
    }

    /// <summary>
    /// CP-SAT on the whole model. With the neighbourhood search to follow, it gets its share of the time, then the
    /// neighbourhood search takes over from its best roster; without a roster at the end of the share it goes on (to
    /// the full limit) until it finds one. A warm start that is where the search starts skips it.
    /// </summary>
    private static WholeSearch SearchWholeModel(ModelContext context, SolverOptions options, bool useLns, Stopwatch since, IProgress<SolveProgress>? progress, CancellationToken cancellation)
    {
        var share = useLns ? options.TimeLimit * (1 - options.NeighbourhoodShare) : (TimeSpan?)null;
        using var solver = new CpSolver { StringParameters = Parameters(options) };
        if (options.Log is { } log) solver.SetLogCallback(line => log(line));
        var callback = new ProgressCallback(progress, context, since, share, options.ProvenBound ?? 0);
        var skipped = cancellation.IsCancellationRequested || (options.HintIsStart && options.Hint is not null && useLns) || TooLargeToStart(context, options);
        CpSolverStatus status;
        using (cancellation.Register(solver.StopSearch))
        using (share is { } end ? new Timer(_ => { if (callback.Count > 0) solver.StopSearch(); }, null, end, Timeout.InfiniteTimeSpan) : null)
            status = skipped ? CpSolverStatus.Unknown : solver.Solve(context.Model, callback);
        // A solver that never ran has no response to read a bound from.
        var bound = !skipped && context.HasObjective ? (long)Math.Ceiling(solver.BestObjectiveBound - 1e-6) : 0;
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            return new WholeSearch(status, null, null, bound, callback.Count, callback.FirstSolution);

        // The objective is the model's own objective expression evaluated on the returned solution. CP-SAT's reported
        // objective value can differ from it (measured here: higher than the returned solution's, with and without a
        // warm start; presolve relaxes the exact penalty definitions), so it is not trusted for the roster it comes with.
        var byRule = context.ObjectiveTerms.GroupBy(t => t.Rule).ToDictionary(g => g.Key, g => g.Sum(t => t.Weight * solver.Value(t.Expr)));
        return new WholeSearch(status, Values(context, solver), byRule, bound, callback.Count, callback.FirstSolution);
    }

    /// <summary>Whether CP-SAT would not get through loading and presolving the model in the time left (<see cref="CpSatStart"/>).</summary>
    private static bool TooLargeToStart(ModelContext context, SolverOptions options)
    {
        if (options.EndsAt is null) return false;
        var start = CpSatStart.Estimate(context.Model.Model);
        if (start <= Left(options)) return false;
        options.Log?.Invoke($"whole model: CP-SAT not started, its load and presolve would take about {start.TotalSeconds:0.0} s of {Left(options).TotalSeconds:0.0} s left");
        return true;
    }

    /// <summary>
    /// The roster the result starts from: the whole model's, or the warm start where that scores better; where the
    /// whole model found nothing in its share (large models) but the warm start is a roster, the warm start, to be
    /// improved by neighbourhoods instead of giving up. Null when there is neither.
    /// </summary>
    private static Incumbent? StartingRoster(ModelContext context, SolverOptions options, WholeSearch whole, LargeNeighbourhoodSearch lns, bool useLns, Stopwatch since, IProgress<SolveProgress>? progress, CancellationToken cancellation)
    {
        var scoring = TimeSpan.FromSeconds(Math.Max(1, options.TimeLimit.TotalSeconds / 20));
        if (whole is { Values: { } values, ByRule: { } byRule })
        {
            var objective = byRule.Values.Sum();
            // CP-SAT does not always start from a hint, and its share can end on worse rosters: a warm start that is
            // itself a better roster is where the neighbourhood search goes on from.
            if (useLns && options.Hint is { } start && !cancellation.IsCancellationRequested &&
                HintValues(context, start) is var startValues && lns.Score(startValues, scoring, cancellation) is { } startScore && startScore < objective)
                return new Incumbent(whole.Status, startValues, startScore, null, whole.Count);
            return new Incumbent(whole.Status, values, objective, byRule, whole.Count);
        }

        if (!useLns || whole.Status != CpSolverStatus.Unknown || options.Hint is not { } hint || cancellation.IsCancellationRequested)
            return null;
        var hintValues = HintValues(context, hint);
        if (lns.Score(hintValues, scoring, cancellation) is not { } score) return null;
        var known = Math.Min(score, options.ProvenBound ?? 0);
        progress?.Report(new SolveProgress(score, known, (score - known) / Math.Max(1.0, Math.Abs((double)score)), since.Elapsed, whole.Count + 1));
        return new Incumbent(CpSolverStatus.Feasible, hintValues, score, null, whole.Count + 1);
    }

    /// <summary>The neighbourhood search from <paramref name="start"/> for the time <paramref name="left"/>: the better of the two.</summary>
    private static Incumbent Improve(LargeNeighbourhoodSearch lns, Incumbent start, long bound, TimeSpan left, SolverOptions options, Stopwatch since, IProgress<SolveProgress>? progress, CancellationToken cancellation)
    {
        if (left <= TimeSpan.FromSeconds(0.5) || cancellation.IsCancellationRequested) return start;
        var count = start.Count;
        var outcome = lns.Run(start.Values, start.Objective, left, (better, _) =>
        {
            count++;
            progress?.Report(new SolveProgress(better, bound, (better - bound) / Math.Max(1.0, Math.Abs((double)better)), since.Elapsed, count));
        }, cancellation);
        options.Log?.Invoke($"neighbourhood search: {outcome.Iterations} sub-problems, {outcome.Improvements} improvements, {start.Objective} → {outcome.Objective}");
        return outcome.Objective < start.Objective
            ? new Incumbent(start.Status, outcome.Incumbent, outcome.Objective, null, count)
            : start with { Count = count };
    }

    /// <summary>
    /// A short limit still lets the model be built this long: a unit whose model takes a few seconds on a busy machine
    /// gets a roster a little late rather than none; a year-long instance's model that takes minutes does not hold the
    /// worker past it.
    /// </summary>
    private static readonly TimeSpan MinimumBuildTime = TimeSpan.FromSeconds(10);

    /// <summary>The whole model, or null when building it takes longer than <paramref name="limit"/> (it stops between rule families).</summary>
    private static ModelContext? BuildWithin(RosterProblem problem, TimeSpan limit, CancellationToken cancellation)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(limit);
        try
        {
            return ModelBuilder.Build(problem, cancellation: deadline.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return null;
        }
    }

    private static string Parameters(SolverOptions options)
    {
        var extra = $"log_search_progress:{(options.Log is not null ? "true" : "false")} max_memory_in_mb:{options.MaxMemoryMegabytes}";
        if (options.RelativeGap > 0) extra += string.Create(CultureInfo.InvariantCulture, $" relative_gap_limit:{options.RelativeGap}");
        if (options.StopAfterFirstSolution) extra += " stop_after_first_solution:true";
        return CpSatParameters.Format(options.TimeLimit, options.Workers, options.Seed, extra);
    }

    /// <summary>Holds each wish as a hard constraint: the wished shift worked, the shift not worked, or the day off.</summary>
    private static void Force(ModelContext context, ImmutableArray<Wish> wishes)
    {
        foreach (var wish in wishes)
        {
            var e = context.EmployeeIndex(wish.Employee);
            var d = context.Problem.Period.IndexOf(wish.Date);
            _ = wish.Kind switch
            {
                WishKind.ShiftOn => context.Model.Add(context.WorksShift(e, d, wish.Shift!.Value) == 1),
                WishKind.ShiftOff => context.Model.Add(context.WorksShift(e, d, wish.Shift!.Value) == 0),
                _ => context.Model.Add(context.Works[e, d] == 0),
            };
        }
    }

    private static void AddHint(ModelContext context, Roster? hint)
    {
        if (hint is null) return;
        var given = new HashSet<(int, int, int)>();
        foreach (var a in hint.Assignments)
        {
            var d = context.Problem.Period.IndexOf(a.Date);
            if (d < 0 || !context.Problem.EmployeeById.ContainsKey(a.Employee) || context.AlternativeOf(a) is not { } t) continue;
            given.Add((context.EmployeeIndex(a.Employee), d, t));
        }

        for (var e = 0; e < context.E; e++)
            for (var d = 0; d < context.D; d++)
                for (var t = 0; t < context.T; t++)
                    context.Model.AddHint(context.X[e, d, t], given.Contains((e, d, t)) ? 1 : 0);
    }

    private static bool[,,] HintValues(ModelContext context, Roster hint)
    {
        var values = new bool[context.E, context.D, context.T];
        foreach (var a in hint.Assignments)
        {
            var d = context.Problem.Period.IndexOf(a.Date);
            if (d < 0 || !context.Problem.EmployeeById.ContainsKey(a.Employee) || context.AlternativeOf(a) is not { } t) continue;
            values[context.EmployeeIndex(a.Employee), d, t] = true;
        }

        return values;
    }

    private static bool[,,] Values(ModelContext context, CpSolver solver)
    {
        var values = new bool[context.E, context.D, context.T];
        for (var e = 0; e < context.E; e++)
            for (var d = 0; d < context.D; d++)
                for (var t = 0; t < context.T; t++)
                    values[e, d, t] = solver.BooleanValue(context.X[e, d, t]);
        return values;
    }

    private static Roster ToRoster(ModelContext context, bool[,,] values)
    {
        var assignments = ImmutableArray.CreateBuilder<Assignment>();
        for (var e = 0; e < context.E; e++)
            for (var d = 0; d < context.D; d++)
                for (var t = 0; t < context.T; t++)
                    if (values[e, d, t])
                        assignments.Add(new Assignment(context.Problem.Employees[e].Id, context.Problem.Period.DateOf(d), context.TemplateAt(t).Code) { Unit = context.UnitAt(t) });
        return new Roster(assignments.ToImmutable());
    }

    private static SolveResult Finish(RosterProblem original, RosterProblem solved, Attempt attempt, Stopwatch total, bool isRelaxed, ImmutableArray<Conflict> conflicts)
    {
        Evaluation? evaluation = null;
        if (attempt.Roster is { } roster)
        {
            var check = RuleChecker.Evaluate(solved, roster);
            if (check.Penalty != attempt.Objective || !check.IsFeasible)
                throw new SolverCheckerMismatchException(attempt.Objective ?? 0, check, attempt.PenaltyByRule);
            evaluation = isRelaxed ? RuleChecker.Evaluate(original, roster) : check;
        }

        var status = attempt.Status switch
        {
            CpSolverStatus.Optimal => SolveStatus.Optimal,
            CpSolverStatus.Feasible => SolveStatus.Feasible,
            CpSolverStatus.Infeasible => SolveStatus.Infeasible,
            CpSolverStatus.ModelInvalid => throw new InvalidOperationException("CP-SAT rejected the model as invalid: a bug in the model builder"),
            _ => SolveStatus.Unknown,
        };
        return new SolveResult
        {
            Status = status,
            Roster = attempt.Roster,
            Objective = attempt.Objective,
            BestBound = attempt.Bound,
            BuildTime = attempt.Build,
            FirstSolutionTime = attempt.First,
            TotalTime = total.Elapsed,
            SolutionCount = attempt.Solutions,
            IsRelaxed = isRelaxed && attempt.Roster is not null,
            Cancelled = attempt.Cancelled,
            Conflicts = conflicts,
            Evaluation = evaluation,
        };
    }

    /// <summary>
    /// Finds a small set of guarded hard constraints that cannot hold together: CP-SAT's sufficient
    /// assumptions, then shrunk by dropping one guard at a time while the rest stays infeasible.
    /// </summary>
    private static ImmutableArray<Conflict> Explain(RosterProblem problem, SolverOptions options, CancellationToken cancellation)
    {
        var context = ModelBuilder.Build(problem, explain: true, cancellation: cancellation);
        Force(context, options.ForcedWishes);
        var guards = context.Guards.ToList();
        var core = guards.Select(g => g.Value).ToList();
        var budget = Stopwatch.StartNew();
        var limit = TimeSpan.FromSeconds(Math.Max(5, options.TimeLimit.TotalSeconds / 2));

        List<BoolVar>? Infeasible(IReadOnlyList<BoolVar> assumed)
        {
            context.Model.ClearAssumptions();
            context.Model.AddAssumptions(assumed);
            var remaining = limit - budget.Elapsed;
            using var solver = new CpSolver { StringParameters = CpSatParameters.Format(remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1), workers: 1) };
            using var registration = cancellation.Register(solver.StopSearch);
            if (solver.Solve(context.Model) != CpSolverStatus.Infeasible) return null;
            var indices = solver.SufficientAssumptionsForInfeasibility().ToHashSet();
            return [.. assumed.Where(a => indices.Contains(a.GetIndex()))];
        }

        if (Infeasible(core) is not { } found) return [];
        core = found;
        for (var i = 0; i < core.Count && core.Count > 1 && budget.Elapsed < limit && !cancellation.IsCancellationRequested; i++)
        {
            var without = core.Where((_, j) => j != i).ToList();
            if (Infeasible(without) is { } smaller)
            {
                core = smaller;
                i = -1;
            }
        }

        var byIndex = guards.ToDictionary(g => g.Value.GetIndex(), g => g.Key);
        return [.. core.Select(g => byIndex[g.GetIndex()]).Select(k => new Conflict(
            k.Rule,
            k.Employee >= 0 ? problem.Employees[k.Employee].Id : null,
            k.Day >= 0 ? problem.Period.DateOf(k.Day) : null)).OrderBy(c => c.ToString(), StringComparer.Ordinal)];
    }

    /// <summary>
    /// Reports each improving roster with the model's own objective on it (CP-SAT's reported value can sit
    /// above it once presolve has relaxed exact penalty definitions), and ends the whole-model phase at
    /// its share of the time once a roster exists; without one it keeps searching to the full limit.
    /// </summary>
    private sealed class ProgressCallback(IProgress<SolveProgress>? progress, ModelContext context, Stopwatch since, TimeSpan? phaseEnd, long provenBound) : CpSolverSolutionCallback
    {
        private readonly Stopwatch phase = Stopwatch.StartNew();

        public int Count { get; private set; }
        public TimeSpan? FirstSolution { get; private set; }

        public override void OnSolutionCallback()
        {
            Count++;
            // Elapsed since the whole solve began, feasibility phase included.
            var elapsed = since.Elapsed;
            FirstSolution ??= elapsed;
            if (progress is not null)
            {
                var objective = context.ObjectiveTerms.Sum(term => term.Weight * Value(term.Expr));
                var bound = context.HasObjective ? Math.Min(objective, Math.Max(provenBound, (long)Math.Ceiling(BestObjectiveBound() - 1e-6))) : 0;
                var gap = (objective - bound) / Math.Max(1.0, Math.Abs((double)objective));
                progress.Report(new SolveProgress(objective, bound, gap, elapsed, Count));
            }

            if (phaseEnd is { } end && phase.Elapsed >= end) StopSearch();
        }
    }
}
