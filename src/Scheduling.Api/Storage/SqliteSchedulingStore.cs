using NodaTime;
using NodaTime.Text;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Storage;

/// <summary>
/// The embedded store: one SQLite file (<c>scheduling.db</c>) in the data directory, in WAL mode with
/// synchronous=FULL, so a committed write survives a crash of the process or the machine. Bodies are
/// stored as the bytes they come in, next to the columns the queries need. Writes go one at a time.
/// </summary>
public sealed partial class SqliteSchedulingStore : ISchedulingStore, IDisposable
{
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string connectionString;
    private readonly SemaphoreSlim writeGate = new(1, 1);
    private readonly TimeSpan lease;

    public SqliteSchedulingStore(IOptions<StoreOptions> options, ILogger<SqliteSchedulingStore> log)
    {
        var directory = Path.GetFullPath(options.Value.DataDirectory);
        lease = TimeSpan.FromSeconds(Math.Max(1, options.Value.JobLeaseSeconds));
        DataDirectory = directory;
        PrivateDirectory(directory);
        DatabasePath = Path.Combine(directory, "scheduling.db");
        if (!OperatingSystem.IsWindows())
        {
            // SQLite gives the -wal and -shm files the database file's mode: made 0600 before SQLite first opens it.
            if (!File.Exists(DatabasePath)) new FileStream(DatabasePath, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnlyFile }).Dispose();
            foreach (var file in Directory.GetFiles(directory, "scheduling.db*")) File.SetUnixFileMode(file, OwnerOnlyFile);
        }

