using Scheduling.Domain;
using Scheduling.Domain.Cost;

namespace Scheduling.Solver.Decomposition;

/// <summary>
/// Column generation (Dantzig–Wolfe over employees): the linear master picks a convex combination of schedules
/// per employee against the cover rows; each employee's pricing model finds the schedule of least reduced cost
/// under the master's duals. Every round gives a Lagrangian bound, Σ_e (pricing bound of e) + Σ_r min_p (f_r(p)
/// + π_r p), a proven lower bound of the roster's objective for any duals, so a round that stops early still
/// yields a valid bound. Duals are stabilised towards those of the best bound so far (Wentges smoothing).
/// </summary>
internal sealed class ColumnGeneration
{
    /// <summary>Duals are rounded to 1/Scale of an objective unit, so the pricing objective stays whole.</summary>
    private const long Scale = 64;

    private readonly RosterProblem problem;
    private readonly CoverRows rows;
    private readonly PricingModel[] pricing;
    private readonly DynamicPricing[] quick;
    private readonly HashSet<string>[] known;
    private readonly List<Column>[] pool;
    private readonly int workers;

    /// <summary>
    /// Builds the cover rows and every employee's pricing model and dynamic program. A cancellation (a deadline) is
    /// seen before and after the rows and between employees, and throws <see cref="OperationCanceledException"/>: a
    /// year-long unit's constructor takes seconds, which a time limit must be able to cut short.
    /// </summary>
    public ColumnGeneration(RosterProblem problem, int workers, CancellationToken cancellation, Action<string>? log = null)
    {
        this.log = log;
        var clock = Stopwatch.StartNew();
        this.problem = problem;
        this.workers = Math.Max(1, workers);
        cancellation.ThrowIfCancellationRequested();
        rows = CoverRows.Build(problem);
        log?.Invoke($"cover rows: {rows.Rows.Count} in {clock.Elapsed.TotalSeconds:0.00} s");
        cancellation.ThrowIfCancellationRequested();
        var E = problem.Employees.Length;
        pricing = new PricingModel[E];
        quick = new DynamicPricing[E];
        // One calculator for everyone: it caches each shift's unsocial minutes per date, the same for all.
        var calculator = problem.Cost is null ? null : CostCalculator.For(problem);
        Parallel.For(0, E, new ParallelOptions { MaxDegreeOfParallelism = this.workers, CancellationToken = cancellation }, e =>
        {
            pricing[e] = new PricingModel(problem, e);
            quick[e] = new DynamicPricing(pricing[e], calculator);
        });
        known = [.. Enumerable.Range(0, E).Select(_ => new HashSet<string>(StringComparer.Ordinal))];
        pool = [.. Enumerable.Range(0, E).Select(_ => new List<Column>())];
        log?.Invoke($"pricing models built: {clock.Elapsed.TotalSeconds:0.00} s ({quick.Sum(q => q.States) / Math.Max(1, E)} program states a day on average)");
    }

    private readonly Action<string>? log;

    public CoverRows Rows => rows;

    /// <summary>Each employee's dynamic program, for moves that re-plan one person fast.</summary>
    public IReadOnlyList<DynamicPricing> Programs => quick;

    /// <summary>The columns found so far, per employee.</summary>
    public IReadOnlyList<List<Column>> Pool => pool;

    /// <summary>The best proven lower bound of the objective so far (null before the first complete round).</summary>
    public long? Bound { get; private set; }

    /// <summary>The master's value at the last round: the bound once the generation has converged.</summary>
    public double? MasterValue { get; private set; }

    /// <summary>The master's last solution: each employee's columns with their weights.</summary>
    public IReadOnlyList<(Column Column, double Value)> LastChosen { get; private set; } = [];

    public int Rounds { get; private set; }

    /// <summary>The compact linear relaxation's bound, before any round.</summary>
    public long? RelaxationBound { get; private set; }

    /// <summary>True when no column of negative reduced cost exists under the last duals: the master's value is the bound.</summary>
    public bool Converged { get; private set; }

    /// <summary>Each employee's schedule in the best roster so far: where their pricing starts (a hint).</summary>
    public IReadOnlyDictionary<int, Column>? Start { get; set; }

    /// <summary>Adds the schedules of a roster (a warm start) as columns, those that keep each employee's hard rules.</summary>
    public void Seed(Roster roster)
    {
        var shifts = Schedules.Of(problem, roster);
        for (var e = 0; e < shifts.Length; e++)
            if (pricing[e].ColumnOf(shifts[e]) is { } column)
                Remember(column);
    }

