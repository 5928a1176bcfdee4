namespace Scheduling.Api.Storage;

/// <summary>
/// The schema, as numbered steps recorded in <c>schema_version</c>; at start the missing steps run in
/// one transaction. Add a step at the end; never change one that has shipped.
/// </summary>
internal static class SqliteMigrations
{
    private static readonly string[] Steps =
    [
        """
        CREATE TABLE resources (
            name TEXT PRIMARY KEY,
            parent TEXT NOT NULL,
            collection TEXT NOT NULL,
            body BLOB NOT NULL);
        CREATE INDEX resources_by_parent ON resources (parent, collection, name);
        CREATE TABLE jobs (
            name TEXT PRIMARY KEY,
            unit TEXT NOT NULL,
            state TEXT NOT NULL,
            body BLOB NOT NULL,
            problem BLOB NOT NULL);
        CREATE INDEX jobs_by_state ON jobs (state);
        CREATE TABLE rosters (
            name TEXT PRIMARY KEY,
            unit TEXT NOT NULL,
            job TEXT NOT NULL,
            body BLOB NOT NULL);
        CREATE INDEX rosters_by_unit ON rosters (unit, name);
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL);
        """,
        // A roster's state and period's first day as columns, so an employee's published roster is found without reading every roster.
        """
        ALTER TABLE rosters ADD COLUMN state TEXT;
        ALTER TABLE rosters ADD COLUMN period_start TEXT;
        CREATE INDEX rosters_by_state ON rosters (unit, state, period_start);
        """,
        // A job's owner (a process, see JobOwners) and until when its lease holds (Unix ms); NULL: nobody's.
        """
        ALTER TABLE jobs ADD COLUMN owner TEXT;
        ALTER TABLE jobs ADD COLUMN lease_until INTEGER;
        """,
        // An employee's calendar feed (SqliteCalendarFeedStore): one per employee, found by its id, its secret kept as a SHA-256 hash.
        """
        CREATE TABLE calendar_feeds (
            unit TEXT NOT NULL,
            employee TEXT NOT NULL,
            feed_id TEXT NOT NULL UNIQUE,
            secret_hash BLOB NOT NULL,
            created_at INTEGER NOT NULL,
            PRIMARY KEY (unit, employee));
        """,
        // Who submitted a job (a token's sub), so the per-caller limit counts every node's jobs.
        """
        ALTER TABLE jobs ADD COLUMN submitter TEXT;
        CREATE INDEX jobs_by_submitter ON jobs (submitter, state);
        """,
    ];

    public static int Latest => Steps.Length;

    public static int Apply(SqliteConnection connection)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)";
            create.ExecuteNonQuery();
        }

        using var transaction = connection.BeginTransaction();
        using var read = connection.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        var current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (current > Steps.Length)
            throw new InvalidOperationException($"the database is at schema version {current}, newer than this build knows ({Steps.Length}); use a newer build");
        for (var v = current + 1; v <= Steps.Length; v++)
        {
            using var step = connection.CreateCommand();
            step.Transaction = transaction;
            step.CommandText = Steps[v - 1];
            step.ExecuteNonQuery();
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($v, datetime('now'))";
            record.Parameters.AddWithValue("$v", v);
            record.ExecuteNonQuery();
        }

        transaction.Commit();
        return Steps.Length;
    }
}
