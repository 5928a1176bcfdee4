using Scheduling.Domain.Cost;
using Scheduling.Domain.Reporting;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Cost;

/// <summary>
/// The period's end settles the hours worked beyond the target once: paid as mertid and overtime, or carried in the
/// time bank, never both (the bank used to carry the same hours the cost paid).
/// </summary>
public class TimeBankSettlementTests
{
    // 14 days (the builder's default) at 50 % of 40 h: 40 h contracted, full time 80 h.
    private static readonly WorkingTimeContract Half = new(new EmploymentRate(50), Duration.FromHours(40));

    private static RosterProblem ProblemOf(WorkingTimeContract anna) => Problem().Employees(Person(Anna, anna), Person(Bo, Half)).Build();

    [Fact]
    public void Hours_beyond_the_target_are_paid_as_mertid_and_not_carried_in_the_time_bank()
    {
        var problem = ProblemOf(Half);
        // Six days of 8 h: 48 h against the 40 h target.
        var roster = AnnaWorks(Day, 0, 1, 2, 3, 4, 7);

        Assert.Equal(new ExtraHours(Duration.FromHours(8), Duration.Zero), ExtraHours.Of(problem, problem.Employees[0], roster.Assignments));
        Assert.Equal(Duration.Zero, TimeBank.After(problem, roster)[Anna]);
        Assert.Equal(0, RosterReport.Build(problem, roster, explain: false).Hours[0].TimeBankOutMinutes);
    }

    [Fact]
    public void Hours_short_of_the_target_are_carried_and_nothing_is_paid()
    {
        var problem = ProblemOf(Half);
        var roster = AnnaWorks(Day, 0, 1, 2);

        Assert.Equal(new ExtraHours(Duration.Zero, Duration.Zero), ExtraHours.Of(problem, problem.Employees[0], roster.Assignments));
        Assert.Equal(Duration.FromHours(24 - 40), TimeBank.After(problem, roster)[Anna]);
    }

    [Fact]
    public void A_balance_larger_than_the_period_asks_for_carries_what_the_period_could_not_take()
    {
        // 50 h in the bank against 40 h contracted: the target is 0; 8 h worked are paid as mertid, and 10 h still carry.
        var problem = ProblemOf(new WorkingTimeContract(new EmploymentRate(50), Duration.FromHours(40), timeBankBalance: Duration.FromHours(50)));
        var roster = AnnaWorks(Day, 0);

        Assert.Equal(Duration.FromHours(8), ExtraHours.Of(problem, problem.Employees[0], roster.Assignments)!.Mertid);
        Assert.Equal(Duration.FromHours(10), TimeBank.After(problem, roster)[Anna]);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(0, 3)]
    [InlineData(0, 5)]
    [InlineData(0, 11)]
    [InlineData(6, 4)]
    [InlineData(-6, 6)]
    [InlineData(50, 2)]
    public void Bank_out_and_paid_hours_add_up_to_balance_in_plus_worked_minus_contracted(int bankHours, int days)
    {
        // Each hour beyond what the contract asks for is settled once: in the bank or paid, not in both.
        var problem = ProblemOf(new WorkingTimeContract(new EmploymentRate(50), Duration.FromHours(40), timeBankBalance: Duration.FromHours(bankHours)));
        var roster = AnnaWorks(Night, [.. Enumerable.Range(0, days)]);
        var worked = Duration.FromHours(10 * days);

        var paid = ExtraHours.Of(problem, problem.Employees[0], roster.Assignments)!;
        var bankOut = TimeBank.After(problem, roster)[Anna];

        Assert.Equal(Duration.FromHours(bankHours) + worked - Duration.FromHours(40), bankOut + paid.Mertid + paid.Overtime);
    }

    [Fact]
    public void The_autumn_hour_paid_on_its_day_is_not_carried_either()
    {
        // Two weeks from Monday 19 October 2026; Anna at 50 % of 10 h a week: 10 h contracted. Saturday 24 October's
        // night is 11 h real across the clock change; its extra hour is paid as overtime on the day, the other 10 h
        // meet the target exactly: nothing is left to carry.
        var problem = Problem().Period(new LocalDate(2026, 10, 19), 14)
            .Employees(Person(Anna, new WorkingTimeContract(new EmploymentRate(50), Duration.FromHours(10)))).Build();
        var roster = RosterOf(Works(Anna, new LocalDate(2026, 10, 24), Night));

        Assert.Equal(new ExtraHours(Duration.Zero, Duration.Zero), ExtraHours.Of(problem, problem.Employees[0], roster.Assignments));
        Assert.Equal(Duration.Zero, TimeBank.After(problem, roster)[Anna]);
    }
}