    /// <summary>The compact relaxation alone: its bound, and its duals as where the next pricing starts.</summary>
    public void Relax(TimeSpan limit, CancellationToken cancellation)
    {
        if (RelaxationBound is not null || CompactRelaxation.Solve(problem, rows, limit, cancellation) is not { } compact) return;
        Bound = Math.Max(Bound ?? 0, compact.Bound);
        RelaxationBound = compact.Bound;
        relaxationDuals = compact.RowDuals;
    }

    private double[]? relaxationDuals;

    /// <summary>Rounds priced by the dynamic program (no bound) since the last CP-SAT round.</summary>
    public int QuickRounds { get; private set; }

    /// <summary>
    /// Runs rounds until converged, out of time or cancelled; calls <paramref name="round"/> after each. Most rounds
    /// are priced by the dynamic program (milliseconds per employee, columns but no bound); when it stops finding
    /// columns, or the master stops moving, a round is priced by CP-SAT, which proves the Lagrangian bound.
    /// </summary>
    public void Run(TimeSpan budget, int seed, Action<ColumnGeneration>? round, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        // Every round after the first stops at the generation's end (its dynamic programs between days, its CP-SAT
        // pricing by its stop), with the columns it has: a year-long unit's round takes seconds.
        using var end = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        end.CancelAfter(budget > TimeSpan.Zero ? budget : TimeSpan.Zero);
        using var master = new MasterProblem(rows, problem.Employees.Length);
        foreach (var column in pool.SelectMany(p => p)) master.Add(column);

        // The first round prices at what a person present is worth to an empty roster: crude, but it needs nothing
        // solved first, so the first roster comes before the compact relaxation (which can take a while on a large unit).
        var duals = relaxationDuals ?? rows.Rows.Select(r => (double)(r.Multiplicity * (r.BelowLow + r.BelowIdeal))).ToArray();
        double[]? employeeDuals = null;
        double[]? centre = null;
        var alpha = 0.0;
        var exact = false;
        var sinceExact = new List<double>();
        // The first round always runs: it gives every employee a column, and so the first roster.
        while ((Rounds == 0 || clock.Elapsed < budget) && !cancellation.IsCancellationRequested)
        {
            double[] priceAt;
            List<Column> newColumns;
            if (!exact)
            {
                priceAt = duals;
                newColumns = PriceQuickly(priceAt, employeeDuals, budget - clock.Elapsed, seed + Rounds, Rounds == 0 ? cancellation : end.Token);
                Rounds++;
                QuickRounds++;
                log?.Invoke($"round {Rounds} priced quickly: {newColumns.Count} new columns, {clock.Elapsed.TotalSeconds:0.00} s");
                if (newColumns.Count == 0 && Rounds > 1)
                {
                    exact = true;
                    continue;
                }
            }
            else
            {
                priceAt = centre is null || alpha == 0 ? duals : [.. duals.Select((d, i) => (alpha * centre[i]) + ((1 - alpha) * d))];
                var (bound, columns, complete) = PriceAll(priceAt, budget - clock.Elapsed, seed + Rounds, end.Token);
                newColumns = columns;
                Rounds++;
                QuickRounds = 0;
                sinceExact.Clear();
                log?.Invoke($"round {Rounds} priced: {newColumns.Count} new columns, bound {(bound?.ToString() ?? "none")}, {clock.Elapsed.TotalSeconds:0.00} s");
                if (complete && bound is { } b && (Bound is null || b > Bound))
                {
                    // Every penalty is a non-negative number, so a negative bound says nothing.
                    Bound = Math.Max(0, b);
                    centre = priceAt;
                }
            }

            foreach (var column in newColumns) master.Add(column);

            var solution = master.Solve();
            if (solution is null) break;
            MasterValue = solution.Value;
            LastChosen = solution.Chosen;
            round?.Invoke(this);
            if (Bound is { } lower && solution.Value - lower <= Math.Max(1e-6 * Math.Abs(solution.Value), 0.5))
            {
                Converged = true;
                break;
            }

            if (Rounds == 1 && RelaxationBound is null)
            {
                // Its value is a bound already, and its cover duals are a far better place for the next pricing than
                // the master's after one round of columns.
                // A third of the generation's time at most: on a large unit it may not finish, and the columns matter more.
                // Past the generation's time (a year-long unit's first round), none: the rounds matter more.
                if (budget - clock.Elapsed > TimeSpan.Zero) Relax((budget - clock.Elapsed) / 3, cancellation);
                log?.Invoke($"compact relaxation: bound {RelaxationBound}, {clock.Elapsed.TotalSeconds:0.00} s");
                if (relaxationDuals is not null)
                {
                    duals = relaxationDuals;
                    continue;
                }
            }

            if (exact)
            {
                // Smooth only once a centre exists; a round that found nothing new at the smoothed duals prices at the
                // master's own next time (a mispricing step), which then either finds columns or proves convergence.
                alpha = newColumns.Count == 0 && alpha > 0 ? 0 : centre is null ? 0 : 0.5;
                if (newColumns.Count == 0 && priceAt == solution.RowDuals) break;
                // After a mispricing step the exact rounds go on; else the quick ones take over again.
                exact = newColumns.Count == 0;
            }
            else
            {
                // The quick rounds give way to a proving one when the master stops moving (a tail of tiny steps).
                sinceExact.Add(solution.Value);
                exact = sinceExact.Count >= MaxQuickRounds ||
                    (sinceExact.Count >= 3 && sinceExact[^3] - sinceExact[^1] <= StallShare * Math.Abs(sinceExact[^3]));
            }

            duals = solution.RowDuals;
            employeeDuals = solution.EmployeeDuals;
        }
    }

