using Scheduling.Solver;

namespace Scheduling.Cli;

/// <summary>Progress as one line per event, for a redirected stderr (tests, pipes, log files).</summary>
internal sealed class PlainSolveProgress(TextWriter stderr) : SolveProgressView
{
    private readonly Lock gate = new();

    public override Task WriteLineAsync(string line)
    {
        Write(line);
        return Task.CompletedTask;
    }

    public override void Report(SolveProgress value) => Write(Line(value));

    public override void State(string state) => Write($"  {state}");

    public override Task<T> RunAsync<T>(string title, TimeSpan expected, Func<Task<T>> work) => work();

    private void Write(string line)
    {
        lock (gate) stderr.WriteLine(line);
    }
}
