using Google.OrTools.Sat;
using Scheduling.Domain;

namespace Scheduling.Solver.Decomposition;

/// <summary>
/// An integer roster from the generated columns: one column per employee, the employee's own penalty plus the
/// cover rows' penalties (the coupling rules the master leaves out are charged later, when the full model
/// scores the roster). A small problem where the whole model is a large one; it starts from the master's
/// largest weight per employee, a roster in itself, so a first roster exists at once.
/// </summary>
internal static class RestrictedMaster
{
    /// <summary>The roster, the column each employee works in it, and whether the choice is proven best among the columns.</summary>
    public sealed record Outcome(Roster Roster, IReadOnlyDictionary<int, Column> Chosen, bool Optimal);

    /// <summary>Picks a column per employee, starting from <paramref name="incumbent"/>'s (else the master's largest weights).</summary>
    public static Outcome? Solve(RosterProblem problem, ColumnGeneration generation, IReadOnlyDictionary<int, Column>? incumbent, SolverOptions options, TimeSpan limit, CancellationToken cancellation)
    {
        var pool = generation.Pool;
        var rows = generation.Rows;
        if (pool.Any(p => p.Count == 0)) return null;
        var preferred = generation.LastChosen.GroupBy(c => c.Column.Employee).ToDictionary(g => g.Key, g => g.MaxBy(c => c.Value).Column);
        var model = new CpModel();
        var objective = new List<(LinearExpr Expr, long Weight)>();
        var present = new List<(BoolVar Pick, int Count)>[rows.Rows.Count];
        for (var r = 0; r < present.Length; r++) present[r] = [];
        var picks = new BoolVar[pool.Count][];
        for (var e = 0; e < pool.Count; e++)
        {
            var columns = pool[e];
            picks[e] = [.. columns.Select((_, j) => model.NewBoolVar($"col_{e}_{j}"))];
            model.AddExactlyOne(picks[e]);
            var start = incumbent?.GetValueOrDefault(e) ?? preferred.GetValueOrDefault(e) ?? columns.MinBy(c => c.Cost)!;
            for (var j = 0; j < columns.Count; j++)
            {
                model.AddHint(picks[e][j], ReferenceEquals(columns[j], start));
                if (columns[j].Cost != 0) objective.Add((picks[e][j], columns[j].Cost));
                foreach (var (r, count) in columns[j].Coverage(rows)) present[r].Add((picks[e][j], count));
            }
        }

        for (var r = 0; r < present.Length; r++)
        {
            var row = rows.Rows[r];
            var p = LinearExpr.WeightedSum(present[r].Select(x => x.Pick), present[r].Select(x => (long)x.Count));
            if (row.HardExact) model.Add(p == row.Ideal);
            if (row.HardLow) model.Add(p >= Math.Min(row.Low, row.MostPresent));
            Short(row.Low, row.BelowLow);
            Short(row.Ideal, row.BelowIdeal);
            if (row.AboveIdeal > 0)
            {
                var over = model.NewIntVar(0, Math.Max(0, row.MostPresent - row.Ideal), "");
                model.Add(over >= p - row.Ideal);
                objective.Add((over, row.Multiplicity * row.AboveIdeal));
            }

            void Short(int level, long weight)
            {
                if (level <= 0 || weight == 0) return;
                var under = model.NewIntVar(0, level, "");
                model.Add(under >= level - p);
                objective.Add((under, row.Multiplicity * weight));
            }
        }

        model.Minimize(LinearExpr.WeightedSum(objective.Select(o => o.Expr), objective.Select(o => o.Weight)));
        using var solver = new CpSolver { StringParameters = CpSatParameters.Format(limit, options.Workers, options.Seed) };
        using var registration = cancellation.Register(solver.StopSearch);
        var status = solver.Solve(model);
        var assignments = ImmutableArray.CreateBuilder<Assignment>();
        var picked = new Dictionary<int, Column>();
        for (var e = 0; e < pool.Count; e++)
        {
            var chosen = status is CpSolverStatus.Optimal or CpSolverStatus.Feasible
                ? pool[e][Array.FindIndex(picks[e], v => solver.BooleanValue(v))]
                : incumbent?.GetValueOrDefault(e) ?? preferred.GetValueOrDefault(e) ?? pool[e].MinBy(c => c.Cost)!;
            picked[e] = chosen;
            for (var d = 0; d < chosen.Shifts.Length; d++)
                if (chosen.Shifts[d] >= 0)
                    assignments.Add(new Assignment(problem.Employees[e].Id, problem.Period.DateOf(d), problem.Templates[chosen.Shifts[d]].Code));
        }

        return new Outcome(new Roster(assignments.ToImmutable()), picked, status == CpSolverStatus.Optimal);
    }
}