    /// <summary>Quick rounds at most between two proving ones.</summary>
    private const int MaxQuickRounds = 25;

    /// <summary>The master's fall over the last two quick rounds, as a share of its value, below which it has stalled.</summary>
    private const double StallShare = 0.002;

    /// <summary>More calls of the dynamic program for an employee that has no schedule yet, before CP-SAT is asked for one.</summary>
    private const int Retries = 3;

    /// <summary>Columns kept per employee per quick round.</summary>
    private const int QuickColumns = 3;

    /// <summary>
    /// A round priced by each employee's dynamic program: the schedules whose reduced cost is below the employee's
    /// convexity dual (all of them, up to a few, before the first master). An employee left without any schedule
    /// (the program's guide met none the checker accepts) gets CP-SAT's first.
    /// </summary>
    private List<Column> PriceQuickly(double[] rowDuals, double[]? employeeDuals, TimeSpan left, int seed, CancellationToken cancellation)
    {
        var E = problem.Employees.Length;
        var scaled = rowDuals.Select(d => (long)Math.Round(d * Scale)).ToArray();
        var found = new List<Column>[E];
        Parallel.For(0, E, new ParallelOptions { MaxDegreeOfParallelism = workers }, e =>
        {
            found[e] = [];
            if (cancellation.IsCancellationRequested) return;
            var coefficients = Coefficients(e, scaled);
            var priced = quick[e].Price(coefficients, Scale, cancellation);
            // An employee still without any schedule tries again: the program's prices on templates and weekends over
            // their caps go on rising from where they stopped (far cheaper than CP-SAT's first schedule on a long period).
            for (var again = 0; again < Retries && priced.Count == 0 && pool[e].Count == 0 && !cancellation.IsCancellationRequested; again++)
                priced = quick[e].Price(coefficients, Scale, cancellation);
            var limit = employeeDuals is null ? long.MaxValue : (long)Math.Floor((employeeDuals[e] * Scale) - 1);
            foreach (var (column, reduced) in priced)
            {
                if (found[e].Count == QuickColumns || reduced > limit) break;
                found[e].Add(column);
            }
        });

        var missing = Enumerable.Range(0, E).Where(e => found[e].Count == 0 && pool[e].Count == 0).ToList();
        if (missing.Count > 0)
            log?.Invoke($"dynamic programs: {missing.Count} of {E} employees without a schedule the checker accepts, priced by CP-SAT " +
                $"(the first, {problem.Employees[missing[0]].Id}, broke: {quick[missing[0]].Refusals})");
        var firsts = PriceMissing(missing, MissingLimit, left, seed, cancellation);

        var columns = new List<Column>();
        foreach (var column in found.SelectMany(f => f).Concat(firsts))
            if (Remember(column))
                columns.Add(column);
        return columns;
    }

    /// <summary>The most CP-SAT may take to find an employee's first schedule when the dynamic program found none.</summary>
    private static readonly TimeSpan MissingLimit = TimeSpan.FromSeconds(10);

