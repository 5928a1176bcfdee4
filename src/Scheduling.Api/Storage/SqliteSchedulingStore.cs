using System.Data.Common;
using Google.Protobuf;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Scheduling.Api.V1;

namespace Scheduling.Api.Storage;

/// <summary>
/// The embedded store: one SQLite file (<c>scheduling.db</c>) in the data directory, in WAL mode with
/// synchronous=FULL, so a committed write survives a crash of the process or the machine. Messages are
/// stored as protobuf bytes next to the columns the queries need. Writes go one at a time.
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
        foreach (var row in rows)
        {
            await using var exists = Command(c, "SELECT 1 FROM resources WHERE name = $name", ("$name", row.Name));
            exists.Transaction = t;
            if (await exists.ExecuteScalarAsync(cancellation).ConfigureAwait(false) is not null) return false;
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

    public Task CreateJobAsync(SolveJob job, Problem problem, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        await using var insert = Command(c, "INSERT INTO jobs (name, unit, state, body, problem, owner, lease_until) VALUES ($name, $unit, $state, $body, $problem, $owner, $lease)",
            ("$name", job.Name), ("$unit", job.Unit), ("$state", job.State.ToString()), ("$body", job.ToByteArray()), ("$problem", problem.ToByteArray()),
            ("$owner", Owner), ("$lease", LeaseUntil()));
        insert.Transaction = t;
        return await insert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
    }, cancellation);

    public Task UpdateJobAsync(SolveJob job, CancellationToken cancellation) => WriteAsync((c, t) => UpdateJob(c, t, job, cancellation), cancellation);

    /// <summary>Writes a job this process owns; <see cref="JobNotOwnedException"/> (nothing written) when another process has it now, or it was deleted.</summary>
    private async Task<int> UpdateJob(SqliteConnection c, SqliteTransaction t, SolveJob job, CancellationToken cancellation)
    {
        await using var update = Command(c, "UPDATE jobs SET state = $state, body = $body, lease_until = $lease WHERE name = $name AND owner = $owner",
            ("$name", job.Name), ("$state", job.State.ToString()), ("$body", job.ToByteArray()), ("$owner", Owner), ("$lease", LeaseUntil()));
        update.Transaction = t;
        var updated = await update.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        return updated == 1 ? updated : throw new JobNotOwnedException(job.Name);
    }

    public Task FinishJobAsync(SolveJob job, Roster? roster, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        // The job first: a process that no longer owns it writes no roster either.
        var updated = await UpdateJob(c, t, job, cancellation).ConfigureAwait(false);
        if (roster is not null)
        {
            // A job's roster is new: plain INSERT, never a replacement of a roster someone has since approved.
            await using var insert = Command(c, "INSERT INTO rosters (name, unit, job, body, state, period_start) VALUES ($name, $unit, $job, $body, $state, $start)",
                ("$name", roster.Name), ("$unit", roster.Unit), ("$job", job.Name), ("$body", Unstamped(roster)), ("$state", roster.State.ToString()), ("$start", roster.Period?.StartDate));
            insert.Transaction = t;
            await insert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        return updated;
    }, cancellation);

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

    public Task<IReadOnlyList<SolveJob>> ClaimUnfinishedJobsAsync(CancellationToken cancellation) => WriteAsync<IReadOnlyList<SolveJob>>(async (c, t) =>
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var candidates = new List<(string Name, string? Owner, byte[] Body)>();
        await using (var read = Command(c, "SELECT name, owner, lease_until, body FROM jobs WHERE state IN ('Queued', 'Running') ORDER BY name"))
        {
            read.Transaction = t;
            await using var reader = await read.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
            {
                var owner = reader.IsDBNull(1) ? null : reader.GetString(1);
                var expired = reader.IsDBNull(2) || reader.GetInt64(2) < now;
                if (owner == Owner || !(expired || JobOwners.IsGone(owner))) continue;
                candidates.Add((reader.GetString(0), owner, (byte[])reader[3]));
            }
        }

        var claimed = new List<SolveJob>();
        foreach (var (name, _, body) in candidates)
        {
            await using var claim = Command(c, "UPDATE jobs SET owner = $owner, lease_until = $lease WHERE name = $name", ("$name", name), ("$owner", Owner), ("$lease", LeaseUntil()));
            claim.Transaction = t;
            await claim.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
            claimed.Add(SolveJob.Parser.ParseFrom(body));
        }

        return claimed;
    }, cancellation);

    public async Task<SolveJob?> GetJobAsync(string name, CancellationToken cancellation) =>
        await ReadBlobAsync("SELECT body FROM jobs WHERE name = $name", cancellation, ("$name", name)).ConfigureAwait(false) is { } body ? SolveJob.Parser.ParseFrom(body) : null;

    public async Task<StoredProblem?> GetJobProblemAsync(string name, CancellationToken cancellation) =>
        await ReadBlobAsync("SELECT problem FROM jobs WHERE name = $name", cancellation, ("$name", name)).ConfigureAwait(false) is { } body
            ? DomainReader.Stored(Problem.Parser.ParseFrom(body))
            : null;

    public async Task<Domain.Roster?> GetRosterAssignmentsAsync(string name, CancellationToken cancellation) =>
        await GetRosterAsync(name, cancellation).ConfigureAwait(false) is { } roster ? DomainReader.Roster(roster) : null;

    public async Task<IReadOnlyList<SolveJob>> ListJobsAsync(string? unit, string? before, int limit, CancellationToken cancellation) =>
        [.. (await ReadBlobsAsync(
            "SELECT body FROM jobs WHERE ($unit IS NULL OR unit = $unit) AND ($before IS NULL OR name < $before) ORDER BY name DESC LIMIT $limit",
            cancellation, ("$unit", unit), ("$before", before), ("$limit", limit)).ConfigureAwait(false)).Select(SolveJob.Parser.ParseFrom)];

    public Task SaveRostersAsync(IReadOnlyList<Roster> rosters, CancellationToken cancellation) => SaveRostersAsync(rosters, [], cancellation);

    public Task SaveRostersAsync(IReadOnlyList<Roster> rosters, IReadOnlyList<ResourceRow> resources, CancellationToken cancellation) => WriteAsync(async (c, t) =>
    {
        foreach (var row in resources)
        {
            await using var upsert = Command(c,
                "INSERT INTO resources (name, parent, collection, body) VALUES ($name, $parent, $collection, $body) ON CONFLICT(name) DO UPDATE SET parent = excluded.parent, collection = excluded.collection, body = excluded.body",
                ("$name", row.Name), ("$parent", row.Parent), ("$collection", row.Collection), ("$body", row.Body));
            upsert.Transaction = t;
            await upsert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        var bodies = new List<byte[]>();
        foreach (var roster in rosters)
        {
            var body = Unstamped(roster);
            bodies.Add(body);
            if (roster.Etag.Length == 0)
            {
                // A new roster (a job's, or a new version): plain INSERT; a name already taken is a conflict, not a replacement.
                await using var insert = Command(c, "INSERT INTO rosters (name, unit, job, body, state, period_start) VALUES ($name, $unit, $job, $body, $state, $start)",
                    ("$name", roster.Name), ("$unit", roster.Unit), ("$job", roster.SolveJob), ("$body", body), ("$state", roster.State.ToString()), ("$start", roster.Period?.StartDate));
                insert.Transaction = t;
                await insert.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
                continue;
            }

            // A change is made to the roster as it was read (its state and content), else nothing is written.
            var stored = await ReadBodyAsync(c, t, "SELECT body FROM rosters WHERE name = $name", roster.Name, cancellation).ConfigureAwait(false);
            if (stored is null || Etags.Of(stored) != roster.Etag) throw new StaleWriteException(roster.Name);
            await using var update = Command(c, "UPDATE rosters SET body = $body, state = $state, period_start = $start WHERE name = $name",
                ("$name", roster.Name), ("$body", body), ("$state", roster.State.ToString()), ("$start", roster.Period?.StartDate));
            update.Transaction = t;
            await update.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        for (var i = 0; i < rosters.Count; i++) rosters[i].Etag = Etags.Of(bodies[i]);
        return rosters.Count;
    }, cancellation);

    /// <summary>A roster's stored bytes: without its etag, which is computed from them.</summary>
    private static byte[] Unstamped(Roster roster)
    {
        if (roster.Etag.Length == 0) return roster.ToByteArray();
        var copy = roster.Clone();
        copy.Etag = "";
        return copy.ToByteArray();
    }

    private static Roster ParseRoster(byte[] body, bool basic = false)
    {
        var roster = basic ? BasicRoster(body) : Roster.Parser.ParseFrom(body);
        roster.Etag = Etags.Of(body);
        return roster;
    }

    public async Task<Roster?> GetRosterAsync(string name, CancellationToken cancellation) =>
        await ReadBlobAsync("SELECT body FROM rosters WHERE name = $name", cancellation, ("$name", name)).ConfigureAwait(false) is { } body ? ParseRoster(body) : null;

    public async Task<IReadOnlyList<Roster>> ListRostersAsync(string? unit, string? before, int limit, CancellationToken cancellation, bool basic = false) =>
        [.. (await ReadBlobsAsync(
            "SELECT body FROM rosters WHERE ($unit IS NULL OR unit = $unit) AND ($before IS NULL OR name < $before) ORDER BY name DESC LIMIT $limit",
            cancellation, ("$unit", unit), ("$before", before), ("$limit", limit)).ConfigureAwait(false)).Select(b => ParseRoster(b, basic))];

    public async Task<IReadOnlyList<PublishedRoster>> ListPublishedRostersAsync(string unit, string? periodStart, CancellationToken cancellation) =>
        [.. (await ReadBlobsAsync(
            // Rows stored before the state and period columns (NULL) are read and told apart by their body.
            "SELECT body FROM rosters WHERE unit = $unit AND (state = 'Published' OR state IS NULL) AND ($start IS NULL OR period_start = $start OR period_start IS NULL) ORDER BY name DESC",
            cancellation, ("$unit", unit), ("$start", periodStart)).ConfigureAwait(false))
            .Select(BasicRoster)
            .Where(r => r.State == RosterState.Published && (periodStart is null || r.Period?.StartDate == periodStart))
            .Select(Published)
            .OfType<PublishedRoster>()];

    /// <summary>A published roster's period and publication time; null when its period's first day is not a date.</summary>
    private static PublishedRoster? Published(Roster roster) =>
        roster.Period is { } period && NodaTime.Text.LocalDatePattern.Iso.Parse(period.StartDate) is { Success: true } start
            ? new PublishedRoster(roster.Name, start.Value, period.Days, roster.PublishTime is { } at ? NodaTime.Instant.FromDateTimeOffset(at.ToDateTimeOffset()) : null)
            : null;

    /// <summary>The fields of a roster's BASIC view: the heavy repeated fields are skipped on the wire, not parsed and dropped.</summary>
    internal static Roster BasicRoster(byte[] body)
    {
        var input = new CodedInputStream(body);
        using var kept = new MemoryStream(capacity: 512);
        while (true)
        {
            var start = input.Position;
            var tag = input.ReadTag();
            if (tag == 0) break;
            input.SkipLastField();
            if (WireFormat.GetTagFieldNumber(tag) is Roster.AssignmentsFieldNumber or Roster.ViolationsFieldNumber or Roster.HoursFieldNumber
                or Roster.CoverageGapsFieldNumber or Roster.ShiftCoverFieldNumber or Roster.WishesFieldNumber or Roster.LastChangeFieldNumber
                or Roster.PreferencesFieldNumber) continue;
            kept.Write(body, (int)start, (int)(input.Position - start));
        }

        return Roster.Parser.ParseFrom(kept.ToArray());
    }
}
