namespace Scheduling.Api.Hosting;

/// <summary>Hangfire's jobs from this host's services (the singleton <see cref="Application.Solving.SolveJobs"/>), not Hangfire's own activator.</summary>
internal sealed class ServiceJobActivator(IServiceProvider services) : JobActivator
{
    public override object ActivateJob(Type jobType) => services.GetRequiredService(jobType);
}
