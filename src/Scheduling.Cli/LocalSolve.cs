using Scheduling.Domain;
using Scheduling.Solver;

namespace Scheduling.Cli;

/// <summary><c>scheduling solve FILE</c> in this process: solves with progress, prices refused wishes when asked, prints the report.</summary>
internal static class LocalSolve
{
    public static async Task<int> RunAsync(SolveCommand command, RosterProblem problem, TextWriter stdout, SolveProgressView progress, CancellationToken interrupt)
    {
        var options = new SolverOptions
        {
            TimeLimit = TimeSpan.FromSeconds(command.TimeLimitSeconds),
            Workers = command.Workers,
            Seed = command.Seed,
            RelaxWhenInfeasible = command.Relax,
            Core = command.Core,
        };
        await progress.WriteLineAsync($"solving '{problem.Name}': {problem.Employees.Length} employees, {problem.Period.Days} days from {problem.Period.Start:uuuu-MM-dd}, {problem.Templates.Length} shift templates, {options.TimeLimit.TotalSeconds:0} s limit, {options.Workers} workers").ConfigureAwait(false);
        var result = await progress.RunAsync("solving", options.TimeLimit,
            () => Task.Run(() => RosterSolver.Solve(problem, options, progress, interrupt), CancellationToken.None)).ConfigureAwait(false);
        if (command.HandOverOn is { } today && result.Roster is { } planned)
        {
            var (handed, moved) = Domain.Units.PoolHandover.HandOver(problem, planned, today);
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{moved.Length} unbooked shift(s) handed to the pool on {today:uuuu-MM-dd}{(Domain.Units.PoolHandover.IsDue(problem.Period, today) ? "" : $" (not due before {problem.Period.Start.PlusDays(-Domain.Units.PoolHandover.DaysBefore):uuuu-MM-dd})")}")).ConfigureAwait(false);
            if (moved.Length > 0) result = result with { Roster = handed, Evaluation = Domain.Checking.RuleChecker.Evaluate(problem, handed) };
        }

        var costs = command.CostToGrantSeconds is { } seconds && result.Roster is { } solved && !result.IsRelaxed
            ? await PriceRefusedWishesAsync(problem, solved, options with { TimeLimit = TimeSpan.FromSeconds(seconds) }, progress, interrupt).ConfigureAwait(false)
            : null;
        var report = new ReportWriter(problem, result, command.Language, costs);
        await stdout.WriteAsync(command.Format == "json" ? report.Json() : report.Table()).ConfigureAwait(false);
        await PayrollFile.WriteAsync(command.Payroll, problem, result.Roster, progress).ConfigureAwait(false);
        return CliApp.ExitCode(result.Status);
    }

    /// <summary>Re-solves once per refused wish with the wish forced, to show what granting it would cost.</summary>
    private static async Task<Dictionary<Wish, WishCost>> PriceRefusedWishesAsync(RosterProblem problem, Roster roster, SolverOptions options, SolveProgressView progress, CancellationToken cancellation)
    {
        var refused = problem.Wishes.Where(w => !w.IsGrantedBy([.. roster.Assignments.Where(a => a.Employee == w.Employee && a.Date == w.Date).Select(a => a.Shift)])).ToList();
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"pricing {refused.Count} refused wishes, {options.TimeLimit.TotalSeconds:0.#} s each")).ConfigureAwait(false);
        return await progress.RunAsync("pricing refused wishes", options.TimeLimit * refused.Count, () => Task.Run(() =>
        {
            var costs = new Dictionary<Wish, WishCost>();
            foreach (var wish in refused.TakeWhile(_ => !cancellation.IsCancellationRequested))
                costs[wish] = WishPricing.CostToGrant(problem, roster, wish, options with { ExplainInfeasibility = true }, cancellation);
            return costs;
        }, CancellationToken.None)).ConfigureAwait(false);
    }
}
