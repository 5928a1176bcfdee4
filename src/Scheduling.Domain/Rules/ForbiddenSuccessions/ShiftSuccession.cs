namespace Scheduling.Domain.Rules;

/// <summary>Two templates that must not follow each other on consecutive days: <see cref="To"/> the day after <see cref="From"/>.</summary>
public sealed record ShiftSuccession(ShiftCode From, ShiftCode To);
