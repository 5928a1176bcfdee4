using Scheduling.Domain;
using Scheduling.Domain.Files;

namespace Scheduling.Solver.Tests;

/// <summary>Loads the bundled example problems from the repository's examples/ folder.</summary>
internal static class Examples
{
    public static string Directory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Scheduling.sln"))) dir = dir.Parent;
            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Scheduling.sln not found above the test binaries"), "examples");
        }
    }

    public static RosterProblem Load(string name) => ProblemFileReader.Read(File.ReadAllText(Path.Combine(Directory, name)));
}
