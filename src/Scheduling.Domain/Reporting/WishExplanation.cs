namespace Scheduling.Domain.Reporting;

/// <summary>
/// The reason for a wish's outcome in plain words, with the blocking rule (id and source) and dates, and the
/// penalty difference of granting it alone (the roster with just that cell changed) by rule.
/// </summary>
public sealed record WishExplanation(
    WishReason Reason,
    string? RuleId,
    string? Source,
    ImmutableArray<LocalDate> Dates,
    long PenaltyDifference,
    ImmutableSortedDictionary<string, long> PenaltyDifferenceByRule,
    string Text)
{
    /// <summary>
    /// The text for the employee whose wish it is: colleagues who could have taken the shift are counted, not named
    /// (an employee sees their own data and counts of others'). The same as <see cref="Text"/> when it names no one.
    /// </summary>
    public string OwnText { get => field ?? Text; init; }
}
