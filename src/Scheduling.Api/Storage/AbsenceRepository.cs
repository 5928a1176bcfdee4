using Scheduling.Api.Storage.Encoding;
using Scheduling.Domain.Units;

namespace Scheduling.Api.Storage;

/// <summary>
/// A unit's absences in the store as the domain's <see cref="Absence"/>, each with its etag; the bytes are read and
/// written through the internal <c>Encoding</c> folder (the contract's message, as before). Names are not checked here:
/// the use case checks them first.
/// </summary>
public sealed class AbsenceRepository(ISchedulingStore store)
{
    /// <summary>An absence; null when there is none.</summary>
    public async Task<Absence?> GetAsync(string name, CancellationToken cancellation) =>
        await store.GetResourceAsync(name, cancellation).ConfigureAwait(false) is { } body ? AbsenceEncoding.Read(body) : null;

    /// <summary>Every absence of a unit, in name order.</summary>
    public Task<IReadOnlyList<Absence>> AllAsync(string unit, CancellationToken cancellation) =>
        store.AllResourcesAsync(unit, ResourceCollections.Absences, body => AbsenceEncoding.Read(body) is var absence ? (absence.Name, absence) : default, cancellation);

    /// <summary>At most <paramref name="limit"/> of a unit's absences, in name order, after the one named <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<Absence>> PageAsync(string unit, string? after, int limit, CancellationToken cancellation) =>
        [.. (await store.ListResourcesAsync(unit, ResourceCollections.Absences, after, limit, cancellation).ConfigureAwait(false)).Select(AbsenceEncoding.Read)];

    /// <summary>
    /// Writes <paramref name="absence"/> once <paramref name="check"/> has seen the names of the unit's employees and its
    /// stored absences, in one transaction, so what it checked holds at the commit; returns it with its etag.
    /// </summary>
    public Task<Absence> CreateAsync(string unit, Absence absence, Action<IReadOnlySet<string>, IReadOnlyList<Absence>> check, CancellationToken cancellation) =>
        store.ChangeResourcesAsync(unit, [ResourceCollections.Absences, ResourceCollections.Employees], stored =>
        {
            var employees = stored[ResourceCollections.Employees].Select(AbsenceEncoding.EmployeeName).ToHashSet(StringComparer.Ordinal);
            check(employees, [.. stored[ResourceCollections.Absences].Select(AbsenceEncoding.Read)]);
            var row = AbsenceEncoding.Row(unit, absence);
            return new ResourceChanges<Absence>([row], [], absence with { Etag = Etags.Of(row.Body) });
        }, cancellation);
}
