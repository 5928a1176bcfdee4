using Hangfire.Common;
using Hangfire.PostgreSql;
using Hangfire.States;
using Hangfire.Storage.SQLite;
using Scheduling.Api.Application;
using Scheduling.Api.Application.Solving;
using Scheduling.Api.Storage;

namespace Scheduling.Api.Hosting;

/// <summary>
/// The distributed engine that carries solve jobs between nodes: Hangfire, on the store's own database. With PostgreSQL,
/// Hangfire.PostgreSql in the schema <c>hangfire</c> of the same database, with a sliding invisibility timeout (the
/// holder's heartbeat keeps a long solve from being delivered again while its node lives); with the embedded SQLite store,
/// Hangfire.Storage.SQLite on <c>hangfire.db</c> beside <c>scheduling.db</c>, so the first start needs no server either.
/// </summary>
/// <remarks>
/// Built per host, never through Hangfire's global configuration (<c>JobStorage.Current</c>, <c>GlobalJobFilters</c>):
/// several hosts in one process (the tests) each keep their own storage, filters and client. The only filter is the retry
/// policy: a delivery is tried again later only when the job is held by another live process
/// (<see cref="JobHeldElsewhereException"/>), was let go by a node that stopped (<see cref="JobLetGoException"/>), or the
/// database failed before the job was taken; a job that ran, failed,
/// ended or was cancelled is never run again by a retry (the store's state says so, and the run does nothing).
/// </remarks>
public sealed class SolveEngine : IDisposable
{
    /// <summary>
    /// The Hangfire queue solve jobs go to: Hangfire's default one, since a retry is queued there whatever queue the job
    /// was first enqueued to (the storage is this service's alone).
    /// </summary>
    public const string Queue = EnqueuedState.DefaultQueue;

    public SolveEngine(IOptions<StoreOptions> store, IOptions<SchedulingOptions> options)
    {
        var settings = options.Value;
        var redelivery = TimeSpan.FromSeconds(Math.Max(1, settings.RedeliverySeconds));
        Poll = TimeSpan.FromSeconds(Math.Clamp(settings.QueuePollSeconds, 0.05, 60));
        if (store.Value.UsesPostgres)
        {
            Storage = new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(store.Value.ConnectionString!, new PostgreSqlStorageOptions()), new PostgreSqlStorageOptions
            {
                SchemaName = "hangfire",
                PrepareSchemaIfNecessary = true,
                InvisibilityTimeout = redelivery,
                UseSlidingInvisibilityTimeout = true,
                QueuePollInterval = Poll,
                EnableLongPolling = true,
            });
            Description = "Hangfire.PostgreSql, schema hangfire";
        }
        else
        {
            var directory = Path.GetFullPath(store.Value.DataDirectory);
            SqliteSchedulingStore.PrivateDirectory(directory);
            var path = Path.Combine(directory, "hangfire.db");
            Storage = new SQLiteStorage(path, new SQLiteStorageOptions
            {
                InvisibilityTimeout = redelivery,
                QueuePollInterval = Poll,
            });
            Description = "Hangfire.Storage.SQLite, " + path;
        }

        Filters = new JobFilterCollection();
        Filters.Add(new AutomaticRetryAttribute
        {
            // Unbounded: a job stays held elsewhere only while a live process runs it, and that run ends.
            Attempts = int.MaxValue,
            DelayInSecondsByAttemptFunc = _ => (int)Math.Ceiling(Math.Max(1, settings.JobLeaseSeconds)),
            OnlyOn = [typeof(JobHeldElsewhereException), typeof(JobLetGoException), typeof(DbException), typeof(TimeoutException)],
            LogEvents = false,
        });
        Client = new BackgroundJobClient(Storage, Filters);
    }

    /// <summary>Where Hangfire keeps its queue.</summary>
    public JobStorage Storage { get; }

    /// <summary>The job filters of this host's client and server (the retry policy above).</summary>
    public JobFilterCollection Filters { get; }

    /// <summary>Creates jobs in <see cref="Storage"/>.</summary>
    public IBackgroundJobClient Client { get; }

    /// <summary>How often idle workers look for a job, and scheduled retries are queued.</summary>
    public TimeSpan Poll { get; }

    /// <summary>The storage, for the log.</summary>
    public string Description { get; }

    public void Dispose() => (Storage as IDisposable)?.Dispose();
}
