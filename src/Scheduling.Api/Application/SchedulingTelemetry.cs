using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Scheduling.Api.Application;

/// <summary>
/// Metrics and traces of the service, under the name "Scheduling.Api": an OpenTelemetry SDK (or
/// `dotnet-counters monitor -n Scheduling.Api --counters Scheduling.Api`) picks them up by name.
/// </summary>
public sealed class SchedulingTelemetry : IDisposable
{
    public const string Name = "Scheduling.Api";

    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Meter meter;

    public SchedulingTelemetry(IMeterFactory meters)
    {
        meter = meters.Create(Name);
        SolveDuration = meter.CreateHistogram<double>("scheduling.solve.duration", "s", "Wall-clock time of a solve, from start to the final roster.");
        FinalGap = meter.CreateHistogram<double>("scheduling.solve.gap", "1", "Relative gap between the final objective and the best bound.");
        Jobs = meter.CreateCounter<long>("scheduling.solve.jobs", "{job}", "Jobs that ended, by state.");
        Rejected = meter.CreateCounter<long>("scheduling.solve.rejected", "{job}", "StartSolve calls refused because the queue was full.");
        Improvements = meter.CreateCounter<long>("scheduling.solve.improvements", "{roster}", "Improving rosters reported by running solves.");
    }

    public Histogram<double> SolveDuration { get; }
    public Histogram<double> FinalGap { get; }
    public Counter<long> Jobs { get; }
    public Counter<long> Rejected { get; }
    public Counter<long> Improvements { get; }

    /// <summary>Observes the queue: jobs waiting and jobs running.</summary>
    public void ObserveQueue(Func<int> queued, Func<int> running)
    {
        meter.CreateObservableGauge("scheduling.queue.length", queued, "{job}", "Jobs waiting to be solved.");
        meter.CreateObservableGauge("scheduling.queue.running", running, "{job}", "Jobs being solved.");
    }

    public void Dispose() => meter.Dispose();
}
