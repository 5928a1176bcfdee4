namespace Scheduling.Domain.SelfService;

/// <summary>
/// When a self-service window takes answers: from <see cref="Opens"/> to <see cref="Closes"/>, both days included,
/// in the unit's time zone. A manager may close it early (<see cref="Closed"/>), whatever the dates.
/// </summary>
public sealed record WindowDates
{
    public WindowDates(LocalDate opens, LocalDate closes, bool closed)
    {
        if (closes < opens) throw new DomainException($"a window must not close ({closes:uuuu-MM-dd}) before it opens ({opens:uuuu-MM-dd})");
        Opens = opens;
        Closes = closes;
        Closed = closed;
    }

    public LocalDate Opens { get; }
    public LocalDate Closes { get; }
    public bool Closed { get; }

    /// <summary>Whether the window takes answers on <paramref name="today"/> (the unit's date).</summary>
    public bool IsOpen(LocalDate today) => !Closed && Opens <= today && today <= Closes;
}
