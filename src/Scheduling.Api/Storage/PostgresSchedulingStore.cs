using System.Data;
using NodaTime;
using NpgsqlTypes;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Storage;

/// <summary>
/// The server store, for several nodes on one database: PostgreSQL through Npgsql (plain ADO.NET), the schema in
/// <see cref="PostgresMigrations"/>. The same semantics as <see cref="SqliteSchedulingStore"/>: a write has committed
/// (PostgreSQL's durable commit) when its task completes; a read-merge-write runs SERIALIZABLE and is retried from its
/// read when another node's write came between (so what it decided still holds at commit); a roster changes only as it
/// was read (its etag, under a row lock); a job is written only by its owner, whose lease is the database's clock, and
/// a job is claimed under its row lock (<c>FOR UPDATE</c>) so two nodes never both take it.
/// </summary>
public sealed partial class PostgresSchedulingStore : ISchedulingStore, IDisposable
{
    /// <summary>How often a transaction that lost a serialization race (SQLSTATE 40001) or a deadlock (40P01) is tried.</summary>
    private const int Attempts = 20;

    private readonly NpgsqlDataSource database;
    private readonly double leaseSeconds;

    public PostgresSchedulingStore(IOptions<StoreOptions> options, ILogger<PostgresSchedulingStore> log)
    {
        var connectionString = options.Value.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
            throw new InvalidOperationException("Scheduling:Store is postgres, but no connection string is set: set ConnectionStrings:Scheduling (e.g. \"Host=db;Database=scheduling;Username=scheduling;Password=…\")");
        leaseSeconds = Math.Max(1, options.Value.JobLeaseSeconds);
        database = NpgsqlDataSource.Create(connectionString);
        var version = PostgresMigrations.ApplyAsync(database, CancellationToken.None).GetAwaiter().GetResult();
        var described = new NpgsqlConnectionStringBuilder(connectionString);
        StorageLog.DatabaseOpened(log, $"postgres://{described.Host}:{described.Port}/{described.Database}", version);
    }

    /// <summary>Who this process is as a job owner (<see cref="JobOwners"/>).</summary>
    public string Owner { get; } = JobOwners.Current();

    public void Dispose() => database.Dispose();

    private static NpgsqlParameter Parameter(string name, object? value, NpgsqlDbType type) => new(name, type) { Value = value ?? DBNull.Value };

    private static NpgsqlParameter Text(string name, string? value) => Parameter(name, value, NpgsqlDbType.Text);

    private static NpgsqlParameter Bytes(string name, byte[] value) => Parameter(name, value, NpgsqlDbType.Bytea);

