using Scheduling.Api.Storage;
using Scheduling.Api.Storage.Encoding;

namespace Scheduling.Api.Tests;

/// <summary>
/// Roster messages written straight to the store, as an earlier version of the service stored them (a roster without
/// versions, a stale copy): the tests set up stored data this way, since the application no longer writes messages.
/// </summary>
internal static class StoredRosterMessages
{
    /// <summary>Stores rosters as their messages' bytes; each gets its new etag (see <see cref="ISchedulingStore.SaveRostersAsync"/>).</summary>
    public static async Task SaveRostersAsync(this ISchedulingStore store, IReadOnlyList<V1.Roster> rosters, CancellationToken cancellation)
    {
        var etags = await store.SaveRostersAsync([.. rosters.Select(RosterEncoding.Encode)], [], cancellation).ConfigureAwait(false);
        for (var i = 0; i < rosters.Count; i++) rosters[i].Etag = etags[i];
    }
}
