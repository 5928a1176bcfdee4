namespace Scheduling.Domain.SelfService;

/// <summary>
/// A unit's window for choosing one's employment rate (sysselsättningsgrad) for a year: when it takes choices, and the
/// rates it offers, as a list or as a <see cref="RateRange"/> (exactly one).
/// </summary>
public sealed record RateChoiceWindow
{
    /// <summary>Years a rate choice window may be for.</summary>
    public const int FirstYear = 2000, LastYear = 2200;

    /// <summary>Most rates a window may offer.</summary>
    public const int MaxOfferedRates = 1000;

    public RateChoiceWindow(int year, WindowDates dates, IReadOnlyList<double> offeredRates, RateRange? offeredRange)
    {
        if (year is < FirstYear or > LastYear) throw new DomainException($"a rate choice window is for a year from {FirstYear} to {LastYear}, was {year}");
        if ((offeredRates.Count > 0) == (offeredRange is not null)) throw new DomainException("a rate choice window offers its rates as a list or as a range, exactly one");
        foreach (var rate in offeredRates)
            if (!IsRate(rate)) throw new DomainException($"an offered rate is above 0 and at most 100, was {rate}");
        Year = year;
        Dates = dates;
        OfferedRates = [.. offeredRates];
        OfferedRange = offeredRange;
    }

    public int Year { get; }
    public WindowDates Dates { get; }

    /// <summary>The rates as the manager listed them; empty when they gave a <see cref="OfferedRange"/>.</summary>
    public ImmutableArray<double> OfferedRates { get; }

    public RateRange? OfferedRange { get; }

    /// <summary>The rates the window offers, ascending.</summary>
    public IReadOnlyList<double> Offered() => OfferedRange?.Rates() ?? [.. OfferedRates.Order()];

    /// <summary>Whether <paramref name="rate"/> is a rate at all: percent of full time, above 0 and at most 100.</summary>
    public static bool IsRate(double rate) => !double.IsNaN(rate) && rate > 0 && rate <= 100;
}
