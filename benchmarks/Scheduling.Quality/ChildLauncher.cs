namespace Scheduling.Quality;

/// <summary>
/// Starts the runner again as a child process for one solve (<see cref="SolveOne"/>) and reads back its result line.
/// The child's other stdout lines (progress) are passed on indented, its stderr as it comes. A child that dies (a
/// crash, the kernel's OOM killer) or overruns <c>timeout</c> gives no result; the caller records why.
/// </summary>
/// <param name="FileName">The program to start.</param>
/// <param name="Prefix">Arguments before the child's own (the runner's dll when started through the dotnet host).</param>
public sealed record ChildLauncher(string FileName, IReadOnlyList<string> Prefix)
{
    /// <summary>This very runner: its apphost, or <c>dotnet Scheduling.Quality.dll</c> when run through the host.</summary>
    public static ChildLauncher Current()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("the runner's own path is unknown");
        return Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? new ChildLauncher(process, [typeof(ChildLauncher).Assembly.Location])
            : new ChildLauncher(process, []);
    }

    /// <summary>The child's result, or null with the reason it gave none (exit code or signal, timeout, unreadable output).</summary>
    public (ChildResult? Result, string? Failure) Run(IReadOnlyList<string> args, TimeSpan timeout, TextWriter stdout, TextWriter stderr)
    {
        var start = new ProcessStartInfo(FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in Prefix.Concat(args)) start.ArgumentList.Add(a);

        ChildResult? result = null;
        var gate = new Lock();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line) return;
            lock (gate)
            {
                if (ChildResult.TryParse(line) is { } parsed) result = parsed;
                else stdout.WriteLine("  " + line);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not { } line) return;
            lock (gate) stderr.WriteLine(line);
        };

        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (null, $"could not start {FileName}: {e.Message}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            // Only this child (and anything it started) is ended, by its own id.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (null, string.Create(CultureInfo.InvariantCulture, $"no result within {timeout.TotalSeconds:0} s; the child was stopped"));
        }

        // The parameterless wait drains the redirected streams, so the result line has been read when it returns.
        process.WaitForExit();
        lock (gate)
        {
            if (result is not null) return (result, null);
            var code = process.ExitCode;
            // A process ended by a signal exits with 128 + the signal: 137 is SIGKILL, what the kernel's OOM killer sends.
            var why = code switch
            {
                137 => "killed (SIGKILL, often the out-of-memory killer)",
                > 128 => $"ended by signal {code - 128}",
                _ => $"exit code {code}",
            };
            return (null, $"the child gave no result: {why}");
        }
    }
}
