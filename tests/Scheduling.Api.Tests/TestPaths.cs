namespace Scheduling.Api.Tests;

/// <summary>Files of the repository the tests use: the examples and the built service.</summary>
internal static class TestPaths
{
    public static string Root { get; } = FindRoot();

    public static string Example(string name) => Path.Combine(Root, "examples", name);

    /// <summary>The service as built next to its project (same configuration as the tests).</summary>
    public static string ApiDll
    {
        get
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(Root, "src", "Scheduling.Api", "bin", configuration, "net10.0", "Scheduling.Api.dll");
        }
    }

    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "scheduling-api-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Scheduling.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Scheduling.sln not found above " + AppContext.BaseDirectory);
    }
}
