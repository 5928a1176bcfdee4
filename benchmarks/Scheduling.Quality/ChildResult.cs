using System.Text.Json.Serialization;

namespace Scheduling.Quality;

/// <summary>
/// What a child process reports of its one solve, as the single JSON line it prints last. Peak memory is the child's
/// own, so each row has its own; the parent adds what does not depend on the solve (best known, LP bound).
/// </summary>
public sealed record ChildResult
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required string Instance { get; init; }
    public required string Status { get; init; }
    public int? Solutions { get; init; }
    public double? FirstSolutionSeconds { get; init; }
    public long? Objective { get; init; }
    public long? BestBound { get; init; }
    public int? HardViolations { get; init; }
    public double? NeedCoveredPercent { get; init; }
    public long? PeakMib { get; init; }
    public double? Seconds { get; init; }

    /// <summary>Why the solve did not end normally, one line; null when it did.</summary>
    public string? Error { get; init; }

    public string ToJsonLine() => JsonSerializer.Serialize(this, Json);

    /// <summary>The result in <paramref name="line"/>, or null when the line is not one.</summary>
    public static ChildResult? TryParse(string line)
    {
        if (!line.StartsWith('{')) return null;
        try
        {
            return JsonSerializer.Deserialize<ChildResult>(line, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
