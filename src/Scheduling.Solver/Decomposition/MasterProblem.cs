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
    private readonly Constraint[][] rowConstraints;
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
        rowConstraints = new Constraint[rows.Rows.Count][];
        for (var r = 0; r < rows.Rows.Count; r++)
        {
            var row = rows.Rows[r];
            double m = row.Multiplicity;
            var parts = new List<Constraint>();
            if (row.HardExact)
            {
                var c = lp.MakeConstraint(row.Ideal, row.Ideal, $"exact_{r}");
                c.SetCoefficient(Slack(HardWeight, row.Ideal), 1);
                c.SetCoefficient(Slack(HardWeight, double.PositiveInfinity), -1);
                parts.Add(c);
            }

            if (row.Low > 0 && (row.BelowLow > 0 || row.HardLow))
            {
                var c = lp.MakeConstraint(row.Low, double.PositiveInfinity, $"low_{r}");
                c.SetCoefficient(Slack((row.HardLow ? HardWeight : 0) + (m * row.BelowLow), row.Low), 1);
                parts.Add(c);
            }

            if (row.Ideal > 0 && row.BelowIdeal > 0)
            {
                var c = lp.MakeConstraint(row.Ideal, double.PositiveInfinity, $"ideal_{r}");
                c.SetCoefficient(Slack(m * row.BelowIdeal, row.Ideal), 1);
                parts.Add(c);
            }

            if (row.AboveIdeal > 0)
            {
                var c = lp.MakeConstraint(double.NegativeInfinity, row.Ideal, $"above_{r}");
                c.SetCoefficient(Slack(m * row.AboveIdeal, double.PositiveInfinity), -1);
                parts.Add(c);
            }

            rowConstraints[r] = [.. parts];
        }

        Variable Slack(double cost, double upper)
        {
            var v = lp.MakeNumVar(0, upper, "");
            objective.SetCoefficient(v, cost);
            return v;
        }
    }

    public int ColumnCount => columns.Count;

    public void Add(Column column)
    {
        var lambda = lp.MakeNumVar(0, 1, "");
        lp.Objective().SetCoefficient(lambda, column.Cost);
        convexity[column.Employee].SetCoefficient(lambda, 1);
        foreach (var (r, count) in column.Coverage(rows))
            foreach (var c in rowConstraints[r])
                c.SetCoefficient(lambda, count);
        columns.Add((column, lambda));
    }

    public sealed record Solution(double Value, double[] RowDuals, double[] EmployeeDuals, IReadOnlyList<(Column Column, double Value)> Chosen);

    public Solution? Solve()
    {
        var status = lp.Solve();
        if (status is not (LinearSolver.ResultStatus.OPTIMAL or LinearSolver.ResultStatus.FEASIBLE)) return null;
        var duals = new double[rows.Rows.Count];
        for (var r = 0; r < duals.Length; r++)
            foreach (var c in rowConstraints[r])
                duals[r] += c.DualValue();
        var chosen = columns.Select(c => (c.Column, c.Lambda.SolutionValue())).Where(c => c.Item2 > 1e-9).ToList();
        return new Solution(lp.Objective().Value(), duals, [.. convexity.Select(c => c.DualValue())], chosen);
    }

    public void Dispose() => lp.Dispose();
}
