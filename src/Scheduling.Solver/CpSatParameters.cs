namespace Scheduling.Solver;

/// <summary>The one place CP-SAT's parameter strings are written.</summary>
internal static class CpSatParameters
{
    /// <summary>
    /// CP-SAT's parameters for one solve. CP-SAT's own Ctrl+C handler is turned off: the host owns SIGINT
    /// (the CLI stops the search through a CancellationToken and prints the best roster), and CP-SAT's
    /// handler aborted the process with std::bad_function_call when SIGINT arrived during a solve.
    /// </summary>
    public static string Format(TimeSpan limit, int workers, int seed = 0, string extra = "") =>
        string.Create(CultureInfo.InvariantCulture,
            $"max_time_in_seconds:{Math.Max(0.01, limit.TotalSeconds)} num_workers:{workers} random_seed:{seed} catch_sigint_signal:false {extra}").TrimEnd();
}
