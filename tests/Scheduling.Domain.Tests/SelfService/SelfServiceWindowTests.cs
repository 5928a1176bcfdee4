using Scheduling.Domain.SelfService;

namespace Scheduling.Domain.Tests.SelfService;

/// <summary>The self-service windows as domain records: both ends of a window count, the rates one offers, what one refuses.</summary>
public class SelfServiceWindowTests
{
    private static readonly WindowDates November = new(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 30), closed: false);

    [Fact]
    public void A_window_takes_answers_on_its_first_and_last_day_and_not_around_them()
    {
        Assert.True(November.IsOpen(new LocalDate(2026, 11, 1)));
        Assert.True(November.IsOpen(new LocalDate(2026, 11, 30)));
        Assert.False(November.IsOpen(new LocalDate(2026, 10, 31)));
        Assert.False(November.IsOpen(new LocalDate(2026, 12, 1)));
        Assert.False(new WindowDates(November.Opens, November.Closes, closed: true).IsOpen(new LocalDate(2026, 11, 15)));
    }

    [Fact]
    public void A_window_that_closes_before_it_opens_is_refused() =>
        Assert.Throws<DomainException>(() => new WindowDates(new LocalDate(2026, 11, 30), new LocalDate(2026, 11, 1), closed: false));

    [Fact]
    public void A_range_offers_every_step_from_its_start_to_its_end_both_included()
    {
        Assert.Equal([50.0, 60, 70, 80, 90, 100], new RateRange(50, 100, 10).Rates());
        // Steps that do not land on the end stop before it; a tenth adds up without float noise.
        Assert.Equal([50.0, 60, 70], new RateRange(50, 75, 10).Rates());
        Assert.Equal(50.3, new RateRange(50, 51, 0.1).Rates()[3]);
    }

    [Theory]
    [InlineData(0, 100, 5)]
    [InlineData(50, 40, 5)]
    [InlineData(50, 101, 5)]
    [InlineData(50, 100, 0)]
    [InlineData(1, 100, 0.01)]
    public void A_range_out_of_bounds_or_of_too_many_steps_is_refused(double from, double to, double step) =>
        Assert.Throws<DomainException>(() => new RateRange(from, to, step));

    [Fact]
    public void A_rate_window_offers_its_list_in_order_or_its_range()
    {
        Assert.Equal([75.0, 80, 100], new RateChoiceWindow(2027, November, [100, 75, 80], null).Offered());
        Assert.Equal([90.0, 95, 100], new RateChoiceWindow(2027, November, [], new RateRange(90, 100, 5)).Offered());
    }

    [Fact]
    public void A_rate_window_gives_its_rates_one_way_for_a_year_it_may_be_for()
    {
        Assert.Throws<DomainException>(() => new RateChoiceWindow(2027, November, [], null));
        Assert.Throws<DomainException>(() => new RateChoiceWindow(2027, November, [75], new RateRange(90, 100, 5)));
        Assert.Throws<DomainException>(() => new RateChoiceWindow(2027, November, [75, 120], null));
        Assert.Throws<DomainException>(() => new RateChoiceWindow(1999, November, [75], null));
    }

    [Fact]
    public void A_wish_window_ends_its_period_on_the_last_day_and_refuses_a_period_out_of_range()
    {
        var window = new WishWindow(new LocalDate(2027, 3, 1), 28, null, November, null);
        Assert.Equal(new LocalDate(2027, 3, 28), window.PeriodEnd);
        Assert.Throws<DomainException>(() => new WishWindow(new LocalDate(2027, 3, 1), 0, null, November, null));
        Assert.Throws<DomainException>(() => new WishWindow(new LocalDate(2027, 3, 1), SchedulePeriod.MaxDays + 1, null, November, null));
        Assert.Throws<DomainException>(() => new WishWindow(new LocalDate(2027, 3, 1), 28, null, November, -1));
    }

    [Fact]
    public void The_latest_choice_of_a_year_wins_and_a_tie_goes_to_the_later_name()
    {
        var at = Instant.FromUtc(2026, 11, 5, 8, 0);
        RateChoice[] choices =
        [
            new("units/u/rateChoices/a", "E1", 2027, 75, at, "e1"),
            new("units/u/rateChoices/c", "E1", 2027, 90, at.Plus(Duration.FromHours(1)), "e1"),
            new("units/u/rateChoices/b", "E1", 2028, 80, at, "e1"),
            new("units/u/rateChoices/d", "E1", 2028, 85, at, "e1"),
        ];
        var latest = RateChoice.LatestByYear(choices);
        Assert.Equal(90, latest[2027].Rate);
        Assert.Equal(85, latest[2028].Rate);
    }
}