        connectionString = new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = true, DefaultTimeout = 30 }.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        var version = SqliteMigrations.Apply(connection);
        StorageLog.DatabaseOpened(log, DatabasePath, version);
    }

    public string DatabasePath { get; }

    /// <summary>The data directory, made readable by the owner alone (0700 on Unix).</summary>
    public string DataDirectory { get; }

    /// <summary>
    /// Who this process is as a job owner: host, process id and start time (so a restart on the same host sees
    /// at once that the previous owner is gone) and a random part (two stores in one process are two owners).
    /// </summary>
    public string Owner { get; } = JobOwners.Current();

    /// <summary>Creates a directory (and its missing parents) readable by the owner alone, and makes an existing one so.</summary>
    public static void PrivateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }

        Directory.CreateDirectory(directory, OwnerOnlyDirectory);
        File.SetUnixFileMode(directory, OwnerOnlyDirectory);
    }

    // Leases are real time shared by processes, not the service's IClock (which a test may hold still).
    private long LeaseUntil() => DateTimeOffset.UtcNow.Add(lease).ToUnixTimeMilliseconds();

    public void Dispose() => writeGate.Dispose();

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken cancellation)
    {
        await writeGate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            await using var connection = Open();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellation).ConfigureAwait(false);
            var result = await work(connection, transaction).ConfigureAwait(false);
            // Committed no matter what the caller's token says now: the write was accepted.
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return result;
        }
        finally
        {
            writeGate.Release();
        }
    }

    private async Task<List<byte[]>> ReadBlobsAsync(string sql, CancellationToken cancellation, params (string, object?)[] parameters)
    {
        await using var connection = Open();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        var list = new List<byte[]>();
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false)) list.Add((byte[])reader[0]);
        return list;
    }

    private async Task<byte[]?> ReadBlobAsync(string sql, CancellationToken cancellation, params (string, object?)[] parameters) =>
        (await ReadBlobsAsync(sql, cancellation, parameters).ConfigureAwait(false)).FirstOrDefault();

    public Task<byte[]?> GetResourceAsync(string name, CancellationToken cancellation) =>
        ReadBlobAsync("SELECT body FROM resources WHERE name = $name", cancellation, ("$name", name));

    public async Task<IReadOnlyList<byte[]>> ListResourcesAsync(string parent, string collection, string? after, int limit, CancellationToken cancellation) =>
        await ReadBlobsAsync(
            "SELECT body FROM resources WHERE parent = $parent AND collection = $collection AND name > $after ORDER BY name LIMIT $limit",
            cancellation, ("$parent", parent), ("$collection", collection), ("$after", after ?? ""), ("$limit", limit)).ConfigureAwait(false);

    public Task<bool> TryCreateResourcesAsync(IReadOnlyList<ResourceRow> rows, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        // Every name is looked up before any row is written: a taken one leaves nothing written.
        foreach (var row in rows)
        {
            await using var exists = Command(c, "SELECT 1 FROM resources WHERE name = $name", ("$name", row.Name));
            exists.Transaction = t;
            if (await exists.ExecuteScalarAsync(cancellation).ConfigureAwait(false) is not null) return false;
        }

        foreach (var row in rows)
        {
            await using var insert = Command(c, "INSERT INTO resources (name, parent, collection, body) VALUES ($name, $parent, $collection, $body)",
                ("$name", row.Name), ("$parent", row.Parent), ("$collection", row.Collection), ("$body", row.Body));
            insert.Transaction = t;
            await insert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        return true;
    }, cancellation);

    public Task<T> ChangeResourcesAsync<T>(string parent, IReadOnlyList<string> collections, Func<IReadOnlyDictionary<string, IReadOnlyList<byte[]>>, ResourceChanges<T>> decide, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        // The transaction is IMMEDIATE (Microsoft.Data.Sqlite's default): no other writer, in this process or another, comes between the read and the write.
        var stored = new Dictionary<string, IReadOnlyList<byte[]>>(StringComparer.Ordinal);
        foreach (var collection in collections.Distinct(StringComparer.Ordinal))
        {
            await using var read = Command(c, "SELECT body FROM resources WHERE parent = $parent AND collection = $collection ORDER BY name", ("$parent", parent), ("$collection", collection));
            read.Transaction = t;
            await using var reader = await read.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
            var bodies = new List<byte[]>();
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false)) bodies.Add((byte[])reader[0]);
            stored[collection] = bodies;
        }

        var changes = decide(stored);
        foreach (var row in changes.Create)
        {
            await using var insert = Command(c, "INSERT INTO resources (name, parent, collection, body) VALUES ($name, $parent, $collection, $body)",
                ("$name", row.Name), ("$parent", row.Parent), ("$collection", row.Collection), ("$body", row.Body));
            insert.Transaction = t;
            await insert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        foreach (var name in changes.Delete)
        {
            await using var delete = Command(c, "DELETE FROM resources WHERE name = $name", ("$name", name));
            delete.Transaction = t;
            await delete.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        return changes.Result;
    }, cancellation);

    public Task<bool> UpdateResourceAsync(ResourceRow row, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        await using var update = Command(c, "UPDATE resources SET body = $body WHERE name = $name", ("$name", row.Name), ("$body", row.Body));
        update.Transaction = t;
        return await update.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false) == 1;
    }, cancellation);

    public Task<T> ChangeResourceAsync<T>(string name, Func<byte[]?, (ResourceRow? Row, T Result)> change, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        var current = await ReadBodyAsync(c, t, "SELECT body FROM resources WHERE name = $name", name, cancellation).ConfigureAwait(false);
        var (row, result) = change(current);
        if (row is not null)
        {
            await using var upsert = Command(c,
                "INSERT INTO resources (name, parent, collection, body) VALUES ($name, $parent, $collection, $body) ON CONFLICT(name) DO UPDATE SET body = excluded.body",
                ("$name", row.Name), ("$parent", row.Parent), ("$collection", row.Collection), ("$body", row.Body));
            upsert.Transaction = t;
            await upsert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        return result;
    }, cancellation);

    private static async Task<byte[]?> ReadBodyAsync(SqliteConnection c, SqliteTransaction t, string sql, string name, CancellationToken cancellation)
    {
        await using var read = Command(c, sql, ("$name", name));
        read.Transaction = t;
        return await read.ExecuteScalarAsync(cancellation).ConfigureAwait(false) as byte[];
    }

    public Task<int> DeleteResourceAsync(string name, bool withDescendants, CancellationToken cancellation) => DeleteResourceAsync(name, withDescendants, null, cancellation);

    public Task<int> DeleteResourceAsync(string name, bool withDescendants, string? etag, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        if (!string.IsNullOrEmpty(etag)
            && await ReadBodyAsync(c, t, "SELECT body FROM resources WHERE name = $name", name, cancellation).ConfigureAwait(false) is { } body
            && Etags.Of(body) != etag)
            throw new StaleWriteException(name);
        await using var delete = Command(c,
            withDescendants ? "DELETE FROM resources WHERE name = $name OR substr(name, 1, length($prefix)) = $prefix" : "DELETE FROM resources WHERE name = $name",
            ("$name", name), ("$prefix", name + "/"));
        delete.Transaction = t;
        var deleted = await delete.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        if (deleted > 0 && UnitName().IsMatch(name))
        {
            // A unit's jobs and rosters go with it, so a new unit of the same id starts with none of them.
            await using var history = Command(c, "DELETE FROM rosters WHERE unit = $name; DELETE FROM jobs WHERE unit = $name;", ("$name", name));
            history.Transaction = t;
            await history.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        return deleted;
    }, cancellation);

    [System.Text.RegularExpressions.GeneratedRegex(@"\Aunits/[A-Za-z0-9][A-Za-z0-9_-]{0,62}\z")]
    private static partial System.Text.RegularExpressions.Regex UnitName();

    public async Task<bool> HasDescendantsAsync(string name, CancellationToken cancellation)
    {
        await using var connection = Open();
        await using var command = Command(connection, "SELECT 1 FROM resources WHERE substr(name, 1, length($prefix)) = $prefix LIMIT 1", ("$prefix", name + "/"));
        return await command.ExecuteScalarAsync(cancellation).ConfigureAwait(false) is not null;
    }

    public async Task<string?> GetSettingAsync(string key, CancellationToken cancellation)
    {
        await using var connection = Open();
        await using var command = Command(connection, "SELECT value FROM settings WHERE key = $key", ("$key", key));
        return await command.ExecuteScalarAsync(cancellation).ConfigureAwait(false) as string;
    }

    public Task SetSettingAsync(string key, string value, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        await using var upsert = Command(c, "INSERT INTO settings (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value", ("$key", key), ("$value", value));
        upsert.Transaction = t;
        return await upsert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
    }, cancellation);

    public Task<string> ChangeSettingAsync(string key, Func<string?, string> change, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        await using var read = Command(c, "SELECT value FROM settings WHERE key = $key", ("$key", key));
        read.Transaction = t;
        var value = change(await read.ExecuteScalarAsync(cancellation).ConfigureAwait(false) as string);
        await using var upsert = Command(c, "INSERT INTO settings (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value", ("$key", key), ("$value", value));
        upsert.Transaction = t;
        await upsert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        return value;
    }, cancellation);

    public Task CreateJobAsync(StoredJob job, byte[] problem, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        await using var insert = Command(c, "INSERT INTO jobs (name, unit, state, body, problem, owner, lease_until) VALUES ($name, $unit, $state, $body, $problem, $owner, $lease)",
            ("$name", job.Name), ("$unit", job.Unit), ("$state", job.State.ToString()), ("$body", job.Details), ("$problem", problem),
            ("$owner", Owner), ("$lease", LeaseUntil()));
        insert.Transaction = t;
        return await insert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
    }, cancellation);

    public Task UpdateJobAsync(StoredJob job, CancellationToken cancellation) => WriteAsync((c, t) => UpdateJob(c, t, job, cancellation), cancellation);

    /// <summary>Writes a job this process owns; <see cref="JobNotOwnedException"/> (nothing written) when another process has it now, or it was deleted.</summary>
    private async Task<int> UpdateJob(SqliteConnection c, SqliteTransaction t, StoredJob job, CancellationToken cancellation)
    {
        await using var update = Command(c, "UPDATE jobs SET state = $state, body = $body, lease_until = $lease WHERE name = $name AND owner = $owner",
            ("$name", job.Name), ("$state", job.State.ToString()), ("$body", job.Details), ("$owner", Owner), ("$lease", LeaseUntil()));
        update.Transaction = t;
        var updated = await update.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
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

    private static async Task InsertRoster(SqliteConnection c, SqliteTransaction t, StoredRoster roster, CancellationToken cancellation)
    {
        await using var insert = Command(c, "INSERT INTO rosters (name, unit, job, body, state, period_start) VALUES ($name, $unit, $job, $body, $state, $start)",
            ("$name", roster.Name), ("$unit", roster.Unit), ("$job", roster.Job), ("$body", roster.Body), ("$state", roster.Stage?.ToString()), ("$start", Date(roster.PeriodStart)));
        insert.Transaction = t;
        await insert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
    }

    private static string? Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    public Task RenewLeasesAsync(IReadOnlyCollection<string> jobs, CancellationToken cancellation) => jobs.Count == 0 ? Task.CompletedTask : WriteAsync(async (c, t) =>
    {
        var until = LeaseUntil();
        foreach (var name in jobs)
        {
            await using var renew = Command(c, "UPDATE jobs SET lease_until = $lease WHERE name = $name AND owner = $owner", ("$name", name), ("$owner", Owner), ("$lease", until));
            renew.Transaction = t;
            await renew.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        return jobs.Count;
    }, cancellation);

    public Task<JobAdmission> TryCreateQueuedJobAsync(StoredJob job, byte[] problem, string? submitter, JobLimits limits, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        // The transaction is BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): no other process writes between the counts and the insert.
        if (await CountAsync(c, t, "SELECT COUNT(*) FROM jobs WHERE state = 'Queued'", cancellation).ConfigureAwait(false) >= limits.Queued) return JobAdmission.QueueFull;
        if (submitter is not null && await CountAsync(c, t, "SELECT COUNT(*) FROM jobs WHERE state IN ('Queued', 'Running') AND submitter = $submitter", cancellation, ("$submitter", submitter)).ConfigureAwait(false) >= limits.PerSubmitter)
            return JobAdmission.SubmitterFull;
        await using var insert = Command(c, "INSERT INTO jobs (name, unit, state, body, problem, owner, lease_until, submitter) VALUES ($name, $unit, $state, $body, $problem, $owner, $lease, $submitter)",
            ("$name", job.Name), ("$unit", job.Unit), ("$state", job.State.ToString()), ("$body", job.Details), ("$problem", problem),
            ("$owner", Owner), ("$lease", LeaseUntil()), ("$submitter", submitter));
        insert.Transaction = t;
        await insert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        return JobAdmission.Admitted;
    }, cancellation);

    private static async Task<long> CountAsync(SqliteConnection c, SqliteTransaction t, string sql, CancellationToken cancellation, params (string, object?)[] parameters)
    {
        await using var count = Command(c, sql, parameters);
        count.Transaction = t;
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellation).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task<StoredJob?> TryClaimJobAsync(string name, CancellationToken cancellation) => WriteAsync<StoredJob?>(async (c, t) =>
    {
        StoredJob? job;
        string? owner;
        bool expired;
        await using (var read = Command(c, "SELECT name, unit, state, body, owner, lease_until FROM jobs WHERE name = $name", ("$name", name)))
        {
            read.Transaction = t;
            await using var reader = await read.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellation).ConfigureAwait(false)) return null;
            job = Job(reader);
            owner = reader.IsDBNull(4) ? null : reader.GetString(4);
            expired = reader.IsDBNull(5) || reader.GetInt64(5) < DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        }

        var free = job.State == JobState.Queued
            || (job.State == JobState.Running && (owner is null || expired || (owner != Owner && JobOwners.IsGone(owner))));
        if (!free) return null;
        await using var claim = Command(c, "UPDATE jobs SET state = 'Running', owner = $owner, lease_until = $lease WHERE name = $name", ("$name", name), ("$owner", Owner), ("$lease", LeaseUntil()));
        claim.Transaction = t;
        await claim.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        return job;
    }, cancellation);

    public Task<bool> TryCancelQueuedJobAsync(StoredJob cancelled, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        await using var update = Command(c, "UPDATE jobs SET state = $state, body = $body, owner = NULL, lease_until = NULL WHERE name = $name AND state = 'Queued'",
            ("$name", cancelled.Name), ("$state", cancelled.State.ToString()), ("$body", cancelled.Details));
        update.Transaction = t;
        return await update.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false) == 1;
    }, cancellation);

    public Task ReleaseJobAsync(StoredJob job, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        await using var update = Command(c, "UPDATE jobs SET state = $state, body = $body, owner = NULL, lease_until = NULL WHERE name = $name AND owner = $owner",
            ("$name", job.Name), ("$state", job.State.ToString()), ("$body", job.Details), ("$owner", Owner));
        update.Transaction = t;
        return await update.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false) == 1 ? 1 : throw new JobNotOwnedException(job.Name);
    }, cancellation);

    public async Task<IReadOnlyList<StoredJob>> ListJobsInStateAsync(JobState state, int limit, CancellationToken cancellation) =>
        await ReadRowsAsync("SELECT name, unit, state, body FROM jobs WHERE state = $state ORDER BY name LIMIT $limit",
            Job, cancellation, ("$state", state.ToString()), ("$limit", limit)).ConfigureAwait(false);

    public async Task<int> CountJobsAsync(JobState state, CancellationToken cancellation) =>
        (await ReadRowsAsync("SELECT COUNT(*) FROM jobs WHERE state = $state", r => r.GetInt32(0), cancellation, ("$state", state.ToString())).ConfigureAwait(false))[0];

    /// <summary>A job from a row whose first four columns are name, unit, state and body.</summary>
    private static StoredJob Job(DbDataReader reader) =>
        new(reader.GetString(0), reader.GetString(1), Enum.Parse<JobState>(reader.GetString(2)), (byte[])reader[3]);

    private async Task<List<T>> ReadRowsAsync<T>(string sql, Func<DbDataReader, T> row, CancellationToken cancellation, params (string, object?)[] parameters)
    {
        await using var connection = Open();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false)) list.Add(row(reader));
        return list;
    }

    public async Task<StoredJob?> GetJobAsync(string name, CancellationToken cancellation) =>
        (await ReadRowsAsync("SELECT name, unit, state, body FROM jobs WHERE name = $name", Job, cancellation, ("$name", name)).ConfigureAwait(false)).FirstOrDefault();

    public Task<byte[]?> GetJobProblemAsync(string name, CancellationToken cancellation) =>
        ReadBlobAsync("SELECT problem FROM jobs WHERE name = $name", cancellation, ("$name", name));

    public async Task<IReadOnlyList<StoredJob>> ListJobsAsync(string? unit, string? before, int limit, CancellationToken cancellation) =>
        await ReadRowsAsync(
            "SELECT name, unit, state, body FROM jobs WHERE ($unit IS NULL OR unit = $unit) AND ($before IS NULL OR name < $before) ORDER BY name DESC LIMIT $limit",
            Job, cancellation, ("$unit", unit), ("$before", before), ("$limit", limit)).ConfigureAwait(false);

    public Task<IReadOnlyList<string>> SaveRostersAsync(IReadOnlyList<StoredRoster> rosters, IReadOnlyList<ResourceRow> resources, CancellationToken cancellation) => WriteAsync<IReadOnlyList<string>>(async (c, t) =>
    {
        foreach (var row in resources)
        {
            await using var upsert = Command(c,
                "INSERT INTO resources (name, parent, collection, body) VALUES ($name, $parent, $collection, $body) ON CONFLICT(name) DO UPDATE SET parent = excluded.parent, collection = excluded.collection, body = excluded.body",
                ("$name", row.Name), ("$parent", row.Parent), ("$collection", row.Collection), ("$body", row.Body));
            upsert.Transaction = t;
            await upsert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        foreach (var roster in rosters)
        {
            if (roster.Etag.Length == 0)
            {
                // A new roster (a job's, or a new version): plain INSERT; a name already taken is a conflict, not a replacement.
                await InsertRoster(c, t, roster, cancellation).ConfigureAwait(false);
                continue;
            }

            // A change is made to the roster as it was read (its state and content), else nothing is written.
            var stored = await ReadBodyAsync(c, t, "SELECT body FROM rosters WHERE name = $name", roster.Name, cancellation).ConfigureAwait(false);
            if (stored is null || Etags.Of(stored) != roster.Etag) throw new StaleWriteException(roster.Name);
            await using var update = Command(c, "UPDATE rosters SET body = $body, state = $state, period_start = $start WHERE name = $name",
                ("$name", roster.Name), ("$body", roster.Body), ("$state", roster.Stage?.ToString()), ("$start", Date(roster.PeriodStart)));
            update.Transaction = t;
            await update.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
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
            reader.IsDBNull(4) || LocalDatePattern.Iso.Parse(reader.GetString(4)) is not { Success: true } start ? null : start.Value,
            body, Etags.Of(body));
    }

    public async Task<StoredRoster?> GetRosterAsync(string name, CancellationToken cancellation) =>
        (await ReadRowsAsync($"SELECT {RosterColumns} FROM rosters WHERE name = $name", Roster, cancellation, ("$name", name)).ConfigureAwait(false)).FirstOrDefault();

    public async Task<IReadOnlyList<StoredRoster>> ListRostersAsync(string? unit, string? before, int limit, CancellationToken cancellation) =>
        await ReadRowsAsync(
            $"SELECT {RosterColumns} FROM rosters WHERE ($unit IS NULL OR unit = $unit) AND ($before IS NULL OR name < $before) ORDER BY name DESC LIMIT $limit",
            Roster, cancellation, ("$unit", unit), ("$before", before), ("$limit", limit)).ConfigureAwait(false);

    public async Task<IReadOnlyList<StoredRoster>> ListRostersInStageAsync(string unit, ReviewState stage, LocalDate? periodStart, CancellationToken cancellation) =>
        await ReadRowsAsync(
            $"SELECT {RosterColumns} FROM rosters WHERE unit = $unit AND (state = $state OR state IS NULL) AND ($start IS NULL OR period_start = $start OR period_start IS NULL) ORDER BY name DESC",
            Roster, cancellation, ("$unit", unit), ("$state", stage.ToString()), ("$start", Date(periodStart))).ConfigureAwait(false);

    public async Task<bool> IsReachableAsync(CancellationToken cancellation)
    {
        try
        {
            await using var connection = Open();
            await using var command = Command(connection, "SELECT COUNT(*) FROM schema_version");
            return await command.ExecuteScalarAsync(cancellation).ConfigureAwait(false) is not null;
        }
        catch (SqliteException)
        {
            return false;
        }
    }
}
