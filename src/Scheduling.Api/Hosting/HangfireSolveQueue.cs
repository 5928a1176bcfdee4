using Hangfire.Common;
using Hangfire.States;
using Scheduling.Api.Application.Solving;

namespace Scheduling.Api.Hosting;

/// <summary>Solve jobs into Hangfire's queue (<see cref="SolveEngine"/>): each a call of <see cref="SolveJobs.RunQueuedAsync"/> with the job's name.</summary>
internal sealed class HangfireSolveQueue(SolveEngine engine) : ISolveQueue
{
    public Task EnqueueAsync(string job, string? traceParent, CancellationToken cancellation)
    {
        engine.Client.Create(Job.FromExpression<SolveJobs>(j => j.RunQueuedAsync(job, traceParent)), new EnqueuedState(SolveEngine.Queue));
        return Task.CompletedTask;
    }
}
