using Scheduling.Benchmarks.Curtois;
using Scheduling.Domain;

namespace Scheduling.Benchmarks;

/// <summary>
/// Finds the Curtois &amp; Qu instances: $SCHEDULING_CURTOIS_DIR when set, else <c>../shared/benchmarks/curtois</c>
/// beside the folder holding Scheduling.sln (BenchmarkDotNet runs each benchmark from a generated project
/// below this one, still inside the repository).
/// </summary>
public static class Instances
{
    public const string FolderVariable = "SCHEDULING_CURTOIS_DIR";

    public static string Folder { get; } = Find();

    public static RosterProblem Load(string name) => CurtoisImporter.Load(Path.Combine(Folder, name + ".txt"));

    public static Roster PublishedRoster(string name, RosterProblem problem) =>
        RosterCsv.Load(Path.Combine(Folder, "published-rosters", name + ".solution.csv"), problem);

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } given) return given;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Scheduling.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "benchmarks", "curtois"));
        throw new DirectoryNotFoundException($"no Scheduling.sln above {AppContext.BaseDirectory}; set {FolderVariable}");
    }
}
