namespace Scheduling.Api.Tests.Nodes;

/// <summary>The multi-node tests on the embedded store: three processes on one SQLite data directory.</summary>
public sealed class SqliteMultiNodeTests(ThreeSqliteNodes nodes) : MultiNodeTests<ThreeSqliteNodes>(nodes), IClassFixture<ThreeSqliteNodes>;
