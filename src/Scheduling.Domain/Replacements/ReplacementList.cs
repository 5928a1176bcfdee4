namespace Scheduling.Domain.Replacements;

/// <summary>
/// The replacements for one opened shift: the candidates best first, those who cannot take it with why, and a
/// substitute as the last line when the cost model prices substitutes.
/// </summary>
public sealed record ReplacementList(
    OpenedShift Shift,
    ImmutableArray<ReplacementCandidate> Candidates,
    ImmutableArray<ReplacementExclusion> Excluded,
    SubstituteOption? Substitute);
