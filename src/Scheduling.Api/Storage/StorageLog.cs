namespace Scheduling.Api.Storage;

/// <summary>The store's log events (source-generated).</summary>
internal static partial class StorageLog
{
    [LoggerMessage(1, LogLevel.Information, "Database {Path} at schema version {Version}")]
    public static partial void DatabaseOpened(ILogger log, string path, int version);
}
