namespace Scheduling.Domain.Checking;

/// <summary>
/// One broken rule: which rule (id and source), whether it is hard, who and when, how much
/// (<see cref="Units"/> in the rule's unit), what it costs (<see cref="Penalty"/>, 0 for hard rules), and the
/// message in English (<see cref="Message"/>) and Swedish (<see cref="SwedishMessage"/>). Rule names and sources per
/// language: <see cref="Rules.RuleRegistry"/>.
/// </summary>
public sealed record Violation(
    string RuleId,
    string Source,
    bool IsHard,
    EmployeeId? Employee,
    ImmutableArray<LocalDate> Dates,
    long Units,
    long Penalty,
    string Message)
{
    /// <summary>The message in Swedish, the users' language; <see cref="Message"/> is its English. Null where only English is known.</summary>
    public string? SwedishMessage { get; init; }

    /// <summary>Whether the violation involves a day before the period (the problem's history): the seam, not the period alone.</summary>
    public bool InvolvesHistory { get; init; }

    /// <summary>The message in <paramref name="language"/>.</summary>
    public string MessageIn(Reporting.ReportLanguage language) =>
        language == Reporting.ReportLanguage.Swedish ? SwedishMessage ?? Message : Message;
}
