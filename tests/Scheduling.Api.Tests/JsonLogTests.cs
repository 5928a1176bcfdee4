using System.Text.Json;

namespace Scheduling.Api.Tests;

/// <summary>The service as a process with JSON console logs (<c>Logging:Console:FormatterName=json</c>), as a log shipper reads them.</summary>
public sealed class JsonLogTests : IDisposable
{
    private readonly string dataDirectory = TestPaths.TempDirectory();

    public void Dispose() => Directory.Delete(dataDirectory, recursive: true);

    [Fact]
    public async Task With_the_json_formatter_every_log_line_is_one_JSON_object_with_level_category_and_message()
    {
        await using var host = await HostProcess.StartAsync(dataDirectory, "--Logging:Console:FormatterName=json");
        await host.KillAsync();
        var lines = host.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var entry = JsonDocument.Parse(line);
            Assert.False(string.IsNullOrEmpty(entry.RootElement.GetProperty("LogLevel").GetString()), line);
            Assert.False(string.IsNullOrEmpty(entry.RootElement.GetProperty("Category").GetString()), line);
            Assert.False(string.IsNullOrEmpty(entry.RootElement.GetProperty("Message").GetString()), line);
        }

        // The signing key's first-start line is among them, from its own category.
        Assert.Contains(lines, l => l.Contains("\"Category\":\"Scheduling.Api.Auth.SigningKey\"", StringComparison.Ordinal));
    }
}
