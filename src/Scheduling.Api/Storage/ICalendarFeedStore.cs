namespace Scheduling.Api.Storage;

/// <summary>Where employees' calendar feeds are kept (<see cref="CalendarFeed"/>); every write has committed when its task completes.</summary>
public interface ICalendarFeedStore
{
    /// <summary>The feed with this id; null when there is none (never made, replaced or revoked).</summary>
    Task<CalendarFeed?> FindAsync(string feedId, CancellationToken cancellation);

    /// <summary>An employee's feed; null when they have none.</summary>
    Task<CalendarFeed?> GetAsync(string unit, string employee, CancellationToken cancellation);

    /// <summary>Stores the employee's feed, replacing the one they had (whose URL then stops working).</summary>
    Task SaveAsync(CalendarFeed feed, CancellationToken cancellation);

    /// <summary>Deletes the employee's feed; false when they had none.</summary>
    Task<bool> DeleteAsync(string unit, string employee, CancellationToken cancellation);
}
