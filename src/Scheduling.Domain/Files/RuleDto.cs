namespace Scheduling.Domain.Files;

/// <summary>One rule of a pack: its id, whether hard or its weight, its named parameters, and optionally its own citation.</summary>
public sealed class RuleDto
{
    public string? Id { get; set; }
    public string? Source { get; set; }
    public bool? Hard { get; set; }
    public long? Weight { get; set; }
    public Dictionary<string, JsonElement>? Parameters { get; set; }
}
