namespace Scheduling.Api.Storage;

/// <summary>
/// The PostgreSQL schema, as numbered steps recorded in <c>schema_version</c>; at start the missing steps run in one
/// transaction, under an advisory lock so that nodes starting together migrate once. Add a step at the end; never
/// change one that has shipped. Names sort as bytes (<c>COLLATE "C"</c>), as in SQLite, so pages and prefixes agree.
/// </summary>
internal static class PostgresMigrations
{
    /// <summary>The advisory lock key the migration holds (any fixed number; "sched" in ASCII).</summary>
    private const long MigrationLock = 0x7363686564;

    private static readonly string[] Steps =
    [
        """
        CREATE TABLE resources (
            name text COLLATE "C" PRIMARY KEY,
            parent text COLLATE "C" NOT NULL,
            collection text COLLATE "C" NOT NULL,
            body bytea NOT NULL);
        CREATE INDEX resources_by_parent ON resources (parent, collection, name);
        CREATE TABLE jobs (
            name text COLLATE "C" PRIMARY KEY,
            unit text COLLATE "C" NOT NULL,
            state text NOT NULL,
            body bytea NOT NULL,
            problem bytea NOT NULL,
            owner text,
            lease_until timestamptz);
        CREATE INDEX jobs_by_unit ON jobs (unit, name);
        CREATE INDEX jobs_unfinished ON jobs (name) WHERE state IN ('Queued', 'Running');
        CREATE TABLE rosters (
            name text COLLATE "C" PRIMARY KEY,
            unit text COLLATE "C" NOT NULL,
            job text COLLATE "C" NOT NULL,
            state text,
            period_start date,
            body bytea NOT NULL);
        CREATE INDEX rosters_by_unit ON rosters (unit, name);
        CREATE INDEX rosters_by_state ON rosters (unit, state, period_start);
        CREATE TABLE settings (
            key text COLLATE "C" PRIMARY KEY,
            value text NOT NULL);
        """,
        // Who submitted a job (a token's sub), so the per-caller limit counts every node's jobs.
        """
        ALTER TABLE jobs ADD COLUMN submitter text;
        CREATE INDEX jobs_by_submitter ON jobs (submitter) WHERE state IN ('Queued', 'Running');
        """,
    ];

    public static int Latest => Steps.Length;

    public static async Task<int> ApplyAsync(NpgsqlDataSource database, CancellationToken cancellation)
    {
        await using var connection = await database.OpenConnectionAsync(cancellation).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellation).ConfigureAwait(false);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue("key", MigrationLock);
            await lockCommand.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        await using (var create = new NpgsqlCommand("CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())", connection, transaction))
            await create.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        int current;
        await using (var read = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection, transaction))
            current = Convert.ToInt32(await read.ExecuteScalarAsync(cancellation).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Steps.Length)
            throw new InvalidOperationException($"the database is at schema version {current}, newer than this build knows ({Steps.Length}); use a newer build");
        for (var v = current + 1; v <= Steps.Length; v++)
        {
            await using (var step = new NpgsqlCommand(Steps[v - 1], connection, transaction))
                await step.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
            await using var record = new NpgsqlCommand("INSERT INTO schema_version (version) VALUES (@v)", connection, transaction);
            record.Parameters.AddWithValue("v", v);
            await record.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellation).ConfigureAwait(false);
        return Steps.Length;
    }
}
