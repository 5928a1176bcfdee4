namespace Scheduling.Domain.Checking;

/// <summary>
/// One reference window of a rule that averages over time (ATL's "i genomsnitt under högst …"): the days from
/// <see cref="First"/> (inclusive) to <see cref="End"/> (exclusive). See <see cref="CheckContext.ReferenceWindows"/>.
/// </summary>
internal readonly record struct ReferenceWindow(LocalDate First, LocalDate End)
{
    /// <summary>The window's last day (inclusive).</summary>
    public LocalDate Last => End.PlusDays(-1);

    public int Days => NodaTime.Period.DaysBetween(First, End);

    public bool Contains(LocalDate date) => date >= First && date < End;
}