    /// <summary>Even past the generation's time, the first round's employees get this long together: the first roster needs a schedule of each.</summary>
    private static readonly TimeSpan MissingFloor = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Gives each employee in <paramref name="missing"/> CP-SAT's first schedule that keeps their rules, so every employee
    /// has a column and the restricted master a roster: at most <paramref name="each"/> apiece, and all of them within what
    /// is <paramref name="left"/> of the generation's time (a year-long unit whose programs find nothing would otherwise
    /// take ten seconds a person, far past the limit); those not reached in time stay without.
    /// </summary>
    private List<Column> PriceMissing(List<int> missing, TimeSpan each, TimeSpan left, int seed, CancellationToken cancellation)
    {
        var found = new System.Collections.Concurrent.ConcurrentBag<Column>();
        if (missing.Count == 0) return [];
        int D = problem.Period.Days, T = problem.Templates.Length;
        left = left > MissingFloor ? left : MissingFloor;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        stop.CancelAfter(left);
        try
        {
            Parallel.ForEach(missing, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = stop.Token }, e =>
            {
                foreach (var column in pricing[e].Price(new long[D, T], Scale, each < left ? each : left, seed, null, stop.Token, firstFound: true).Columns)
                    found.Add(column);
            });
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            log?.Invoke($"first schedules: out of time with {missing.Count - found.Select(c => c.Employee).Distinct().Count()} of {missing.Count} employees still without");
        }

        return [.. found];
    }

    /// <summary>What the duals pay for a shift of template t on day d worked by employee e, in 1/Scale units.</summary>
    private long[,] Coefficients(int e, long[] scaled)
    {
        int D = problem.Period.Days, T = problem.Templates.Length;
        var coefficients = new long[D, T];
        for (var d = 0; d < D; d++)
            for (var t = 0; t < T; t++)
                foreach (var r in rows.Covers[e][d][t])
                    coefficients[d, t] += scaled[r];
        return coefficients;
    }

    private (long? Bound, List<Column> Columns, bool Complete) PriceAll(double[] rowDuals, TimeSpan left, int seed, CancellationToken cancellation)
    {
        var E = problem.Employees.Length;
        var scaled = rowDuals.Select(d => (long)Math.Round(d * Scale)).ToArray();
        var bounds = new long[E];
        var found = new IReadOnlyList<Column>[E];
        var complete = true;
        var perEmployee = TimeSpan.FromSeconds(Math.Clamp(left.TotalSeconds * workers / Math.Max(1, E) / 4, 0.1, 2));
        Parallel.For(0, E, new ParallelOptions { MaxDegreeOfParallelism = workers }, e =>
        {
            if (cancellation.IsCancellationRequested) return;
            var priced = pricing[e].Price(Coefficients(e, scaled), Scale, perEmployee, seed, Start?.GetValueOrDefault(e), cancellation);
            bounds[e] = priced.ScaledBound;
            found[e] = priced.Columns;
        });
        if (cancellation.IsCancellationRequested) return (null, [], false);

        // An employee whose pricing stopped before any schedule gets the first schedule that keeps their rules,
        // so every employee has a column and the restricted master a roster.
        var missing = Enumerable.Range(0, E).Where(e => found[e].Count == 0 && bounds[e] != long.MaxValue && pool[e].Count == 0).ToList();
        var firsts = PriceMissing(missing, MissingLimit, left, seed, cancellation);

        var columns = new List<Column>();
        foreach (var column in found.SelectMany(f => f).Concat(firsts))
            if (Remember(column))
                columns.Add(column);

        long total = 0;
        foreach (var b in bounds)
        {
            // Infeasible for one employee (the hard rules cannot hold), or stopped before any schedule: no bound this round.
            if (b is long.MaxValue or long.MinValue) return (null, columns, false);
            total = checked(total + b);
        }

        for (var r = 0; r < rows.Rows.Count; r++)
            total = checked(total + rows.Rows[r].MinimumWith(scaled[r], Scale));
        // The objective is whole, so the bound rounds up.
        return (total >= 0 ? (total + Scale - 1) / Scale : -(-total / Scale), columns, complete);
    }

    private bool Remember(Column column)
    {
        if (!known[column.Employee].Add(column.Key)) return false;
        pool[column.Employee].Add(column);
        return true;
    }
}
