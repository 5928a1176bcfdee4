using Scheduling.Solver;

namespace Scheduling.Cli;

/// <summary>
/// Where a solve's progress goes (stderr): on a terminal a display that redraws in place
/// (<see cref="LiveSolveProgress"/>), else one line per event (<see cref="PlainSolveProgress"/>) so that tests,
/// pipes and log files read them. Reports come on the solver's own thread, in order.
/// </summary>
internal abstract class SolveProgressView : IProgress<SolveProgress>
{
    public static SolveProgressView For(CliConsole console) =>
        console.LiveProgress && LiveSolveProgress.TryCreate(console.Error) is { } live ? live : new PlainSolveProgress(console.Error);

    /// <summary>A line that stays: what is being solved, the job that was started.</summary>
    public abstract Task WriteLineAsync(string line);

    /// <summary>A new best roster: its objective, the bound and the gap between them.</summary>
    public abstract void Report(SolveProgress value);

    /// <summary>A state without a roster yet (a job queued or running on the service).</summary>
    public abstract void State(string state);

    /// <summary>Runs <paramref name="work"/>, expected to take about <paramref name="expected"/>, with its progress shown under <paramref name="title"/>.</summary>
    public abstract Task<T> RunAsync<T>(string title, TimeSpan expected, Func<Task<T>> work);

    /// <summary>A new best roster as one line, in columns.</summary>
    protected static string Line(SolveProgress p) =>
        string.Create(CultureInfo.InvariantCulture, $"  {p.Elapsed.TotalSeconds,7:0.0} s  solution {p.SolutionCount,4}  objective {p.Objective,12}  bound {p.BestBound,12}  gap {p.Gap * 100,7:0.00} %");

    /// <summary>A new best roster in short, beside a display that shows the time itself.</summary>
    protected static string Summary(SolveProgress p) =>
        string.Create(CultureInfo.InvariantCulture, $"solution {p.SolutionCount}, objective {p.Objective}, bound {p.BestBound}, gap {p.Gap * 100:0.00} %");
}
