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
        SolveDuration = meter.CreateHistogram<double>("scheduling.solve.duration", "s", "Wall-clock time of a solve, from start to the final roster.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 5, 10, 30, 60, 120, 300, 600, 1200] });
        FinalGap = meter.CreateHistogram<double>("scheduling.solve.gap", "1", "Relative gap between the final objective and the best bound.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0, 0.001, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1] });
        Jobs = meter.CreateCounter<long>("scheduling.solve.jobs", "{job}", "Jobs that ended, by state.");
        Rejected = meter.CreateCounter<long>("scheduling.solve.rejected", "{job}", "StartSolve calls refused because the queue was full.");
        Improvements = meter.CreateCounter<long>("scheduling.solve.improvements", "{roster}", "Improving rosters reported by running solves.");
    }

    public Histogram<double> SolveDuration { get; }
    public Histogram<double> FinalGap { get; }
    public Counter<long> Jobs { get; }
    public Counter<long> Rejected { get; }
    public Counter<long> Improvements { get; }

    /// <summary>Observes the queue: one gauge, <c>scheduling.queue.length</c>, with the jobs waiting (state QUEUED) and being solved (RUNNING).</summary>
    public void ObserveQueue(Func<int> queued, Func<int> running) =>
        meter.CreateObservableGauge("scheduling.queue.length", () => new[]
        {
            new Measurement<int>(queued(), new KeyValuePair<string, object?>("state", "QUEUED")),
            new Measurement<int>(running(), new KeyValuePair<string, object?>("state", "RUNNING")),
        }, "{job}", "Solve jobs by state: waiting for a worker (QUEUED) and being solved (RUNNING).");

    public void Dispose() => meter.Dispose();
}
