using Google.Protobuf.WellKnownTypes;
using Scheduling.Api.V1;

namespace Scheduling.Cli;

/// <summary>
/// <c>scheduling plan …</c>: a planner's client for planning a municipality — many stored units for one period in one
/// call (one solve job per unit), then the plan's progress and its report over all units.
/// </summary>
public static class PlanCommand
{
    /// <summary>The command and its subcommands, with their help text.</summary>
    internal sealed class Definition : ServiceCommand
    {
        private readonly Option<bool> wait = new("--wait") { Description = "Wait until every unit's job has ended, printing the progress", Recursive = true };

        public Definition(CliConsole console) : base("plan", "Plan many units of a municipality for one period: one solve job per unit, the progress of the whole and a report over all", console)
        {
            Add(wait);
            Add(Start());
            Add(Get());
        }

        private Command Start()
        {
            var units = new Argument<string[]>("UNIT") { Description = "The units, units/ID (1 to 100)", Arity = ArgumentArity.OneOrMore };
            var start = new Option<string>("--start") { Description = "The period's first day", HelpName = "yyyy-MM-dd", Required = true };
            var days = new Option<int>("--days") { Description = "The period's length in days", Required = true };
            var limit = new Option<int?>("--time-limit") { Description = "Seconds each unit's solve may take (default the service's, 30)", HelpName = "SECONDS" };
            return Call("start", "Start a plan of the units for the period", [units, start, days, limit], async (invoker, result, cancellation) =>
            {
                var request = new StartPlanRequest { Period = new Period { StartDate = result.GetRequiredValue(start), Days = result.GetRequiredValue(days) } };
                request.Units.AddRange(result.GetRequiredValue(units));
                if (result.GetValue(limit) is { } seconds) request.Options = new SolveOptions { TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(seconds)) };
                var client = new PlanService.PlanServiceClient(invoker);
                var plan = await client.StartPlanAsync(request, deadline: DateTime.UtcNow.AddMinutes(2), cancellationToken: cancellation);
                return await Finish(client, plan, result.GetValue(wait), cancellation).ConfigureAwait(false);
            });
        }

        private Command Get()
        {
            var name = new Argument<string>("PLAN") { Description = "The plan, plans/ID" };
            return Call("get", "A plan's progress and its report", [name], async (invoker, result, cancellation) =>
            {
                var client = new PlanService.PlanServiceClient(invoker);
                var plan = await client.GetPlanAsync(new GetPlanRequest { Name = result.GetRequiredValue(name) }, deadline: DateTime.UtcNow.AddSeconds(60), cancellationToken: cancellation);
                return await Finish(client, plan, result.GetValue(wait), cancellation).ConfigureAwait(false);
            });
        }

        /// <summary>With <c>--wait</c>, polls until the plan is done, a line on stderr at each change of progress.</summary>
        private async Task<(Google.Protobuf.IMessage, string)> Finish(PlanService.PlanServiceClient client, Plan plan, bool waiting, CancellationToken cancellation)
        {
            var last = "";
            while (waiting && !plan.Progress.Done)
            {
                var line = Progress(plan) + string.Concat(plan.Units.Where(u => u.Progress is not null).Select(u => $"; {u.Unit} {Searching(u.Progress)}"));
                if (line != last) await Terminal.Error.WriteLineAsync(line).ConfigureAwait(false);
                last = line;
                await Task.Delay(TimeSpan.FromSeconds(2), cancellation).ConfigureAwait(false);
                plan = await client.GetPlanAsync(new GetPlanRequest { Name = plan.Name }, deadline: DateTime.UtcNow.AddSeconds(60), cancellationToken: cancellation);
            }

            return (plan, PlanText(plan));
        }
    }

    internal static string Progress(Plan plan)
    {
        var p = plan.Progress;
        return $"{plan.Name}: {p.Succeeded + p.Cancelled + p.Failed} of {plan.Units.Count} ended ({p.Queued} queued, {p.Running} running, {p.Succeeded} succeeded, {p.Cancelled} cancelled, {p.Failed} failed)";
    }

    /// <summary>A running job's latest improvement, as the plan page words it.</summary>
    private static string Searching(SolveProgress progress) =>
        string.Create(CultureInfo.InvariantCulture, $"{progress.SolutionCount} rosters found, best penalty {progress.Objective} after {(int)(progress.Elapsed?.ToTimeSpan().TotalSeconds ?? 0)} s");

    private static string Kronor(long kronor) => kronor.ToString("N0", CultureInfo.InvariantCulture).Replace(',', ' ') + " kr";

    /// <summary>A plan as text: the progress, a line per unit, and the totals over the units with a roster.</summary>
    public static string PlanText(Plan plan)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{Progress(plan)}; period {plan.Period.StartDate}, {plan.Period.Days} days");
        foreach (var u in plan.Units)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {u.Unit}");
            if (u.DisplayName.Length > 0 && u.DisplayName != u.Unit[(u.Unit.IndexOf('/', StringComparison.Ordinal) + 1)..]) text.Append(CultureInfo.InvariantCulture, $" ({u.DisplayName})");
            text.Append(CultureInfo.InvariantCulture, $"  {u.State}  {u.SolveJob}");
            if (u.Progress is { } progress) text.Append(CultureInfo.InvariantCulture, $"  {Searching(progress)}");
            if (u.Roster.Length > 0)
                text.Append(CultureInfo.InvariantCulture, $"  {u.Roster}  {u.EmployeeCount} staff  penalty {u.Penalty}  hard {u.HardViolationCount}  below ideal {u.HoursBelowIdeal:0.0} h (minimum {u.HoursBelowMinimum:0.0} h)  cost {Kronor(u.CostKronor)} (substitutes {Kronor(u.SubstituteKronor)})");
            text.AppendLine();
        }

        var r = plan.Report;
        text.AppendLine(CultureInfo.InvariantCulture, $"all units with a roster ({r.UnitsWithRoster}): {r.Employees} staff, hard violations {r.HardViolationCount}, below ideal {r.HoursBelowIdeal:0.0} h (minimum {r.HoursBelowMinimum:0.0} h), cost {Kronor(r.CostKronor)} (substitutes {Kronor(r.SubstituteKronor)})");
        return text.ToString();
    }
}
