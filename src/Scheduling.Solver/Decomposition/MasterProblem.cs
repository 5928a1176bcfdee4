using Google.OrTools.LinearSolver;
using LinearSolver = Google.OrTools.LinearSolver.Solver;

namespace Scheduling.Solver.Decomposition;

/// <summary>
/// The linear master problem (GLOP): a convex combination of columns per employee, the cover rows charged
/// exactly by their convex piecewise-linear penalty (one slack per segment). A hard level is relaxed to a heavy
/// penalty here, which only lowers the master's value: its duals guide the pricing, the bound comes from
/// <see cref="CoverRow.MinimumWith"/> and the pricing bounds, not from this value.
/// </summary>
internal sealed class MasterProblem : IDisposable
{
    private const double HardWeight = 1e7;
    private readonly LinearSolver lp;
    private readonly CoverRows rows;
    private readonly Constraint[] convexity;
    private readonly Constraint[] definitions;
    private readonly List<(Column Column, Variable Lambda)> columns = [];

    public MasterProblem(CoverRows rows, int employees)
    {
        this.rows = rows;
        lp = LinearSolver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available in this OR-Tools build");
        var objective = lp.Objective();
        objective.SetMinimization();
        convexity = [.. Enumerable.Range(0, employees).Select(e => lp.MakeConstraint(1, 1, $"one_{e}"))];
        // An employee whose pricing has not yet found a schedule takes this placeholder, so the master always has
        // a solution; its cost keeps it out of every solution that has a real choice.
        foreach (var c in convexity) c.SetCoefficient(Slack(HardWeight * 100, 1), 1);
        // One presence variable per row: columns enter its definition only, and the levels act on it alone.
        definitions = new Constraint[rows.Rows.Count];
        for (var r = 0; r < rows.Rows.Count; r++)
        {
            var row = rows.Rows[r];
            double m = row.Multiplicity;
            var present = lp.MakeNumVar(0, double.PositiveInfinity, "");
            definitions[r] = lp.MakeConstraint(0, 0, $"present_{r}");
            definitions[r].SetCoefficient(present, -1);
            if (row.HardExact) Level(row.Ideal, row.Ideal, (Slack(HardWeight, row.Ideal), 1), (Slack(HardWeight, double.PositiveInfinity), -1));
            if (row.Low > 0 && (row.BelowLow > 0 || row.HardLow))
                Level(row.Low, double.PositiveInfinity, (Slack((row.HardLow ? HardWeight : 0) + (m * row.BelowLow), row.Low), 1));
            if (row.Ideal > 0 && row.BelowIdeal > 0) Level(row.Ideal, double.PositiveInfinity, (Slack(m * row.BelowIdeal, row.Ideal), 1));
            if (row.AboveIdeal > 0) Level(double.NegativeInfinity, row.Ideal, (Slack(m * row.AboveIdeal, double.PositiveInfinity), -1));

            void Level(double lower, double upper, params (Variable Slack, double Sign)[] slacks)
            {
                var c = lp.MakeConstraint(lower, upper);
                c.SetCoefficient(present, 1);
                foreach (var (slack, sign) in slacks) c.SetCoefficient(slack, sign);
            }
        }

        Variable Slack(double cost, double upper)
        {
            var v = lp.MakeNumVar(0, upper, "");
            objective.SetCoefficient(v, cost);
            return v;
        }
    }

    public void Add(Column column)
    {
        var lambda = lp.MakeNumVar(0, 1, "");
        lp.Objective().SetCoefficient(lambda, column.Cost);
        convexity[column.Employee].SetCoefficient(lambda, 1);
        foreach (var (r, count) in column.Coverage(rows))
            definitions[r].SetCoefficient(lambda, count);
        columns.Add((column, lambda));
    }

    public sealed record Solution(double Value, double[] RowDuals, double[] EmployeeDuals, IReadOnlyList<(Column Column, double Value)> Chosen);

    public Solution? Solve()
    {
        var status = lp.Solve();
        if (status is not (LinearSolver.ResultStatus.OPTIMAL or LinearSolver.ResultStatus.FEASIBLE)) return null;
        var duals = definitions.Select(c => c.DualValue()).ToArray();
        var chosen = columns.Select(c => (c.Column, c.Lambda.SolutionValue())).Where(c => c.Item2 > 1e-9).ToList();
        return new Solution(lp.Objective().Value(), duals, [.. convexity.Select(c => c.DualValue())], chosen);
    }

    public void Dispose() => lp.Dispose();
}
