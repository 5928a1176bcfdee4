using Google.OrTools.LinearSolver;
using Scheduling.Domain;
using Scheduling.Domain.Calendar;
using Scheduling.Domain.Rules;
using LinearSolver = Google.OrTools.LinearSolver.Solver;

namespace Scheduling.Solver.Decomposition;

/// <summary>
/// A linear relaxation of the whole problem on one variable per employee, day and template, x ∈ [0, 1]: one
/// shift a day, the shifts an employee may not take (unavailable days, templates limited to zero, both when
/// hard), hard period hours, hard maximum consecutive days as window sums, the weekends worked (a weekend's share at least each of its days' shifts)
/// against their maximum, the hours target's absolute deviation, and the cover rows charged exactly. Every other term of the objective is left out (none is
/// negative), so its value is a lower bound of every roster's objective; its cover duals are where the
/// column generation's pricing starts. It solves in one GLOP call where the generation needs many rounds.
/// </summary>
internal static class CompactRelaxation
{
    /// <summary>GLOP's optimum is a floating-point value: the bound gives up this share of it to stay below the exact one.</summary>
    private const double Tolerance = 1e-6;

    public sealed record Result(long Bound, double[] RowDuals);

    public static Result? Solve(RosterProblem problem, CoverRows rows, TimeSpan limit, CancellationToken cancellation)
    {
        int E = problem.Employees.Length, D = problem.Period.Days, T = problem.Templates.Length;
        using var lp = LinearSolver.CreateSolver("GLOP");
        if (lp is null) return null;
        var objective = lp.Objective();
        objective.SetMinimization();
        var minutes = new long[D, T];
        for (var d = 0; d < D; d++)
            for (var t = 0; t < T; t++)
                minutes[d, t] = (long)problem.Templates[t].WorkingTimeOn(problem.Period.DateOf(d), problem.Period.Zone).TotalMinutes;

        var forbidden = Forbidden(problem);
        var x = new Variable?[E, D, T];
        var rowTerms = new List<(Variable, double)>[rows.Rows.Count];
        for (var r = 0; r < rowTerms.Length; r++) rowTerms[r] = [];
        var hours = problem.Rules.Get<PeriodHoursRule>();
        var target = problem.Rules.Get<HoursTargetRule>();
        var consecutive = problem.Rules.Get<MaxConsecutiveDaysRule>();
        var weekendRule = problem.Rules.Get<MaxWeekendsRule>();
        var weekends = weekendRule is null ? [] : Enumerable.Range(0, D)
            .Where(d => weekendRule.WeekendDays.Contains(problem.Period.DateOf(d).DayOfWeek))
            .GroupBy(d => IsoWeek.Of(problem.Period.DateOf(d)))
            .Select(g => g.ToList())
            .ToList();
        // Building the LP takes seconds on a long period (a year-long unit's): a build longer than the limit is given up.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var e = 0; e < E; e++)
        {
            if (cancellation.IsCancellationRequested || clock.Elapsed > limit) return null;
            var person = problem.Employees[e];
            var worked = new List<(Variable, double)>();
            var days = new List<Variable>[D];
            for (var d = 0; d < D; d++)
            {
                days[d] = [];
                for (var t = 0; t < T; t++)
                {
                    if (forbidden.Contains((e, d, t))) continue;
                    var v = lp.MakeNumVar(0, 1, "");
                    x[e, d, t] = v;
                    days[d].Add(v);
                    worked.Add((v, minutes[d, t]));
                    foreach (var r in rows.Covers[e][d][t]) rowTerms[r].Add((v, 1));
                }

                if (days[d].Count > 1) Row(lp, double.NegativeInfinity, 1, days[d].Select(v => (v, 1.0)));
            }

            var (min, max) = person.Contract.BoundsFor(D);
            if (hours is { Enforcement.IsHard: true })
                Row(lp, min?.TotalMinutes ?? double.NegativeInfinity, max?.TotalMinutes ?? double.PositiveInfinity, worked);
            if (target is not null && person.Contract.TargetFor(D) is { } goal)
            {
                var away = lp.MakeNumVar(0, double.PositiveInfinity, "");
                objective.SetCoefficient(away, target.Enforcement.Weight);
                Row(lp, goal.TotalMinutes, double.PositiveInfinity, [.. worked, (away, 1)]);
                Row(lp, double.NegativeInfinity, goal.TotalMinutes, [.. worked, (away, -1)]);
            }

            if (weekendRule is not null && (person.Limits.MaxWeekends ?? weekendRule.DefaultMaximum) is { } weekendMax && weekendMax < weekends.Count)
            {
                var weekendsWorked = new List<(Variable, double)>();
                foreach (var weekend in weekends)
                {
                    var w = lp.MakeNumVar(0, 1, "");
                    weekendsWorked.Add((w, 1));
                    foreach (var d in weekend)
                        if (days[d].Count > 0)
                            Row(lp, 0, double.PositiveInfinity, [(w, 1), .. days[d].Select(v => (v, -1.0))]);
                }

                if (weekendRule.Enforcement.IsHard) Row(lp, double.NegativeInfinity, weekendMax, weekendsWorked);
                else
                {
                    var over = lp.MakeNumVar(0, double.PositiveInfinity, "");
                    objective.SetCoefficient(over, weekendRule.Enforcement.Weight);
                    Row(lp, double.NegativeInfinity, weekendMax, [.. weekendsWorked, (over, -1)]);
                }
            }

            if (consecutive is { Enforcement.IsHard: true } && (person.Limits.MaxConsecutiveDays ?? consecutive.DefaultMaximum) is { } most)
                for (var start = 0; start + most < D; start++)
                    Row(lp, double.NegativeInfinity, most, Enumerable.Range(start, most + 1).SelectMany(d => days[d]).Select(v => (v, 1.0)));
        }

        // One presence variable per row, defined once by its people's shifts (the dual of that definition is the
        // row's price), and the row's levels on it alone: three small rows instead of three long ones.
        var definitions = new Constraint[rows.Rows.Count];
        for (var r = 0; r < rows.Rows.Count; r++)
        {
            var row = rows.Rows[r];
            double m = row.Multiplicity;
            var present = lp.MakeNumVar(0, row.MostPresent, "");
            definitions[r] = Row(lp, 0, 0, [.. rowTerms[r], (present, -1)]);
            // A hard level stays hard here: the relaxation must not be looser than the problem where it is exact.
            if (row.HardExact) Row(lp, row.Ideal, row.Ideal, [(present, 1)]);
            if (row.HardLow && row.Low > 0) Row(lp, Math.Min(row.Low, row.MostPresent), double.PositiveInfinity, [(present, 1)]);
            if (row.Low > 0 && row.BelowLow > 0) Row(lp, row.Low, double.PositiveInfinity, [(present, 1), (Slack(m * row.BelowLow), 1)]);
            if (row.Ideal > 0 && row.BelowIdeal > 0) Row(lp, row.Ideal, double.PositiveInfinity, [(present, 1), (Slack(m * row.BelowIdeal), 1)]);
            if (row.AboveIdeal > 0) Row(lp, double.NegativeInfinity, row.Ideal, [(present, 1), (Slack(m * row.AboveIdeal), -1)]);
        }

        if (cancellation.IsCancellationRequested) return null;
        if (clock.Elapsed > limit) return null;
        lp.SetTimeLimit((long)Math.Max(1, limit.TotalMilliseconds));
        if (lp.Solve() != LinearSolver.ResultStatus.OPTIMAL) return null;
        var value = objective.Value();
        var bound = (long)Math.Ceiling(value - (Math.Abs(value) * Tolerance) - 1);
        // Σ terms − present = 0: the dual is what one more person present is worth to the row.
        var duals = definitions.Select(c => c.DualValue()).ToArray();
        return new Result(Math.Max(0, bound), duals);

        Variable Slack(double cost)
        {
            var v = lp.MakeNumVar(0, double.PositiveInfinity, "");
            objective.SetCoefficient(v, cost);
            return v;
        }
    }

