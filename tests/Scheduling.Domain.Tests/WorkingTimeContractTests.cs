namespace Scheduling.Domain.Tests;

public class WorkingTimeContractTests
{
    private static readonly Duration Rota = Duration.FromMinutes((38 * 60) + 15);

    private static long Minutes(Duration? d) => (long)d!.Value.TotalMinutes;

    [Fact]
    public void Seventy_five_percent_of_38h15_is_28h41_a_week()
    {
        // 2295 min × 0.75 = 1721.25, rounded to 1721 min = 28 h 41 min.
        Assert.Equal(Duration.FromMinutes((28 * 60) + 41), new EmploymentRate(75).Of(Rota));
    }

    [Theory]
    [InlineData(2295, 50, 1148)] // 1147.5 rounds away from zero
    [InlineData(2293, 50, 1147)] // 1146.5 too, not to the even 1146
    [InlineData(2295, 100, 2295)]
    [InlineData(2295, 80, 1836)]
    [InlineData(2295, 0.5, 11)] // 11.475
    public void Rate_of_full_time_rounds_to_whole_minutes(int fullTimeMinutes, double percent, long minutes)
    {
        Assert.Equal(minutes, (long)new EmploymentRate((decimal)percent).Of(Duration.FromMinutes(fullTimeMinutes)).TotalMinutes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(100.01)]
    public void Rate_outside_0_to_100_is_rejected(double percent)
    {
        Assert.Throws<DomainException>(() => new EmploymentRate((decimal)percent));
    }

    [Fact]
    public void Rate_prints_as_percent()
    {
        Assert.Equal("75 %", new EmploymentRate(75).ToString());
    }

    [Theory]
    [InlineData(28, 6884)] // 1721 × 4
    [InlineData(7, 1721)]
    [InlineData(1, 246)] // 245.857…
    [InlineData(30, 7376)] // 7375.714…
    public void Target_is_the_weekly_share_times_weeks(int days, long minutes)
    {
        var contract = new WorkingTimeContract(new EmploymentRate(75), Rota);

        Assert.Equal(minutes, Minutes(contract.TargetFor(days)));
    }

    [Fact]
    public void Bounds_are_target_plus_minus_tolerance()
    {
        var contract = new WorkingTimeContract(new EmploymentRate(75), Rota, Duration.FromHours(3));

        var (min, max) = contract.BoundsFor(28);

        Assert.Equal(6884 - 180, Minutes(min));
        Assert.Equal(6884 + 180, Minutes(max));
    }

    [Fact]
    public void Time_bank_is_subtracted_from_the_target()
    {
        var banked = new WorkingTimeContract(new EmploymentRate(75), Rota, Duration.FromHours(3), timeBankBalance: Duration.FromHours(2));
        var owing = new WorkingTimeContract(new EmploymentRate(75), Rota, timeBankBalance: Duration.FromMinutes(-90));

        Assert.Equal(6884 - 120, Minutes(banked.TargetFor(28)));
        Assert.Equal((6884 - 120 - 180, 6884 - 120 + 180), (Minutes(banked.BoundsFor(28).Minimum), Minutes(banked.BoundsFor(28).Maximum)));
        Assert.Equal(6884 + 90, Minutes(owing.TargetFor(28)));
    }

    [Fact]
    public void Target_and_minimum_never_go_below_zero()
    {
        var contract = new WorkingTimeContract(new EmploymentRate(10), Duration.FromHours(40), Duration.FromHours(2), timeBankBalance: Duration.FromHours(100));

        Assert.Equal(Duration.Zero, contract.TargetFor(7));
        Assert.Equal((Duration.Zero, Duration.FromHours(2)), ((Duration, Duration))(contract.BoundsFor(7).Minimum!.Value, contract.BoundsFor(7).Maximum!.Value));
    }

    [Fact]
    public void Explicit_bounds_win_over_the_rate()
    {
        var contract = new WorkingTimeContract(new EmploymentRate(75), Rota, Duration.FromHours(3), minimumTotal: Duration.FromHours(100));

        var (min, max) = contract.BoundsFor(28);

        Assert.Equal(6000, Minutes(min));
        Assert.Equal(6884 + 180, Minutes(max));
        Assert.Equal(6884, Minutes(contract.TargetFor(28)));
    }

    [Fact]
    public void Contract_without_rate_has_no_target()
    {
        var none = new WorkingTimeContract();
        var explicitOnly = new WorkingTimeContract(minimumTotal: Duration.FromHours(10), maximumTotal: Duration.FromHours(20));

        Assert.Null(none.TargetFor(28));
        Assert.Equal((null, null), none.BoundsFor(28));
        Assert.Null(explicitOnly.TargetFor(28));
        Assert.Equal((Duration.FromHours(10), Duration.FromHours(20)), ((Duration, Duration))(explicitOnly.BoundsFor(28).Minimum!.Value, explicitOnly.BoundsFor(28).Maximum!.Value));
    }

    [Fact]
    public void Contract_guards()
    {
        Assert.Throws<DomainException>(() => new WorkingTimeContract(new EmploymentRate(75)));
        Assert.Throws<DomainException>(() => new WorkingTimeContract(new EmploymentRate(75), Duration.Zero));
        Assert.Throws<DomainException>(() => new WorkingTimeContract(new EmploymentRate(75), Duration.FromHours(61)));
        Assert.Throws<DomainException>(() => new WorkingTimeContract(tolerance: Duration.FromMinutes(-1)));
        Assert.Throws<DomainException>(() => new WorkingTimeContract(minimumTotal: Duration.FromMinutes(-1)));
        Assert.Throws<DomainException>(() => new WorkingTimeContract(minimumTotal: Duration.FromHours(2), maximumTotal: Duration.FromHours(1)));
    }
}
