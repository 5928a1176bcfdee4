namespace Scheduling.Api.Storage;

/// <summary>
/// A write made against a row as it was read (its etag) after the row changed, or a delete with an etag that is no
/// longer current: nothing was written. The application answers ABORTED (AIP-154): read it again and retry.
/// </summary>
public sealed class StaleWriteException(string name) : Exception($"{name} has changed since it was read")
{
    public string Name { get; } = name;
}
