namespace Scheduling.Quality;

/// <summary>The best known objectives of the instances, from the folder's BEST_KNOWN.csv (column best_known_ub).</summary>
public static class BestKnown
{
    public const string FileName = "BEST_KNOWN.csv";

    /// <summary>Best known upper bound by instance name; empty when the file is absent.</summary>
    public static IReadOnlyDictionary<string, long> Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!File.Exists(path)) return result;
        using var lines = File.ReadLines(path).GetEnumerator();
        if (!lines.MoveNext()) return result;
        var header = lines.Current.Split(',');
        var name = Array.IndexOf(header, "instance");
        var upper = Array.IndexOf(header, "best_known_ub");
        if (name < 0 || upper < 0) throw new UsageException($"{path} has no 'instance' and 'best_known_ub' columns");
        // Only the leading columns are read; the last one (the source) may itself hold commas.
        while (lines.MoveNext())
        {
            var fields = lines.Current.Split(',');
            if (fields.Length > Math.Max(name, upper) && long.TryParse(fields[upper], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                result[fields[name]] = value;
        }

        return result;
    }
}
