using Google.OrTools.Sat;
using Scheduling.Domain;

namespace Scheduling.Solver.Decomposition;

/// <summary>
/// Neighbourhood search that re-plans a few people against the rest: everyone else's schedule is held, and a model
/// of only the chosen employees (their own rules from the same constraint families, on the problem cut down to
/// them) is solved against the cover that the others leave, charged exactly. The model is a few hundred booleans
/// where the full one has tens of thousands, so a round takes a fraction of a second at any unit size. Who is
/// re-planned together is what a rostering expert would pick: people who can stand in for each other (the same
/// shifts and competences), or anyone at random. Every other round is a sweep of quick moves instead: each of a
/// handful of people in turn gets the best schedule their dynamic program finds against the cover the others
/// leave (what one more person present is worth to each row, exactly). A move is kept when the whole roster's
/// penalty, by <paramref name="penalty"/>, goes down.
/// </summary>
internal sealed class ReplanPeople(RosterProblem problem, CoverRows rows, IReadOnlyList<DynamicPricing>? programs, SolverOptions options, Func<int[][], long> penalty)
{
    /// <summary>Marginal cover values are in 1/Scale of an objective unit, as the pricing's duals are.</summary>
    private const long Scale = 64;

    /// <summary>One round in this many re-plans a group with CP-SAT; the others are sweeps of quick moves.</summary>
    private const int SweepEvery = 3;

    private readonly Random random = new(options.Seed + 17);
    private int size = Math.Clamp(problem.Employees.Length / 8, 2, 12);

    public sealed record Outcome(int[][] Schedules, long Penalty, int Rounds, int Improvements, int Sweeps, int SweepImprovements);

    public Outcome Run(int[][] start, long startPenalty, TimeSpan budget, Action<int[][], long> improved, CancellationToken cancellation)
    {
        var clock = Stopwatch.StartNew();
        // The budget ends a round too (a sweep between people and their programs between days, a group's build and
        // solve): on a year-long unit one round takes seconds. A round cut short keeps what it found.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        stop.CancelAfter(budget > TimeSpan.Zero ? budget : TimeSpan.Zero);
        cancellation = stop.Token;
        var schedules = start.Select(s => (int[])s.Clone()).ToArray();
        var current = startPenalty;
        var kinds = Kinds();
        int rounds = 0, improvements = 0, sweeps = 0, sweepImprovements = 0;
        while (clock.Elapsed < budget && !cancellation.IsCancellationRequested && problem.Employees.Length > 1)
        {
            rounds++;
            if (programs is not null && rounds % SweepEvery != 0)
            {
                sweeps++;
                var swept = Sweep(schedules, cancellation);
                if (swept is not null && penalty(swept) is var sweptValue && sweptValue < current)
                {
                    schedules = swept;
                    current = sweptValue;
                    improvements++;
                    sweepImprovements++;
                    improved(schedules, current);
                }

                continue;
            }

            var chosen = Choose(kinds);
            var limit = TimeSpan.FromSeconds(Math.Min((budget - clock.Elapsed).TotalSeconds, 0.3 + (0.1 * size)));
            var (replanned, optimal) = Solve(chosen, schedules, limit, cancellation);
            if (replanned is not null)
            {
                var candidate = (int[][])schedules.Clone();
                for (var i = 0; i < chosen.Count; i++) candidate[chosen[i]] = replanned[i];
                var value = penalty(candidate);
                if (value < current)
                {
                    schedules = candidate;
                    current = value;
                    improvements++;
                    improved(schedules, current);
                }
            }

            size = optimal ? Math.Min(problem.Employees.Length, size + 1) : Math.Max(2, size - 1);
        }

        return new Outcome(schedules, current, rounds, improvements, sweeps, sweepImprovements);
    }

    /// <summary>
    /// Re-plans a few people one after the other, each by their dynamic program against the others' cover: a shift's
    /// worth is what it changes in the rows it touches, f(p + 1) − f(p) at the others' head count p. A person keeps
    /// the new schedule when its own penalty plus that change is lower than the old one's; null when nobody moved.
    /// </summary>
    private int[][]? Sweep(int[][] schedules, CancellationToken cancellation)
    {
        int E = problem.Employees.Length, D = problem.Period.Days, T = problem.Templates.Length;
        var counts = new long[rows.Rows.Count];
        for (var e = 0; e < E; e++) Count(schedules[e], e, +1);
        var result = (int[][])schedules.Clone();
        var moved = false;
        foreach (var e in Enumerable.Range(0, E).OrderBy(_ => random.Next()).Take(Math.Max(8, E / 4)))
        {
            if (cancellation.IsCancellationRequested) break;
            Count(result[e], e, -1);
            var worth = new long[D, T];
            for (var d = 0; d < D; d++)
                for (var t = 0; t < T; t++)
                    foreach (var r in rows.Covers[e][d][t])
                        worth[d, t] -= Scale * (rows.Rows[r].Penalty(counts[r] + 1) - rows.Rows[r].Penalty(counts[r]));
            if (programs![e].Price(worth, Scale, cancellation) is [var (best, reduced), ..] && programs[e].ColumnOf(result[e]) is { } now)
            {
                var old = now.Cost * Scale;
                for (var d = 0; d < D; d++)
                    if (result[e][d] >= 0)
                        old -= worth[d, result[e][d]];
                if (reduced < old)
                {
                    result[e] = best.Shifts;
                    moved = true;
                }
            }

            Count(result[e], e, +1);
        }

        return moved ? result : null;

        void Count(int[] schedule, int e, int sign)
        {
            for (var d = 0; d < D; d++)
                if (schedule[d] >= 0)
                    foreach (var r in rows.Covers[e][d][schedule[d]])
                        counts[r] += sign;
        }
    }

