using System.Collections.Immutable;
using NodaTime;

namespace Scheduling.Domain.Checking;

/// <summary>
/// One broken rule: which rule (id and source), whether it is hard, who and when, how much
/// (<see cref="Units"/> in the rule's unit) and what it costs (<see cref="Penalty"/>, 0 for hard rules).
/// </summary>
public sealed record Violation(
    string RuleId,
    string Source,
    bool IsHard,
    EmployeeId? Employee,
    ImmutableArray<LocalDate> Dates,
    long Units,
    long Penalty,
    string Message);
