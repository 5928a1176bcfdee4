namespace Scheduling.Domain.Reporting;

/// <summary>A standing preference and how often the roster goes against it.</summary>
public sealed record PreferenceOutcome(Preference Preference, int TimesAgainst, ImmutableArray<LocalDate> Dates, string Text)
{
    public bool Kept => TimesAgainst == 0;
}
