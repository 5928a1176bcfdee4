namespace Scheduling.Api.Storage;

/// <summary>
/// Where a roster stands in review, as the store records it (its name is what the database's <c>state</c> column
/// holds): <see cref="Unspecified"/> for a roster stored before review states existed.
/// </summary>
public enum RosterStage
{
    Unspecified = 0,
    Proposed = 1,
    Approved = 2,
    Published = 3,
    Superseded = 4,
}
