namespace Scheduling.Api.Storage;

/// <summary>
/// The store's settings, read from the service's section "Scheduling" (the same keys as the application's
/// settings: <c>Store</c>, <c>DataDirectory</c>, <c>JobLeaseSeconds</c>), so storage needs nothing from the layers above it;
/// the PostgreSQL connection string from <c>ConnectionStrings:Scheduling</c>.
/// </summary>
public sealed class StoreOptions
{
    public const string Section = "Scheduling";

    /// <summary>The name of the connection string (under <c>ConnectionStrings</c>) the PostgreSQL store uses.</summary>
    public const string ConnectionStringName = "Scheduling";

    /// <summary>Which store: <c>sqlite</c> (the default: one file in <see cref="DataDirectory"/>) or <c>postgres</c> (<see cref="ConnectionString"/>).</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>Where the SQLite file lives; relative paths are relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The PostgreSQL connection string (Npgsql's form); filled from <c>ConnectionStrings:Scheduling</c> when not set here.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a process's hold on its jobs lasts without renewal, in seconds.</summary>
    public double JobLeaseSeconds { get; set; } = 30;

    /// <summary>Whether <see cref="Store"/> names PostgreSQL; anything but <c>sqlite</c> or <c>postgres</c> is refused at start.</summary>
    public bool UsesPostgres => Store.ToLowerInvariant() switch
    {
        "postgres" or "postgresql" => true,
        "sqlite" or "" => false,
        _ => throw new InvalidOperationException($"Scheduling:Store is '{Store}'; it must be sqlite or postgres"),
    };
}
