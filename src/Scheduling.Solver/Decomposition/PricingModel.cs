using System.Collections.Immutable;
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
    private readonly ModelContext context;
    private readonly LinearExpr own;
    private readonly int employee;

    public PricingModel(RosterProblem problem, int employee)
    {
        this.employee = employee;
        Problem = Alone(problem, employee);
        context = ModelBuilder.Build(Problem);
        own = LinearExpr.WeightedSum(context.ObjectiveTerms.Select(t => t.Expr), context.ObjectiveTerms.Select(t => t.Weight));
    }

    /// <summary>The problem with only this employee and without the coupling rules.</summary>
    public RosterProblem Problem { get; }

    public sealed record Priced(Column? Column, long ScaledBound, bool Optimal);

    /// <summary>
    /// Minimises scale × own penalty − Σ dual[d,t] × x[d,t] (duals already in units of 1/scale, whole numbers),
    /// within the time limit; returns the best schedule found and the proven lower bound of that objective.
    /// </summary>
    public Priced Price(long[,] scaledDuals, long scale, TimeSpan limit, int seed, CancellationToken cancellation, bool firstFound = false)
    {
        var vars = new List<BoolVar>();
        var coefs = new List<long>();
        for (var d = 0; d < context.D; d++)
            for (var t = 0; t < context.T; t++)
                if (scaledDuals[d, t] != 0)
                {
                    vars.Add(context.X[0, d, t]);
                    coefs.Add(-scaledDuals[d, t]);
                }

        context.Model.Minimize((own * scale) + LinearExpr.WeightedSum(vars, coefs));
        using var solver = new CpSolver { StringParameters = CpSatParameters.Format(limit, workers: 1, seed, (firstFound ? "stop_after_first_solution:true" : "").TrimEnd()) };
        using var registration = cancellation.Register(solver.StopSearch);
        var status = solver.Solve(context.Model);
        if (status == CpSolverStatus.Infeasible) return new Priced(null, long.MaxValue, true);
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible))
            return new Priced(null, (long)Math.Floor(solver.BestObjectiveBound), false);

        var shifts = new int[context.D];
        for (var d = 0; d < context.D; d++)
        {
            shifts[d] = -1;
            for (var t = 0; t < context.T; t++)
                if (solver.BooleanValue(context.X[0, d, t])) shifts[d] = t;
        }

        var cost = context.ObjectiveTerms.Sum(term => term.Weight * solver.Value(term.Expr));
        var bound = status == CpSolverStatus.Optimal ? (long)Math.Round(solver.ObjectiveValue) : (long)Math.Floor(solver.BestObjectiveBound);
        return new Priced(new Column(employee, shifts, cost), bound, status == CpSolverStatus.Optimal);
    }

    /// <summary>
    /// The column of a schedule from elsewhere (a roster to start from), its cost by the rule checker on the
    /// employee's own problem; null when it breaks one of the employee's hard rules.
    /// </summary>
    public Column? ColumnOf(int[] shifts)
    {
        var assignments = ImmutableArray.CreateBuilder<Assignment>();
        for (var d = 0; d < shifts.Length; d++)
            if (shifts[d] >= 0)
                assignments.Add(new Assignment(Problem.Employees[0].Id, Problem.Period.DateOf(d), Problem.Templates[shifts[d]].Code));
        var evaluation = RuleChecker.Evaluate(Problem, new Roster(assignments.ToImmutable()));
        return evaluation.IsFeasible ? new Column(employee, shifts, evaluation.Penalty) : null;
    }

    private static RosterProblem Alone(RosterProblem problem, int e)
    {
        var person = problem.Employees[e];
        var id = person.Id;
        var rules = new RulePack(problem.Rules.Id, [.. problem.Rules.Rules.Where(r => !CoverRows.CouplingRules.Contains(r.Id))]);
        var cost = problem.Cost is { } c
            ? new CostModel(c.Version, c.Source, [.. c.Pay.Where(p => p.Employee == id)], c.SocialFeeFactor, c.UnsocialHours, c.HourlyDivisor,
                c.DefaultMonthlyPay, c.AdditionalHoursPercent, c.OvertimePercent, c.AutumnExtraHourPercent, c.Substitutes, c.Budget)
            : null;
        return new RosterProblem(
            problem.Name,
            problem.Period,
            problem.Templates,
            [person],
            rules,
            shiftDemands: [],
            demandCurve: DemandCurve.Empty,
            wishes: [.. problem.Wishes.Where(w => w.Employee == id)],
            unavailability: [.. problem.Unavailability.Where(u => u.Employee == id)],
            pins: [.. problem.Pins.Where(p => p.Employee == id)],
            cost: cost,
            preferences: [.. problem.Preferences.Where(p => p.Employee == id)],
            ledger: new FairnessLedger([.. problem.Ledger.Entries.Where(l => l.Employee == id)]));
    }
}
