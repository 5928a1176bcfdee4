using NodaTime;

namespace Scheduling.Api.Storage;

/// <summary>
/// A self-service window as stored: its resource name, its item as the manager wrote it (checked when it was written)
/// and when it was last written, so an answer can show it exactly as it is stored.
/// </summary>
public sealed record StoredWindow<TItem>(string Name, TItem Item, Instant? UpdateTime) where TItem : class;
