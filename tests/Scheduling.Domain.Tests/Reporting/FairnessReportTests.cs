using Scheduling.Domain.Fairness;
using Scheduling.Domain.Reporting;
using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests.Reporting;

public class FairnessReportTests
{
    private static readonly WorkingTimeContract FullTime = new(new EmploymentRate(100), Duration.FromHours(40));

    private static RosterProblem Problem2(params LedgerEntry[] ledger) =>
        Problem(new FairNightsRule(1), new FairWishShareRule(1)).Employees(Person(Anna, FullTime), Person(Bo, FullTime))
            .Wishes(new Wish(Anna, Day0(0), WishKind.DayOff, null, 10), new Wish(Anna, Day0(1), WishKind.ShiftOn, Night.Code, 30), new Wish(Bo, Day0(5), WishKind.DayOff, null, 5))
            .Ledger(ledger)
            .Build();

    // Anna: nights on days 0, 1, 2 (her Monday day off refused, her Tuesday night granted); Bo: a night on day 5 (his wish refused).
    private static readonly Roster Roster = RosterOf(Works(Anna, Day0(0), Night), Works(Anna, Day0(1), Night), Works(Anna, Day0(2), Night), Works(Bo, Day0(5), Night));

    [Fact]
    public void Each_employee_has_granted_shares_and_burdens_against_fair_share()
    {
        var report = FairnessReport.Build(Problem2(), Roster);

        var anna = report.Employees[0];
        Assert.Equal((2, 1, 40L, 30L), (anna.Wishes, anna.WishesGranted, anna.WishWeight, anna.WishWeightGranted));
        Assert.Equal((0.75m, 0.5m), (anna.GrantedShareByWeight, anna.GrantedShareByCount));
        Assert.Equal(new BurdenLine(3, 2m, 0, 100), anna.Nights);
        Assert.Equal(new BurdenLine(1, 2m, 0, -100), report.Employees[1].Nights);
        Assert.Equal(1m, anna.Nights.Deviation);
    }

    [Fact]
    public void The_ledger_out_is_the_cumulative_over_share_and_the_centred_wish_deficit()
    {
        // Refused: Anna 25 %, Bo 100 %; mean 62.5: Anna −37.5 → −38, Bo +37.5 → +38 (half away from zero).
        var ledger = FairnessReport.Build(Problem2(), Roster).LedgerOut;

        Assert.Equal(new LedgerEntry(Anna, -38, 100, 0, 0), ledger.For(Anna));
        Assert.Equal(new LedgerEntry(Bo, 38, -100, 0, 0), ledger.For(Bo));
    }

    [Fact]
    public void A_carry_in_moves_the_fair_share_and_carries_on()
    {
        // Anna carried one night over: all = 400 + 100; her share 250 − 100 = 1.5, Bo's 2.5; out: Anna 300 − 150 = +150.
        var report = FairnessReport.Build(Problem2(new LedgerEntry(Anna, NightsOver: 100)), Roster);

        Assert.Equal(new BurdenLine(3, 1.5m, 100, 150), report.Employees[0].Nights);
        Assert.Equal(new BurdenLine(1, 2.5m, 0, -150), report.Employees[1].Nights);
    }

    [Fact]
    public void Spreads_give_min_max_standard_deviation_and_Gini()
    {
        var spread = FairnessReport.Build(Problem2(), Roster).GrantedShareByWeight;

        Assert.Equal((2, 0m, 0.75m, 0.375m), (spread.Count, spread.Minimum, spread.Maximum, spread.Mean));
        Assert.Equal(0.375m, spread.StandardDeviation);
        Assert.Equal(0.5m, spread.Gini);
        Assert.Equal(0.75m, spread.Range);
    }

    [Fact]
    public void The_time_bank_carries_balance_in_plus_worked_minus_contracted_less_what_is_paid()
    {
        // 14 days at full time 40 h: 80 h contracted; 2 h in the bank make the target 78 h. The 2 h worked beyond it
        // are paid at the period's end (overtime), so they are not carried.
        var contract = new WorkingTimeContract(new EmploymentRate(100), Duration.FromHours(40), timeBankBalance: Duration.FromHours(2));

        Assert.Equal(Duration.FromHours(78), contract.TargetFor(14));
        Assert.Equal(Duration.Zero, contract.BalanceAfter(14, Duration.FromHours(78)));
        Assert.Equal(Duration.Zero, contract.BalanceAfter(14, Duration.FromHours(80)));
        Assert.Equal(Duration.FromHours(-8), contract.BalanceAfter(14, Duration.FromHours(70)));
        Assert.Null(new WorkingTimeContract(minimumTotal: Duration.FromHours(10)).BalanceAfter(14, Duration.FromHours(12)));
    }

    [Fact]
    public void The_ledger_and_time_bank_after_a_roster_are_one_call_each()
    {
        var problem = Problem2(new LedgerEntry(Anna, HolidaysOver: 30));

        Assert.Equal(FairnessReport.Build(problem, Roster).LedgerOut.Entries.ToArray(), FairnessLedger.After(problem, Roster).Entries.ToArray());
        // Holidays are not balanced by the pack, so their carry passes through unchanged.
        Assert.Equal(30, FairnessLedger.After(problem, Roster).For(Anna).HolidaysOver);
        // Anna 3 nights of 10 h, Bo 1, against 80 h contracted each.
        Assert.Equal(Duration.FromHours(30 - 80), TimeBank.After(problem, Roster)[Anna]);
        Assert.Equal(Duration.FromHours(10 - 80), TimeBank.After(problem, Roster)[Bo]);
    }

    [Fact]
    public void The_roster_report_carries_fairness_time_bank_and_minutes_short()
    {
        var report = RosterReport.Build(Problem2(), Roster, explain: false);

        Assert.Equal(-100, report.Fairness!.Employees[1].LedgerOut.NightsOver);
        // 3 nights of 10 h against 80 h contracted.
        Assert.Equal((30 - 80) * 60, report.Hours[0].TimeBankOutMinutes);
        Assert.All(report.Wishes, w => Assert.Null(w.Explanation));
        Assert.Equal(0, report.PersonMinutesShortOfMinimum);
    }
}
