namespace Scheduling.Quality;

/// <summary>The process's peak resident memory as Linux counts it (VmHWM in /proc/self/status): native memory included, which OR-Tools' is.</summary>
public static class PeakMemory
{
    /// <summary>The peak resident set in MiB; null where /proc is not there.</summary>
    public static long? OfThisProcessMib()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return null;
        foreach (var line in File.ReadLines(status))
        {
            // "VmHWM:\t  123456 kB"
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
            var fields = line["VmHWM:".Length..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            return fields.Length > 0 && long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kib) ? kib / 1024 : null;
        }

        return null;
    }
}
