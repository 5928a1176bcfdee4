using NodaTime;

namespace Scheduling.Api.Storage;

/// <summary>
/// A published roster's place among its unit's periods, as the store lists it without reading the roster: its name,
/// its period (first day and length) and when it was published (null for one stored before publication times).
/// </summary>
public sealed record PublishedRoster(string Name, LocalDate PeriodStart, int Days, Instant? PublishTime)
{
    /// <summary>Whether <paramref name="day"/> is one of the period's days.</summary>
    public bool Covers(LocalDate day) => PeriodStart <= day && day < PeriodStart.PlusDays(Days);
}
