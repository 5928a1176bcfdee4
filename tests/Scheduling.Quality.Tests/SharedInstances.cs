namespace Scheduling.Quality.Tests;

/// <summary>
/// The repository (the folder holding Scheduling.sln) and the shared benchmark folder: the repository is cloned with
/// <c>shared/</c> beside it, so the instances are at <c>../shared/benchmarks/curtois</c> from the repository.
/// </summary>
internal static class SharedInstances
{
    public static string Repository { get; } = FindRepository();

    public static string Folder { get; } = FindFolder();

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Scheduling.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException($"no folder holding Scheduling.sln above {AppContext.BaseDirectory}");
    }

    private static string FindFolder()
    {
        var folder = Path.GetFullPath(Path.Combine(Repository, "..", "shared", "benchmarks", "curtois"));
        return Directory.Exists(folder)
            ? folder
            : throw new DirectoryNotFoundException($"the benchmark instances are expected at {folder} (shared/ cloned beside the repository)");
    }
}