    private static NpgsqlParameter Date(string name, LocalDate? value) => Parameter(name, value?.ToDateOnly(), NpgsqlDbType.Date);

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddRange(parameters);
        return command;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction and commits it: at <paramref name="isolation"/>, tried again from
    /// the start when PostgreSQL reports a serialization failure or a deadlock (nothing of the failed try is kept).
    /// </summary>
    private async Task<T> WriteAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellation, IsolationLevel isolation = IsolationLevel.ReadCommitted)
    {
        for (var attempt = 1; ; attempt++)
        {
            var committing = false;
            try
            {
                await using var connection = await database.OpenConnectionAsync(cancellation).ConfigureAwait(false);
                await using var transaction = await connection.BeginTransactionAsync(isolation, cancellation).ConfigureAwait(false);
                var result = await work(connection, transaction).ConfigureAwait(false);
                // Committed no matter what the caller's token says now: the write was accepted.
                committing = true;
                await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
                return result;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected && attempt < Attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellation).ConfigureAwait(false);
            }
            catch (NpgsqlException ex) when (!committing && attempt == 1 && Lost(ex))
            {
                // A connection from before a server restart: the transaction never reached its commit, so once more on a new one.
            }
        }
    }

    private async Task<List<T>> ReadAsync<T>(string sql, Func<DbDataReader, T> row, CancellationToken cancellation, params NpgsqlParameter[] parameters)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = await database.OpenConnectionAsync(cancellation).ConfigureAwait(false);
                await using var command = Command(connection, null, sql, parameters);
                try
                {
                    return await RowsAsync(command, row, cancellation).ConfigureAwait(false);
                }
                finally
                {
                    // The parameters belong to one command at a time: freed for a second try.
                    command.Parameters.Clear();
                }
            }
            catch (NpgsqlException ex) when (attempt == 1 && Lost(ex))
            {
                // A connection from before a server restart: once more on a new one.
            }
        }
    }

    private static async Task<List<T>> RowsAsync<T>(NpgsqlCommand command, Func<DbDataReader, T> row, CancellationToken cancellation)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false)) list.Add(row(reader));
        return list;
    }

    private static byte[] Blob(DbDataReader reader) => (byte[])reader[0];


    public async Task<byte[]?> GetResourceAsync(string name, CancellationToken cancellation) =>
        (await ReadAsync("SELECT body FROM resources WHERE name = @name", Blob, cancellation, Text("name", name)).ConfigureAwait(false)).FirstOrDefault();

    public async Task<IReadOnlyList<byte[]>> ListResourcesAsync(string parent, string collection, string? after, int limit, CancellationToken cancellation) =>
        await ReadAsync(
            "SELECT body FROM resources WHERE parent = @parent AND collection = @collection AND name > @after ORDER BY name LIMIT @limit",
            Blob, cancellation, Text("parent", parent), Text("collection", collection), Text("after", after ?? ""), Parameter("limit", limit, NpgsqlDbType.Integer)).ConfigureAwait(false);

    private const string Insert = "INSERT INTO resources (name, parent, collection, body) VALUES (@name, @parent, @collection, @body)";

    private static NpgsqlParameter[] Row(ResourceRow row) => [Text("name", row.Name), Text("parent", row.Parent), Text("collection", row.Collection), Bytes("body", row.Body)];

    /// <summary>Thrown inside a transaction to roll it back and answer false.</summary>
    private sealed class NameTaken : Exception;

    public async Task<bool> TryCreateResourcesAsync(IReadOnlyList<ResourceRow> rows, CancellationToken cancellation)
    {
        try
        {
            return await WriteAsync(async (c, t) =>
            {
                foreach (var row in rows)
                    if (await Command(c, t, Insert + " ON CONFLICT (name) DO NOTHING", Row(row)).RunAsync(cancellation).ConfigureAwait(false) == 0)
                        throw new NameTaken();
                return true;
            }, cancellation).ConfigureAwait(false);
        }
        catch (NameTaken)
        {
            return false;
        }
    }

    public Task<T> ChangeResourcesAsync<T>(string parent, IReadOnlyList<string> collections, Func<IReadOnlyDictionary<string, IReadOnlyList<byte[]>>, ResourceChanges<T>> decide, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        // SERIALIZABLE: another node's write to what was read here makes this commit fail, and the whole is tried again.
        var stored = new Dictionary<string, IReadOnlyList<byte[]>>(StringComparer.Ordinal);
        foreach (var collection in collections.Distinct(StringComparer.Ordinal))
        {
            await using var read = Command(c, t, "SELECT body FROM resources WHERE parent = @parent AND collection = @collection ORDER BY name", Text("parent", parent), Text("collection", collection));
            stored[collection] = await RowsAsync(read, Blob, cancellation).ConfigureAwait(false);
        }

        var changes = decide(stored);
        foreach (var row in changes.Create) await Command(c, t, Insert, Row(row)).RunAsync(cancellation).ConfigureAwait(false);
        foreach (var name in changes.Delete) await Command(c, t, "DELETE FROM resources WHERE name = @name", Text("name", name)).RunAsync(cancellation).ConfigureAwait(false);
        return changes.Result;
    }, cancellation, IsolationLevel.Serializable);

    public Task<bool> UpdateResourceAsync(ResourceRow row, CancellationToken cancellation) => WriteAsync(async (c, t) =>
        await Command(c, t, "UPDATE resources SET body = @body WHERE name = @name", Text("name", row.Name), Bytes("body", row.Body)).RunAsync(cancellation).ConfigureAwait(false) == 1,
        cancellation);

    public Task<T> ChangeResourceAsync<T>(string name, Func<byte[]?, (ResourceRow? Row, T Result)> change, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        await using var read = Command(c, t, "SELECT body FROM resources WHERE name = @name", Text("name", name));
        var current = (await RowsAsync(read, Blob, cancellation).ConfigureAwait(false)).FirstOrDefault();
        var (row, result) = change(current);
        if (row is not null)
            await Command(c, t, Insert + " ON CONFLICT (name) DO UPDATE SET body = excluded.body", Row(row)).RunAsync(cancellation).ConfigureAwait(false);
        return result;
    }, cancellation, IsolationLevel.Serializable);

    public Task<int> DeleteResourceAsync(string name, bool withDescendants, CancellationToken cancellation) => DeleteResourceAsync(name, withDescendants, null, cancellation);

    public Task<int> DeleteResourceAsync(string name, bool withDescendants, string? etag, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        if (!string.IsNullOrEmpty(etag))
        {
            await using var read = Command(c, t, "SELECT body FROM resources WHERE name = @name FOR UPDATE", Text("name", name));
            if ((await RowsAsync(read, Blob, cancellation).ConfigureAwait(false)).FirstOrDefault() is { } body && Etags.Of(body) != etag) throw new StaleWriteException(name);
        }

        var deleted = await Command(c, t,
            withDescendants ? "DELETE FROM resources WHERE name = @name OR starts_with(name, @prefix)" : "DELETE FROM resources WHERE name = @name",
            Text("name", name), Text("prefix", name + "/")).RunAsync(cancellation).ConfigureAwait(false);
        if (deleted > 0 && UnitName().IsMatch(name))
        {
            // A unit's jobs and rosters go with it, so a new unit of the same id starts with none of them.
            await Command(c, t, "DELETE FROM rosters WHERE unit = @name", Text("name", name)).RunAsync(cancellation).ConfigureAwait(false);
            await Command(c, t, "DELETE FROM jobs WHERE unit = @name", Text("name", name)).RunAsync(cancellation).ConfigureAwait(false);
        }

        return deleted;
    }, cancellation, IsolationLevel.Serializable);

    [System.Text.RegularExpressions.GeneratedRegex(@"\Aunits/[A-Za-z0-9][A-Za-z0-9_-]{0,62}\z")]
    private static partial System.Text.RegularExpressions.Regex UnitName();

    public async Task<bool> HasDescendantsAsync(string name, CancellationToken cancellation) =>
        (await ReadAsync("SELECT 1 FROM resources WHERE starts_with(name, @prefix) LIMIT 1", r => r.GetInt32(0), cancellation, Text("prefix", name + "/")).ConfigureAwait(false)).Count > 0;

    public async Task<string?> GetSettingAsync(string key, CancellationToken cancellation) =>
        (await ReadAsync("SELECT value FROM settings WHERE key = @key", r => r.GetString(0), cancellation, Text("key", key)).ConfigureAwait(false)).FirstOrDefault();

    public Task SetSettingAsync(string key, string value, CancellationToken cancellation) => WriteAsync((c, t) =>
        Command(c, t, "INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", Text("key", key), Text("value", value)).RunAsync(cancellation),
        cancellation);

    /// <summary>Under a transaction-scoped advisory lock on the key: two nodes changing one setting at once take turns (also when it is not there yet).</summary>
    public Task<string> ChangeSettingAsync(string key, Func<string?, string> change, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        await Command(c, t, "SELECT pg_advisory_xact_lock(hashtext('settings/' || @key))", Text("key", key)).RunAsync(cancellation).ConfigureAwait(false);
        string? stored;
        await using (var read = Command(c, t, "SELECT value FROM settings WHERE key = @key", Text("key", key)))
            stored = await read.ExecuteScalarAsync(cancellation).ConfigureAwait(false) as string;
        var value = change(stored);
        await Command(c, t, "INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value", Text("key", key), Text("value", value)).RunAsync(cancellation).ConfigureAwait(false);
        return value;
    }, cancellation);

    /// <summary>The lease's end, on the database's clock (one clock for every node).</summary>
    private const string LeaseEnd = "now() + make_interval(secs => @lease)";

    private NpgsqlParameter Lease() => Parameter("lease", leaseSeconds, NpgsqlDbType.Double);

    public Task CreateJobAsync(StoredJob job, byte[] problem, CancellationToken cancellation) => WriteAsync((c, t) =>
        Command(c, t, $"INSERT INTO jobs (name, unit, state, body, problem, owner, lease_until) VALUES (@name, @unit, @state, @body, @problem, @owner, {LeaseEnd})",
            Text("name", job.Name), Text("unit", job.Unit), Text("state", job.State.ToString()), Bytes("body", job.Details), Bytes("problem", problem), Text("owner", Owner), Lease()).RunAsync(cancellation),
        cancellation);

    public Task UpdateJobAsync(StoredJob job, CancellationToken cancellation) => WriteAsync((c, t) => UpdateJob(c, t, job, cancellation), cancellation);

    /// <summary>Writes a job this process owns; <see cref="JobNotOwnedException"/> (nothing written) when another process has it now, or it was deleted.</summary>
    private async Task<int> UpdateJob(NpgsqlConnection c, NpgsqlTransaction t, StoredJob job, CancellationToken cancellation)
    {
        var updated = await Command(c, t, $"UPDATE jobs SET state = @state, body = @body, lease_until = {LeaseEnd} WHERE name = @name AND owner = @owner",
            Text("name", job.Name), Text("state", job.State.ToString()), Bytes("body", job.Details), Text("owner", Owner), Lease()).RunAsync(cancellation).ConfigureAwait(false);
        return updated == 1 ? updated : throw new JobNotOwnedException(job.Name);
    }

    public Task FinishJobAsync(StoredJob job, StoredRoster? roster, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        // The job first: a process that no longer owns it writes no roster either.
        var updated = await UpdateJob(c, t, job, cancellation).ConfigureAwait(false);
        // A job's roster is new: plain INSERT, never a replacement of a roster someone has since approved.
        if (roster is not null) await InsertRoster(c, t, roster with { Job = job.Name }, cancellation).ConfigureAwait(false);
        return updated;
    }, cancellation);

    private static Task<int> InsertRoster(NpgsqlConnection c, NpgsqlTransaction t, StoredRoster roster, CancellationToken cancellation) =>
        Command(c, t, "INSERT INTO rosters (name, unit, job, body, state, period_start) VALUES (@name, @unit, @job, @body, @state, @start)",
            Text("name", roster.Name), Text("unit", roster.Unit), Text("job", roster.Job), Bytes("body", roster.Body), Text("state", roster.Stage?.ToString()), Date("start", roster.PeriodStart)).RunAsync(cancellation);

    public Task RenewLeasesAsync(IReadOnlyCollection<string> jobs, CancellationToken cancellation) => jobs.Count == 0 ? Task.CompletedTask : WriteAsync((c, t) =>
        Command(c, t, $"UPDATE jobs SET lease_until = {LeaseEnd} WHERE name = ANY(@names) AND owner = @owner",
            Parameter("names", jobs.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text), Text("owner", Owner), Lease()).RunAsync(cancellation),
        cancellation);

    private const string JobColumns = "name, unit, state, body";

    /// <summary>A job from a row whose first four columns are <see cref="JobColumns"/>.</summary>
    private static StoredJob Job(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), Enum.Parse<JobState>(reader.GetString(2)), (byte[])reader[3]);

    /// <summary>The advisory lock an admission holds for its transaction, so two nodes' counts never both see the last free place.</summary>
    private const long AdmissionLock = 0x7363686571; // "schedq"

    public Task<JobAdmission> TryCreateQueuedJobAsync(StoredJob job, byte[] problem, string? submitter, JobLimits limits, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        await Command(c, t, "SELECT pg_advisory_xact_lock(@key)", Parameter("key", AdmissionLock, NpgsqlDbType.Bigint)).RunAsync(cancellation).ConfigureAwait(false);
        await using var count = Command(c, t, "SELECT count(*) FILTER (WHERE state = 'Queued'), count(*) FILTER (WHERE @submitter::text IS NOT NULL AND submitter = @submitter AND state IN ('Queued', 'Running')) FROM jobs WHERE state IN ('Queued', 'Running')",
            Text("submitter", submitter));
        var counts = await RowsAsync(count, r => (Queued: r.GetInt64(0), Theirs: r.GetInt64(1)), cancellation).ConfigureAwait(false);
        if (counts[0].Queued >= limits.Queued) return JobAdmission.QueueFull;
        if (submitter is not null && counts[0].Theirs >= limits.PerSubmitter) return JobAdmission.SubmitterFull;
        await Command(c, t, $"INSERT INTO jobs (name, unit, state, body, problem, owner, lease_until, submitter) VALUES (@name, @unit, @state, @body, @problem, @owner, {LeaseEnd}, @submitter)",
            Text("name", job.Name), Text("unit", job.Unit), Text("state", job.State.ToString()), Bytes("body", job.Details), Bytes("problem", problem), Text("owner", Owner), Lease(), Text("submitter", submitter)).RunAsync(cancellation).ConfigureAwait(false);
        return JobAdmission.Admitted;
    }, cancellation);

    public Task<StoredJob?> TryClaimJobAsync(string name, CancellationToken cancellation) => WriteAsync<StoredJob?>(async (c, t) =>
    {
        // The row is locked until commit: two deliveries of one job (or a claim and a cancel) take turns, the second sees the first's write.
        await using var read = Command(c, t, $"SELECT {JobColumns}, owner, lease_until IS NULL OR lease_until < now() FROM jobs WHERE name = @name FOR UPDATE", Text("name", name));
        var rows = await RowsAsync(read, r => (Job: Job(r), Owner: r.IsDBNull(4) ? null : r.GetString(4), Expired: r.GetBoolean(5)), cancellation).ConfigureAwait(false);
        if (rows.Count == 0) return null;
        var (job, owner, expired) = rows[0];
        var free = job.State == JobState.Queued
            || (job.State == JobState.Running && (owner is null || expired || (owner != Owner && JobOwners.IsGone(owner))));
        if (!free) return null;
        await Command(c, t, $"UPDATE jobs SET state = 'Running', owner = @owner, lease_until = {LeaseEnd} WHERE name = @name", Text("name", name), Text("owner", Owner), Lease())
            .RunAsync(cancellation).ConfigureAwait(false);
        return job;
    }, cancellation);

    public Task<bool> TryCancelQueuedJobAsync(StoredJob cancelled, CancellationToken cancellation) => WriteAsync(async (c, t) =>
        await Command(c, t, "UPDATE jobs SET state = @state, body = @body, owner = NULL, lease_until = NULL WHERE name = @name AND state = 'Queued'",
            Text("name", cancelled.Name), Text("state", cancelled.State.ToString()), Bytes("body", cancelled.Details)).RunAsync(cancellation).ConfigureAwait(false) == 1, cancellation);

    public Task ReleaseJobAsync(StoredJob job, CancellationToken cancellation) => WriteAsync(async (c, t) =>
        await Command(c, t, "UPDATE jobs SET state = @state, body = @body, owner = NULL, lease_until = NULL WHERE name = @name AND owner = @owner",
            Text("name", job.Name), Text("state", job.State.ToString()), Bytes("body", job.Details), Text("owner", Owner)).RunAsync(cancellation).ConfigureAwait(false) == 1
            ? 1 : throw new JobNotOwnedException(job.Name), cancellation);

    public async Task<IReadOnlyList<StoredJob>> ListJobsInStateAsync(JobState state, int limit, CancellationToken cancellation) =>
        await ReadAsync($"SELECT {JobColumns} FROM jobs WHERE state = @state ORDER BY name LIMIT @limit",
            Job, cancellation, Text("state", state.ToString()), Parameter("limit", limit, NpgsqlDbType.Integer)).ConfigureAwait(false);

    public async Task<int> CountJobsAsync(JobState state, CancellationToken cancellation) =>
        (int)(await ReadAsync("SELECT count(*) FROM jobs WHERE state = @state", r => r.GetInt64(0), cancellation, Text("state", state.ToString())).ConfigureAwait(false))[0];

    public async Task<StoredJob?> GetJobAsync(string name, CancellationToken cancellation) =>
        (await ReadAsync($"SELECT {JobColumns} FROM jobs WHERE name = @name", Job, cancellation, Text("name", name)).ConfigureAwait(false)).FirstOrDefault();

    public async Task<byte[]?> GetJobProblemAsync(string name, CancellationToken cancellation) =>
        (await ReadAsync("SELECT problem FROM jobs WHERE name = @name", Blob, cancellation, Text("name", name)).ConfigureAwait(false)).FirstOrDefault();

    public async Task<IReadOnlyList<StoredJob>> ListJobsAsync(string? unit, string? before, int limit, CancellationToken cancellation) =>
        await ReadAsync(
            $"SELECT {JobColumns} FROM jobs WHERE (@unit::text IS NULL OR unit = @unit) AND (@before::text IS NULL OR name < @before) ORDER BY name DESC LIMIT @limit",
            Job, cancellation, Text("unit", unit), Text("before", before), Parameter("limit", limit, NpgsqlDbType.Integer)).ConfigureAwait(false);

    public Task<IReadOnlyList<string>> SaveRostersAsync(IReadOnlyList<StoredRoster> rosters, IReadOnlyList<ResourceRow> resources, CancellationToken cancellation) => WriteAsync<IReadOnlyList<string>>(async (c, t) =>
    {
        foreach (var row in resources)
            await Command(c, t, Insert + " ON CONFLICT (name) DO UPDATE SET parent = excluded.parent, collection = excluded.collection, body = excluded.body", Row(row)).RunAsync(cancellation).ConfigureAwait(false);

        foreach (var roster in rosters)
        {
            if (roster.Etag.Length == 0)
            {
                // A new roster (a job's, or a new version): plain INSERT; a name already taken is a conflict, not a replacement.
                await InsertRoster(c, t, roster, cancellation).ConfigureAwait(false);
                continue;
            }

            // A change is made to the roster as it was read (its state and content), else nothing is written; the row
            // stays locked from this read to the commit.
            await using var read = Command(c, t, "SELECT body FROM rosters WHERE name = @name FOR UPDATE", Text("name", roster.Name));
            var stored = (await RowsAsync(read, Blob, cancellation).ConfigureAwait(false)).FirstOrDefault();
            if (stored is null || Etags.Of(stored) != roster.Etag) throw new StaleWriteException(roster.Name);
            await Command(c, t, "UPDATE rosters SET body = @body, state = @state, period_start = @start WHERE name = @name",
                Text("name", roster.Name), Bytes("body", roster.Body), Text("state", roster.Stage?.ToString()), Date("start", roster.PeriodStart)).RunAsync(cancellation).ConfigureAwait(false);
        }

        return [.. rosters.Select(r => Etags.Of(r.Body))];
    }, cancellation);

    private const string RosterColumns = "name, unit, job, state, period_start, body";

    private static StoredRoster Roster(DbDataReader reader)
    {
        var body = (byte[])reader[5];
        return new StoredRoster(
            reader.GetString(0), reader.GetString(1), reader.GetString(2),
            reader.IsDBNull(3) ? null : Enum.Parse<ReviewState>(reader.GetString(3)),
            reader.IsDBNull(4) ? null : LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(4)),
            body, Etags.Of(body));
    }

    public async Task<StoredRoster?> GetRosterAsync(string name, CancellationToken cancellation) =>
        (await ReadAsync($"SELECT {RosterColumns} FROM rosters WHERE name = @name", Roster, cancellation, Text("name", name)).ConfigureAwait(false)).FirstOrDefault();

    public async Task<IReadOnlyList<StoredRoster>> ListRostersAsync(string? unit, string? before, int limit, CancellationToken cancellation) =>
        await ReadAsync(
            $"SELECT {RosterColumns} FROM rosters WHERE (@unit::text IS NULL OR unit = @unit) AND (@before::text IS NULL OR name < @before) ORDER BY name DESC LIMIT @limit",
            Roster, cancellation, Text("unit", unit), Text("before", before), Parameter("limit", limit, NpgsqlDbType.Integer)).ConfigureAwait(false);

    public async Task<IReadOnlyList<StoredRoster>> ListRostersInStageAsync(string unit, ReviewState stage, LocalDate? periodStart, CancellationToken cancellation) =>
        await ReadAsync(
            $"SELECT {RosterColumns} FROM rosters WHERE unit = @unit AND (state = @state OR state IS NULL) AND (@start::date IS NULL OR period_start = @start OR period_start IS NULL) ORDER BY name DESC",
            Roster, cancellation, Text("unit", unit), Text("state", stage.ToString()), Date("start", periodStart)).ConfigureAwait(false);

    public async Task<bool> IsReachableAsync(CancellationToken cancellation)
    {
        try
        {
            return (await ReadAsync("SELECT COUNT(*) FROM schema_version", r => r.GetInt64(0), cancellation).ConfigureAwait(false)).Count == 1;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>
    /// Whether a failure is the connection's, not the statement's (the server restarted, the network dropped): the pooled
    /// connections are then all suspect, and a transaction not yet committed can be tried again on a new one.
    /// </summary>
    private bool Lost(Exception ex)
    {
        if (ex is not NpgsqlException { IsTransient: true } || ex is PostgresException) return false;
        database.Clear();
        return true;
    }
}
