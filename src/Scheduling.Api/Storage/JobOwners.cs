namespace Scheduling.Api.Storage;

/// <summary>
/// Job owners: a process holds the jobs it queued or picked up, with a lease it renews while it lives. Another
/// process on the same data directory takes a job over only when the lease has run out, or when the owner was a
/// process of this host that is no longer running (a crash: a restart picks its jobs up at once).
/// </summary>
public static class JobOwners
{
    private static readonly string Host = Environment.MachineName;

    /// <summary><c>host|pid|process start ticks|random</c>: a new one per store.</summary>
    public static string Current()
    {
        using var self = Process.GetCurrentProcess();
        return string.Join('|', Host, self.Id.ToString(CultureInfo.InvariantCulture), self.StartTime.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N"));
    }

    /// <summary>True when the owner was a process of this host that has ended (its id is free or belongs to a later process).</summary>
    public static bool IsGone(string? owner)
    {
        var parts = owner?.Split('|');
        if (parts is not { Length: 4 } || parts[0] != Host || !int.TryParse(parts[1], CultureInfo.InvariantCulture, out var pid) || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var started)) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            // Start times read by another process can differ by rounding (boot time is derived): a second's slack.
            return process.HasExited || Math.Abs(process.StartTime.ToUniversalTime().Ticks - started) > TimeSpan.TicksPerSecond;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