    private static Constraint Row(LinearSolver lp, double lower, double upper, IEnumerable<(Variable Var, double Coefficient)> terms)
    {
        var c = lp.MakeConstraint(lower, upper);
        foreach (var (v, coefficient) in terms) c.SetCoefficient(v, c.GetCoefficient(v) + coefficient);
        return c;
    }

    /// <summary>The cells an employee can never work under the hard rules read here: unavailable days, templates limited to zero.</summary>
    private static HashSet<(int E, int D, int T)> Forbidden(RosterProblem problem)
    {
        var cells = new HashSet<(int, int, int)>();
        int D = problem.Period.Days, T = problem.Templates.Length;
        if (problem.Rules.Get<AvailabilityRule>() is { Enforcement.IsHard: true })
            foreach (var u in problem.Unavailability)
            {
                var e = problem.Employees.IndexOf(problem.EmployeeById[u.Employee]);
                var d = problem.Period.IndexOf(u.Date);
                for (var t = 0; t < T; t++) cells.Add((e, d, t));
            }

        if (problem.Rules.Get<MaxShiftsPerTemplateRule>() is { Enforcement.IsHard: true } limits)
            for (var e = 0; e < problem.Employees.Length; e++)
                for (var t = 0; t < T; t++)
                    if ((problem.Employees[e].Limits.MaxShiftsPerTemplate.TryGetValue(problem.Templates[t].Code, out var most) ? most : limits.DefaultMaximum) == 0)
                        for (var d = 0; d < D; d++)
                            cells.Add((e, d, t));
        return cells;
    }
}
