namespace Scheduling.Api.Tests.Nodes;

/// <summary>The multi-node tests on PostgreSQL: three processes with their own data directories on one database.</summary>
public sealed class PostgresMultiNodeTests(ThreePostgresNodes nodes) : MultiNodeTests<ThreePostgresNodes>(nodes), IClassFixture<ThreePostgresNodes>;
