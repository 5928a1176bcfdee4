namespace Scheduling.Domain.Files;

/// <summary>A rule pack: in a problem file's <c>rulePack</c>, and the built-in packs' files (Rules/Packs/*.json).</summary>
public sealed class RulePackDto
{
    public string? Id { get; set; }

    /// <summary>Optional. The pack's version, e.g. "2025.1".</summary>
    public string? Version { get; set; }

    /// <summary>Optional. The first day the pack applies, ISO (inclusive).</summary>
    public string? AppliesFrom { get; set; }

    /// <summary>Optional. The last day the pack applies, ISO (inclusive).</summary>
    public string? AppliesTo { get; set; }

    public List<RuleDto>? Rules { get; set; }
}
