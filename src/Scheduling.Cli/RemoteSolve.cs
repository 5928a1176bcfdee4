using NodaTime.Text;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Solver;

namespace Scheduling.Cli;

/// <summary>
/// <c>scheduling solve --server URL FILE</c>: solves on the service instead of in-process. Starts a job
/// with the file as its Problem, prints the streamed progress, then fetches the roster, re-checks it with
/// the local rule checker and prints the same report as a local solve. Ctrl+C cancels the job on the
/// server, which keeps its best roster so far.
/// </summary>
public static class RemoteSolve
{
    /// <summary>Exit code when the service cannot be used (unreachable, queue full, internal error).</summary>
    public const int ServiceError = 4;

    internal static async Task<int> RunAsync(SolveCommand command, RosterProblem problem, string json, CliConsole console, SolveProgressView progress, CancellationToken interrupt)
    {
        Problem message;
        try
        {
            message = JsonParser.Default.Parse<Problem>(json);
        }
        catch (Exception ex) when (ex is InvalidProtocolBufferException or InvalidJsonException)
        {
            throw new CliUsageException($"{command.File}: {ex.Message}", ex);
        }

        using var connection = new ServiceConnection(command.Server!, command.Token);
        var channel = connection.Invoker;
        var solve = new SolveService.SolveServiceClient(channel);
        try
        {
            var job = await solve.StartSolveAsync(new StartSolveRequest
            {
                Problem = message,
                Options = new SolveOptions
                {
                    TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(command.TimeLimitSeconds)),
                    Workers = command.Workers,
                    Seed = command.Seed,
                    NoRelax = !command.Relax,
                },
            }, deadline: DateTime.UtcNow.AddSeconds(60), cancellationToken: interrupt).ResponseAsync.ConfigureAwait(false);
            await progress.WriteLineAsync($"started {job.Name} on {command.Server} ({job.State.ToString().ToUpperInvariant()}): '{job.ProblemName}', {job.EmployeeCount} employees, {job.Period.Days} days, {job.Options.TimeLimit.ToTimeSpan().TotalSeconds:0.#} s limit, {job.Options.Workers} workers").ConfigureAwait(false);

            using var cancelOnInterrupt = interrupt.Register(() => _ = solve.CancelSolveAsync(new CancelSolveRequest { Name = job.Name }));
            var final = await progress.RunAsync($"solving on {command.Server}", job.Options.TimeLimit.ToTimeSpan(), () => WatchAsync(solve, job.Name, progress)).ConfigureAwait(false);
            final ??= await solve.GetSolveJobAsync(new GetSolveJobRequest { Name = job.Name }, cancellationToken: CancellationToken.None).ResponseAsync.ConfigureAwait(false);
            if (final.State == SolveJob.Types.State.Failed)
            {
                await console.Error.WriteLineAsync($"error: the job failed: {final.Error?.Message}").ConfigureAwait(false);
                return ServiceError;
            }

            Api.V1.Roster? roster = null;
            if (final.Result.Roster.Length > 0)
                roster = await new RosterService.RosterServiceClient(channel).GetRosterAsync(new GetRosterRequest { Name = final.Result.Roster, Language = Domain.Reporting.ReportLanguages.Code(command.Language) }, cancellationToken: CancellationToken.None).ResponseAsync.ConfigureAwait(false);
            var result = ToResult(problem, final, roster);
            var report = new ReportWriter(problem, result, command.Language);
            await console.Out.WriteAsync(command.Format == "json" ? report.Json() : report.Table()).ConfigureAwait(false);
            if (roster is not null && result.Evaluation!.Penalty != roster.Penalty)
            {
                await console.Error.WriteLineAsync($"warning: the local rule checker scores the roster {result.Evaluation.Penalty}, the server {roster.Penalty}").ConfigureAwait(false);
            }

            await PayrollFile.WriteAsync(command.Payroll, problem, result.Roster, progress).ConfigureAwait(false);
            return CliApp.ExitCode(result.Status);
        }
        catch (RpcException ex)
        {
            var (exit, line) = ServiceConnection.Explain(ex, command.Server!, command.File);
            await console.Error.WriteLineAsync(line).ConfigureAwait(false);
            return exit;
        }
    }

    /// <summary>Shows the job's streamed progress until it ends; the final job when the stream carried it.</summary>
    private static async Task<SolveJob?> WatchAsync(SolveService.SolveServiceClient solve, string job, SolveProgressView progress)
    {
        SolveJob? final = null;
        using var watch = solve.WatchSolve(new WatchSolveRequest { Name = job }, cancellationToken: CancellationToken.None);
        await foreach (var p in watch.ResponseStream.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (p.FinalJob is not null) final = p.FinalJob;
            else if (p.SolutionCount > 0) progress.Report(new Solver.SolveProgress(p.Objective, p.BestBound, p.Gap, p.Elapsed.ToTimeSpan(), p.SolutionCount));
            else progress.State(p.State.ToString().ToLowerInvariant());
        }

        return final;
    }

    /// <summary>The server's outcome as a local solve result, the roster re-checked here.</summary>
    private static Solver.SolveResult ToResult(RosterProblem problem, SolveJob job, Api.V1.Roster? roster)
    {
        var r = job.Result ?? new Api.V1.SolveResult();
        Domain.Roster? domain = roster is null ? null : new Domain.Roster([.. roster.Assignments.Select(a =>
            new Domain.Assignment(new EmployeeId(a.Employee), LocalDatePattern.Iso.Parse(a.Date).Value, new ShiftCode(a.Shift)))]);
        return new Solver.SolveResult
        {
            Status = r.Status switch
            {
                Api.V1.SolveResult.Types.Status.Optimal => Solver.SolveStatus.Optimal,
                Api.V1.SolveResult.Types.Status.Feasible => Solver.SolveStatus.Feasible,
                Api.V1.SolveResult.Types.Status.Infeasible => Solver.SolveStatus.Infeasible,
                _ => Solver.SolveStatus.Unknown,
            },
            Roster = domain,
            Objective = r.HasObjective ? r.Objective : null,
            BestBound = r.HasBestBound ? r.BestBound : null,
            TotalTime = r.TotalTime?.ToTimeSpan() ?? TimeSpan.Zero,
            SolutionCount = r.SolutionCount,
            IsRelaxed = r.Relaxed,
            Cancelled = r.Cancelled,
            Conflicts = [.. r.Conflicts.Select(c => new Solver.Conflict(
                c.Rule,
                c.Employee.Length > 0 ? new EmployeeId(c.Employee) : null,
                c.Date.Length > 0 ? LocalDatePattern.Iso.Parse(c.Date).Value : null))],
            Evaluation = domain is null ? null : RuleChecker.Evaluate(problem, domain),
        };
    }
}
