using NodaTime;
using Scheduling.Api.Storage.Encoding;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Storage;

/// <summary>
/// The stored rosters in the domain's terms: a version of a roster (<see cref="RosterVersion"/>), summaries of a unit's versions, its assignments alone
/// (a warm start, the roster a re-solve re-plans), and a unit's published periods. The content is read through
/// <see cref="RosterEncoding"/>; nothing here names the contract.
/// </summary>
public sealed class RosterRepository(ISchedulingStore store)
{
    /// <summary>A roster as the domain's version of it; null when there is none.</summary>
    public async Task<RosterVersion?> GetAsync(string name, CancellationToken cancellation) =>
        await store.GetRosterAsync(name, cancellation).ConfigureAwait(false) is { } stored ? RosterEncoding.Version(stored) : null;

    /// <summary>
    /// Summaries of rosters (<see cref="RosterEncoding.Summary"/>: no assignments, no coverage gaps), newest first,
    /// before <paramref name="before"/>, optionally of one unit.
    /// </summary>
    public async Task<IReadOnlyList<RosterVersion>> ListAsync(string? unit, string? before, int limit, CancellationToken cancellation) =>
        [.. (await store.ListRostersAsync(unit, before, limit, cancellation).ConfigureAwait(false)).Select(RosterEncoding.Summary)];

    /// <summary>A roster's assignments as the domain roster; null when it does not exist.</summary>
    public async Task<Domain.Roster?> GetAssignmentsAsync(string name, CancellationToken cancellation) =>
        (await GetAsync(name, cancellation).ConfigureAwait(false))?.Assignments;

    /// <summary>
    /// A unit's PUBLISHED rosters (each as its period and publication time), optionally of the period starting on
    /// <paramref name="periodStart"/>; none of its rosters' assignments is read.
    /// </summary>
    public async Task<IReadOnlyList<PublishedRoster>> ListPublishedAsync(string unit, LocalDate? periodStart, CancellationToken cancellation) =>
        [.. (await store.ListRostersInStageAsync(unit, ReviewState.Published, periodStart, cancellation).ConfigureAwait(false))
            .Select(r => RosterEncoding.Published(r, periodStart))
            .OfType<PublishedRoster>()];
}
