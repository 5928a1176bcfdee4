using System.Diagnostics;
using Scheduling.Solver;
using Spectre.Console;

namespace Scheduling.Cli;

/// <summary>
/// Progress on a terminal (Spectre.Console): one line that redraws in place with the latest roster's objective,
/// bound and gap, a bar filling towards the time limit and the time taken; lines that stay are written above it.
/// </summary>
internal sealed class LiveSolveProgress : SolveProgressView
{
    private readonly IAnsiConsole console;
    private readonly Lock gate = new();
    private ProgressTask? task;
    private string title = "";

    private LiveSolveProgress(IAnsiConsole console) => this.console = console;

    /// <summary>The display on <paramref name="stderr"/>, or null when it is not a terminal that can redraw.</summary>
    public static LiveSolveProgress? TryCreate(TextWriter stderr)
    {
        // Spectre counts a console as interactive only when stdout is not redirected too; the report goes to stdout
        // (often a file) while the progress is on the terminal, so the caller's check of stderr decides.
        var output = new AnsiConsoleOutput(stderr);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = output, Interactive = InteractionSupport.Yes });
        return output.IsTerminal && console.Profile.Capabilities.Ansi ? new LiveSolveProgress(console) : null;
    }

    public override Task WriteLineAsync(string line)
    {
        lock (gate) console.WriteLine(line);
        return Task.CompletedTask;
    }

    public override void Report(SolveProgress value) => Describe(Summary(value));

    public override void State(string state) => Describe(state);

    public override Task<T> RunAsync<T>(string title, TimeSpan expected, Func<Task<T>> work) =>
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var clock = Stopwatch.StartNew();
                var current = context.AddTask(Markup.Escape(title), maxValue: Math.Max(1, expected.TotalSeconds));
                lock (gate) (this.title, task) = (title, current);
                var running = work();
                while (!running.IsCompleted)
                {
                    current.Value = Math.Min(current.MaxValue, clock.Elapsed.TotalSeconds);
                    await Task.WhenAny(running, Task.Delay(TimeSpan.FromMilliseconds(200))).ConfigureAwait(false);
                }

                current.Value = current.MaxValue;
                lock (gate) task = null;

                return await running.ConfigureAwait(false);
            });

    private void Describe(string text)
    {
        lock (gate)
        {
            if (task is not null) task.Description = Markup.Escape($"{title}: {text}");
        }
    }
}
