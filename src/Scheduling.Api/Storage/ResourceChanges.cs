namespace Scheduling.Api.Storage;

/// <summary>What <see cref="ISchedulingStore.ChangeResourcesAsync{T}"/> writes: rows to create, names to delete, and the caller's result.</summary>
public sealed record ResourceChanges<T>(IReadOnlyList<ResourceRow> Create, IReadOnlyList<string> Delete, T Result);
