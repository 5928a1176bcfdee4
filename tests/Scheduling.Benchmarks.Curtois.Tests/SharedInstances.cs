namespace Scheduling.Benchmarks.Curtois.Tests;

/// <summary>
/// The shared benchmark folder: the repository is cloned with <c>shared/</c> beside it, so the instances
/// are at <c>../shared/benchmarks/curtois</c> from the folder holding Scheduling.sln.
/// </summary>
internal static class SharedInstances
{
    public static string Folder { get; } = Find();

    public static string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>The instance names (e.g. "Instance2") of every .txt in the folder, by number.</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(Folder, "Instance*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .OrderBy(n => int.Parse(n["Instance".Length..], System.Globalization.CultureInfo.InvariantCulture));

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names()) data.Add(name);
        return data;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "Scheduling.sln"))) continue;
            var folder = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "benchmarks", "curtois"));
            return Directory.Exists(folder)
                ? folder
                : throw new DirectoryNotFoundException($"the benchmark instances are expected at {folder} (shared/ cloned beside the repository)");
        }

        throw new DirectoryNotFoundException($"no folder holding Scheduling.sln above {AppContext.BaseDirectory}");
    }
}
