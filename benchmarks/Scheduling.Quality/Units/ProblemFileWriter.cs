using System.Text.Encodings.Web;
using Scheduling.Domain.Files;

namespace Scheduling.Quality.Units;

/// <summary>
/// Writes a <see cref="ProblemFile"/> as the JSON the CLI (<c>scheduling solve FILE</c>) and the service read, with the
/// reader's own options (camelCase, nulls left out), Swedish letters unescaped so a person can read the file.
/// </summary>
/// <remarks>The domain has a reader but no writer: only the benchmarks need to produce problem files so far.</remarks>
public static class ProblemFileWriter
{
    private static readonly JsonSerializerOptions Options = new(ProblemFileReader.JsonOptions)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ProblemFile file) => JsonSerializer.Serialize(file, Options) + "\n";

    public static void WriteFile(ProblemFile file, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        File.WriteAllText(path, Write(file));
    }
}
