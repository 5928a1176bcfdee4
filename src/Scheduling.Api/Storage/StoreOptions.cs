namespace Scheduling.Api.Storage;

/// <summary>
/// The store's settings, read from the service's section "Scheduling" (the same keys as the application's
/// settings: <c>DataDirectory</c>, <c>JobLeaseSeconds</c>), so storage needs nothing from the layers above it.
/// </summary>
public sealed class StoreOptions
{
    public const string Section = "Scheduling";

    /// <summary>Where the SQLite file lives; relative paths are relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>How long a process's hold on its jobs lasts without renewal, in seconds.</summary>
    public double JobLeaseSeconds { get; set; } = 30;
}
