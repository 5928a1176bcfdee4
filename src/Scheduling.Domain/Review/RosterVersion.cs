namespace Scheduling.Domain.Review;

/// <summary>
/// A stored version of a roster: its name (<c>rosters/…</c>), unit (empty for an inline problem) and the job that made
/// it; its period (first day, null when not a date, and length); its <see cref="ReviewState"/>, version number (0 for a
/// roster stored before versions) and the version it was made from (empty for a first solve); its assignments and the
/// manager's pins; the rule checker's soft penalty and hard violations; and the etag it was read with. Beside them, what
/// review shows of it (<see cref="ProblemName"/>, <see cref="Relaxed"/>, <see cref="PenaltyByRule"/>,
/// <see cref="CoverageGaps"/>, <see cref="CostKronor"/>), when it was made and moved along the review, why it was
/// published late, and the employees whose shifts differ from the version it was made from.
/// </summary>
/// <remarks>
/// A version read as a summary (<c>RosterRepository.ListAsync</c>, the BASIC view) has no assignments and no coverage
/// gaps: those are the heavy parts of a stored roster, left unread.
/// </remarks>
public sealed record RosterVersion(
    string Name,
    string Unit,
    string Job,
    LocalDate? PeriodStart,
    int Days,
    ReviewState State,
    int Version,
    string Parent,
    Roster Assignments,
    ImmutableArray<Pin> Pins,
    long Penalty,
    int HardViolations,
    string Etag)
{
    /// <summary>The zone its period's days are in; null when it was not stored.</summary>
    public DateTimeZone? Zone { get; init; }

    /// <summary>The name of the problem it was solved from.</summary>
    public string ProblemName { get; init; } = "";

    /// <summary>Whether it is the least-bad roster of an infeasible problem (hard rules relaxed).</summary>
    public bool Relaxed { get; init; }

    /// <summary>The soft penalty per rule id (rules with a penalty only).</summary>
    public ImmutableSortedDictionary<string, long> PenaltyByRule { get; init; } = ImmutableSortedDictionary<string, long>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Where the demand curve is not met, as stored with its report.</summary>
    public ImmutableArray<Reporting.CoverageGap> CoverageGaps { get; init; } = [];

    /// <summary>The roster's cost in whole kronor; null when its problem has no cost section.</summary>
    public long? CostKronor { get; init; }

    /// <summary>When it was made, last changed, approved and published (null: not yet, or stored before the time was kept).</summary>
    public Instant? Created { get; init; }

    /// <inheritdoc cref="Created"/>
    public Instant? Updated { get; init; }

    /// <inheritdoc cref="Created"/>
    public Instant? Approved { get; init; }

    /// <inheritdoc cref="Created"/>
    public Instant? Published { get; init; }

    /// <summary>Why it was published with less than the notice the agreement asks for (empty when on time).</summary>
    public string PublishReason { get; init; } = "";

    /// <summary>For a version made from a published roster: the employees whose shifts differ from it.</summary>
    public ImmutableArray<EmployeeId> AffectedEmployees { get; init; } = [];

    /// <summary>Person-minutes below the demand curve's minimum (or, with <paramref name="ideal"/>, its ideal), from its coverage gaps.</summary>
    public long ShortMinutes(bool ideal) =>
        CoverageGaps.Sum(gap =>
        {
            var need = ideal ? gap.Ideal : gap.Minimum;
            return gap.Present >= need ? 0 : (need - gap.Present) * Period.Between(gap.From, gap.To, PeriodUnits.Minutes).Minutes;
        });
}
