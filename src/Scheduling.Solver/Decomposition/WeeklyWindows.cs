using Scheduling.Domain;

namespace Scheduling.Solver.Decomposition;

/// <summary>
/// The weekly rest as a dynamic program sees it: the windows of N days (local midnight to local midnight) that
/// each need an unbroken rest of the minimum length, and a frontier, the first window not yet known to hold it.
/// Each gap between two shifts covers a run of windows; gaps come in time order, so the frontier only moves on,
/// and a window whose rest no later gap can give ends the path. The frontier is kept relative to the day (it
/// stays within a few days of it), so it is a small part of the state.
/// </summary>
internal sealed class WeeklyWindows
{
    /// <summary>Frontier − day + <see cref="Offset"/> in 0 … 2·Offset − 1 … plus one value for "every window has its rest".</summary>
    public const int FrontierValues = (2 * Offset) + 1;

    private const int Offset = 9;
    private const int Done = 2 * Offset;

    /// <summary>A gap's start before the period (time before it counts as rest), and an end after it.</summary>
    public const long Never = long.MinValue;
    private const long Ever = long.MaxValue;

    /// <summary>starts[d]: local midnight starting day d, in seconds from the first.</summary>
    private readonly long[] starts;
    private readonly int windows;
    private readonly int days;
    private readonly long minimum;

    public WeeklyWindows(SchedulePeriod period, int windowDays, Duration minimumRest)
    {
        days = windowDays;
        minimum = (long)minimumRest.TotalSeconds;
        // Every day starts a window, the last ones reaching past the period, where the time counts as rest (as the checker says).
        windows = period.Days;
        var origin = period.DateOf(0).AtStartOfDayInZone(period.Zone).ToInstant();
        starts = [.. Enumerable.Range(0, period.Days + windowDays).Select(d => (long)(period.DateOf(d).AtStartOfDayInZone(period.Zone).ToInstant() - origin).TotalSeconds)];
    }

    /// <summary>The frontier before day 0: the first window.</summary>
    public int Start => windows == 0 ? Done : Relative(0, 0) ?? Done;

    /// <summary>The end of day <paramref name="day"/>: local midnight after it.</summary>
    public long EndOf(int day) => starts[day + 1];

    /// <summary>
    /// Day <paramref name="day"/> closes (or extends) a gap of rest from <paramref name="gapFrom"/> (<see cref="Never"/>: before the
    /// period) to <paramref name="gapTo"/>; the next rest can begin no earlier than <paramref name="busyUntil"/>.
    /// The frontier for the next day, or null when a window can no longer hold its rest.
    /// </summary>
    public int? Advance(int frontier, int day, long gapFrom, long gapTo, long busyUntil)
    {
        if (frontier == Done) return Done;
        var u = frontier - Offset + day;
        while (u < windows && Covers(u, gapFrom, gapTo)) u++;
        if (u >= windows) return Done;
        if (!Covers(u, busyUntil, Ever)) return null;
        return Relative(u, day + 1);
    }

    /// <summary>Whether the rest after the last shift (from <paramref name="lastEnd"/>, null: none) gives every window left its rest.</summary>
    public bool Finish(int frontier, int dayCount, long lastEnd) =>
        frontier == Done || Advance(frontier, dayCount, lastEnd, Ever, Ever) == Done;

    private bool Covers(int window, long from, long to) =>
        Math.Min(to, starts[window + days]) - Math.Max(from, starts[window]) >= minimum;

    /// <summary>The frontier as stored on <paramref name="day"/>; one too far ahead is held back (which only asks more of later gaps).</summary>
    private static int? Relative(int u, int day) => u - day + Offset is var r and >= 0 ? Math.Min(r, Done - 1) : null;
}
