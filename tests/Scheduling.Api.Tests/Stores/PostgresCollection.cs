namespace Scheduling.Api.Tests.Stores;

/// <summary>The test classes that share one throwaway PostgreSQL cluster (<see cref="PostgresServer"/>) for the run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
