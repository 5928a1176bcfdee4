namespace Scheduling.Domain.Review;

/// <summary>
/// Where a roster version stands in review; <see cref="Unspecified"/> for one stored before review states existed (read
/// as proposed). Its names are what the service's store keeps in a roster's state column.
/// </summary>
public enum ReviewState
{
    Unspecified = 0,
    Proposed = 1,
    Approved = 2,
    Published = 3,
    Superseded = 4,
}
