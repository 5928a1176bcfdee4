using Google.OrTools.Sat;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Fairness;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Decomposition;

/// <summary>
/// The pricing problem of one employee: the same constraint families as the full model (every rule but the
/// coupling ones, see <see cref="CoverRows.CouplingRules"/>), built on the problem cut down to this employee,
/// so the employee's schedule obeys exactly the rule pack the roster must. Its objective is the employee's own
/// penalty less what the master's duals pay for the cover the schedule gives; CP-SAT's bound on it is a proven
/// bound on the best reduced cost, which keeps the Lagrangian bound valid even when a pricing solve stops early.
/// </summary>
internal sealed class PricingModel
{
    private readonly int employee;
    private ModelContext? built;
    private LinearExpr? own;

    public PricingModel(RosterProblem problem, int employee)
    {
        this.employee = employee;
        Problem = SubProblem.Of(problem, [employee]);
    }

    /// <summary>The CP-SAT model, built when first priced: the dynamic program prices the first rounds without it.</summary>
    private ModelContext Context => built ?? Build(CancellationToken.None);

    /// <summary>Builds the model once; a cancellation stops the build between rule families (and throws).</summary>
    private ModelContext Build(CancellationToken cancellation)
    {
        if (built is not null) return built;
        var context = ModelBuilder.Build(Problem, cancellation: cancellation);
        own = LinearExpr.WeightedSum(context.ObjectiveTerms.Select(t => t.Expr), context.ObjectiveTerms.Select(t => t.Weight));
        return built = context;
    }

    /// <summary>The problem with only this employee and without the coupling rules.</summary>
    public RosterProblem Problem { get; }

    /// <summary>The best schedule found (with the others found on the way, best last), and the proven bound of the pricing objective.</summary>
    public sealed record Priced(IReadOnlyList<Column> Columns, long ScaledBound, bool Optimal)
    {
        public Column? Best => Columns.Count > 0 ? Columns[^1] : null;
    }

    /// <summary>
    /// Minimises scale × own penalty − Σ dual[d,t] × x[d,t] (duals already in units of 1/scale, whole numbers),
    /// within the time limit, from <paramref name="start"/> when given; returns the schedules found on the way
    /// (each a column: more columns per round for the restricted master) and the proven lower bound.
    /// </summary>
    public Priced Price(long[,] scaledDuals, long scale, TimeSpan limit, int seed, Column? start, CancellationToken cancellation, bool firstFound = false, double? deterministicLimit = null)
    {
        // Stopped before it starts: CP-SAT would not see a stop asked for before its search begins, and run to its limit.
        if (cancellation.IsCancellationRequested) return new Priced([], long.MinValue, false);
        try
        {
            // A year-long employee's model takes a while to build: the stop counts during it too.
            Build(cancellation);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return new Priced([], long.MinValue, false);
        }

        var vars = new List<BoolVar>();
        var coefs = new List<long>();
        for (var d = 0; d < Context.D; d++)
            for (var t = 0; t < Context.T; t++)
                if (scaledDuals[d, t] != 0)
                {
                    vars.Add(Context.X[0, d, t]);
                    coefs.Add(-scaledDuals[d, t]);
                }

        Context.Model.Minimize((own! * scale) + LinearExpr.WeightedSum(vars, coefs));
        Context.Model.ClearHints();
        if (start is not null)
            for (var d = 0; d < Context.D; d++)
                for (var t = 0; t < Context.T; t++)
                    Context.Model.AddHint(Context.X[0, d, t], start.Shifts[d] == t);
        using var solver = new CpSolver { StringParameters = CpSatParameters.Format(limit, workers: 1, seed,
            (firstFound ? "stop_after_first_solution:true " : "") + (deterministicLimit is { } work ? string.Create(CultureInfo.InvariantCulture, $"max_deterministic_time:{work}") : "").TrimEnd()) };
        using var registration = cancellation.Register(solver.StopSearch);
        // Building the model (on first use) can take a while on a long period: a stop asked for meanwhile counts too.
        if (cancellation.IsCancellationRequested) return new Priced([], long.MinValue, false);
        var collector = new Collector(this);
        var status = solver.Solve(Context.Model, collector);
        if (status == CpSolverStatus.Infeasible) return new Priced([], long.MaxValue, true);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            return new Priced([], long.MinValue, false);
        var bound = status == CpSolverStatus.Optimal ? (long)Math.Round(solver.ObjectiveValue) : (long)Math.Floor(solver.BestObjectiveBound);
        return new Priced(collector.Found, bound, status == CpSolverStatus.Optimal);
    }

    /// <summary>Keeps every improving schedule of a pricing solve as a column, with its own penalty.</summary>
    private sealed class Collector(PricingModel owner) : CpSolverSolutionCallback
    {
        public List<Column> Found { get; } = [];

        public override void OnSolutionCallback()
        {
            var c = owner.Context;
            var shifts = new int[c.D];
            for (var d = 0; d < c.D; d++)
            {
                shifts[d] = -1;
                for (var t = 0; t < c.T; t++)
                    if (BooleanValue(c.X[0, d, t])) shifts[d] = t;
            }

            Found.Add(new Column(owner.employee, shifts, c.ObjectiveTerms.Sum(term => term.Weight * Value(term.Expr))));
        }
    }

    /// <summary>
    /// The column of a schedule from elsewhere (a roster to start from), its cost by the rule checker on the
    /// employee's own problem; null when it breaks one of the employee's hard rules.
    /// </summary>
    public Column? ColumnOf(int[] shifts) => ColumnOf(shifts, out _);

    /// <summary>As <see cref="ColumnOf(int[])"/>, with the checker's evaluation (what a refused schedule breaks).</summary>
    public Column? ColumnOf(int[] shifts, out Evaluation evaluation)
    {
        evaluation = RuleChecker.Evaluate(Problem, RosterOf(shifts));
        return evaluation.IsFeasible ? new Column(employee, shifts, evaluation.Penalty) : null;
    }

    private Roster RosterOf(int[] shifts)
    {
        var assignments = ImmutableArray.CreateBuilder<Assignment>();
        for (var d = 0; d < shifts.Length; d++)
            if (shifts[d] >= 0)
                assignments.Add(new Assignment(Problem.Employees[0].Id, Problem.Period.DateOf(d), Problem.Templates[shifts[d]].Code));
        return new Roster(assignments.ToImmutable());
    }
}
