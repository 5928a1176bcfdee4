namespace Scheduling.Domain.Units;

/// <summary>
/// What a published roster carries into its unit's next period (<c>units/{unit}/carryForwards/{start}</c>): the period it
/// was published for (first day, length when known, zone id), the roster, each employee's time bank and year's overtime
/// in and out, and the fairness ledger in and out; when it was made and last replaced (null: not kept).
/// </summary>
public sealed record CarryForward(
    string Name,
    LocalDate? PeriodStart,
    int? Days,
    string TimeZone,
    string Roster,
    ImmutableArray<TimeBankCarry> TimeBank,
    ImmutableArray<LedgerCarry> LedgerIn,
    ImmutableArray<LedgerCarry> LedgerOut)
{
    /// <inheritdoc cref="CarryForward"/>
    public Instant? Created { get; init; }

    /// <inheritdoc cref="CarryForward"/>
    public Instant? Updated { get; init; }

    /// <summary>The day after its period, when both ends are known.</summary>
    public LocalDate? End => PeriodStart is { } start && Days is { } days ? start.PlusDays(days) : null;
}