    /// <summary>Employees grouped by what they can work: the templates open to them and the competences they hold.</summary>
    private List<List<int>> Kinds()
    {
        var first = problem.Period.Start;
        return [.. Enumerable.Range(0, problem.Employees.Length)
            .GroupBy(e =>
            {
                var person = problem.Employees[e];
                var closed = problem.Templates.Where(t => person.Limits.MaxShiftsPerTemplate.GetValueOrDefault(t.Code, int.MaxValue) == 0).Select(t => t.Code.ToString());
                var held = person.Competences.Where(c => c.IsValidOn(first)).Select(c => c.Competence.ToString()).Order(StringComparer.Ordinal);
                return string.Join(',', closed) + "|" + string.Join(',', held);
            }, StringComparer.Ordinal)
            .Select(g => g.ToList())];
    }

    private List<int> Choose(List<List<int>> kinds)
    {
        var E = problem.Employees.Length;
        var count = Math.Min(size, E);
        var chosen = new HashSet<int>();
        if (random.Next(2) == 0)
        {
            // People who can stand in for each other, filled up at random when their group is small.
            var group = kinds[random.Next(kinds.Count)];
            foreach (var e in group.OrderBy(_ => random.Next()).Take(count)) chosen.Add(e);
        }

        while (chosen.Count < count) chosen.Add(random.Next(E));
        return [.. chosen.Order()];
    }

    private (int[][]? Schedules, bool Optimal) Solve(List<int> chosen, int[][] schedules, TimeSpan limit, CancellationToken cancellation)
    {
        var inside = chosen.ToHashSet();
        var fixedCount = new int[rows.Rows.Count];
        for (var e = 0; e < schedules.Length; e++)
        {
            if (inside.Contains(e)) continue;
            for (var d = 0; d < schedules[e].Length; d++)
                if (schedules[e][d] >= 0)
                    foreach (var r in rows.Covers[e][d][schedules[e][d]])
                        fixedCount[r]++;
        }

        // Small and quick to build on a month (a year's takes a while): a stop during it keeps the roster so far.
        ModelContext context;
        try
        {
            context = ModelBuilder.Build(SubProblem.Of(problem, chosen), cancellation: cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return (null, false);
        }


        var touching = new Dictionary<int, List<BoolVar>>();
        for (var i = 0; i < chosen.Count; i++)
            for (var d = 0; d < context.D; d++)
                for (var t = 0; t < context.T; t++)
                {
                    foreach (var r in rows.Covers[chosen[i]][d][t])
                    {
                        if (!touching.TryGetValue(r, out var vars)) touching[r] = vars = [];
                        vars.Add(context.X[i, d, t]);
                    }

                    context.Model.AddHint(context.X[i, d, t], schedules[chosen[i]][d] == t);
                }

        foreach (var (r, vars) in touching)
        {
            var row = rows.Rows[r];
            var others = fixedCount[r];
            var free = LinearExpr.Sum(vars);
            var most = Math.Min(vars.Count, chosen.Count);
            if (row.HardExact) context.Model.Add(free == row.Ideal - others);
            if (row.HardLow && Math.Min(row.Low, row.MostPresent) > others) context.Model.Add(free >= Math.Min(row.Low, row.MostPresent) - others);
            Short(row.Low - others, row.BelowLow, "short_low");
            Short(row.Ideal - others, row.BelowIdeal, "short_ideal");
            if (row.AboveIdeal > 0 && others + most > row.Ideal)
            {
                var excess = Math.Max(0, row.Ideal - others);
                context.Penalize(context.PositivePart(free - excess, most - excess + Math.Max(0, others - row.Ideal), $"over_{r}"), row.Multiplicity * row.AboveIdeal, "cover");
            }

            void Short(int missing, long weight, string name)
            {
                if (missing <= 0 || weight == 0) return;
                context.Penalize(context.PositivePart(missing - free, missing, $"{name}_{r}"), row.Multiplicity * weight, "cover");
            }
        }

        context.SetObjective();
        using var solver = new CpSolver { StringParameters = CpSatParameters.Format(limit, Math.Min(2, options.Workers), random.Next(1000)) };
        using var registration = cancellation.Register(solver.StopSearch);
        var status = solver.Solve(context.Model);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible)) return (null, false);
        var result = new int[chosen.Count][];
        for (var i = 0; i < chosen.Count; i++)
        {
            result[i] = new int[context.D];
            for (var d = 0; d < context.D; d++)
            {
                result[i][d] = -1;
                for (var t = 0; t < context.T; t++)
                    if (solver.BooleanValue(context.X[i, d, t])) result[i][d] = t;
            }
        }

        return (result, status == CpSolverStatus.Optimal);
    }
}
