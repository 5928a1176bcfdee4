using Scheduling.Domain;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Payroll;
using static Scheduling.Exports.Tests.Payroll;

namespace Scheduling.Exports.Tests;

/// <summary>
/// Payroll figures computed by hand under the default OB table: weekday evening 19–22 (26.40 kr), night 22–06
/// (58.40), weekend Friday 19 → Monday 07 (68.10), night before a weekend or holiday 22–06 (78.30), storhelg
/// (130.70). An hour in several windows counts under the best-paid.
/// </summary>
public class PayrollFiguresTests
{
    [Fact]
    public void A_weekday_night_across_midnight_belongs_to_its_first_day_with_OB_split_by_window()
    {
        var wednesday = Monday.PlusDays(2);
        var period = PayrollPeriod.Compute(Problem(Monday, 7), RosterOf(Works(Anna, wednesday, Night)));

        // Wednesday 21:15 → Thursday 07:15: 10 h; weekday evening 21:15–22:00, night 22:00–06:00, 06:00–07:15 ordinary.
        var day = Assert.Single(Assert.Single(period.Employees).Days);
        Assert.Equal(wednesday, day.Date);
        Assert.Equal([Night.Code], day.Shifts.ToArray());
        Assert.Equal(Duration.FromHours(10), day.Worked);
        Assert.Equal(new Dictionary<string, decimal> { ["weekday-evening"] = 0.75m, ["night"] = 8m }, Ob(period, day.UnsocialHours));
        Assert.Equal(Duration.Zero, day.Overtime);
        Assert.Null(day.Absence);
    }

    [Fact]
    public void A_night_across_the_spring_clock_change_is_an_hour_shorter()
    {
        // Saturday 28 March 2026 21:15 → Sunday 07:15; the clock jumps from 02:00 to 03:00: 9 h.
        var saturday = new LocalDate(2026, 3, 28);
        var period = PayrollPeriod.Compute(Problem(new LocalDate(2026, 3, 23), 7), RosterOf(Works(Anna, saturday, Night)));

        var day = Assert.Single(Assert.Single(period.Employees).Days);
        Assert.Equal(Duration.FromHours(9), day.Worked);
        // The weekend window covers it all; the night before a weekend (22–06, 7 h this night) pays more.
        Assert.Equal(new Dictionary<string, decimal> { ["weekend"] = 2m, ["night-before-weekend"] = 7m }, Ob(period, day.UnsocialHours));
        Assert.Equal(Duration.Zero, day.Overtime);
    }

    [Fact]
    public void A_night_across_the_autumn_clock_change_is_an_hour_longer_and_the_hour_is_overtime_not_OB()
    {
        // Saturday 24 October 2026 21:15 → Sunday 07:15; the clock falls back from 03:00 to 02:00: 11 h.
        var saturday = new LocalDate(2026, 10, 24);
        var period = PayrollPeriod.Compute(Problem(new LocalDate(2026, 10, 19), 7), RosterOf(Works(Anna, saturday, Night)));

        var employee = Assert.Single(period.Employees);
        var day = Assert.Single(employee.Days);
        Assert.Equal(Duration.FromHours(11), day.Worked);
        // 22–06 lasts 9 h; the extra hour leaves the best-paid window and is paid as overtime.
        Assert.Equal(new Dictionary<string, decimal> { ["weekend"] = 2m, ["night-before-weekend"] = 8m }, Ob(period, day.UnsocialHours));
        Assert.Equal(Duration.FromHours(1), day.Overtime);
        // 10 h counted against 40 h of full time: no period overtime, the day's hour is the total.
        Assert.Equal(Duration.Zero, employee.PeriodOvertime);
        Assert.Equal(Duration.FromHours(1), employee.Overtime);
    }

    [Fact]
    public void A_Sunday_pays_the_weekend_level_and_Christmas_Day_the_storhelg_level()
    {
        // D 07:00–15:30 less a 30-minute break: 8 h, the break taken from the least-paid minutes.
        var wednesday = Monday.PlusDays(2);
        var sunday = Monday.PlusDays(6);
        var january = PayrollPeriod.Compute(Problem(Monday, 7), RosterOf(Works(Anna, wednesday, Day), Works(Anna, sunday, Day)));
        var days = Assert.Single(january.Employees).Days;
        Assert.Equal([wednesday, sunday], days.Select(d => d.Date).ToArray());
        Assert.All(days, d => Assert.Equal(Duration.FromHours(8), d.Worked));
        Assert.Empty(Ob(january, days[0].UnsocialHours));
        Assert.Equal(new Dictionary<string, decimal> { ["weekend"] = 8m }, Ob(january, days[1].UnsocialHours));

        var christmasDay = new LocalDate(2026, 12, 25);
        var christmas = PayrollPeriod.Compute(Problem(new LocalDate(2026, 12, 21), 7), RosterOf(Works(Anna, christmasDay, Day)));
        var holiday = Assert.Single(Assert.Single(christmas.Employees).Days);
        Assert.Equal(new Dictionary<string, decimal> { ["storhelg"] = 8m }, Ob(christmas, holiday.UnsocialHours));
    }

    [Fact]
    public void A_part_timer_working_beyond_the_target_has_mertid_not_overtime()
    {
        // 50 % of 40 h over 14 days: a target of 40 h, full time 80 h. Six 8-hour days: 48 h, 8 h of mertid.
        var problem = Problem(Monday, 14, [Person(Anna, ratePercent: 50m)]);
        int[] workdays = [0, 1, 2, 3, 4, 7];
        var roster = RosterOf([.. workdays.Select(d => Works(Anna, Monday.PlusDays(d), Early))]);
        var employee = Assert.Single(PayrollPeriod.Compute(problem, roster).Employees);

        Assert.Equal(Duration.FromHours(48), employee.Worked);
        Assert.Equal(Duration.FromHours(40), employee.Target);
        Assert.Equal(Duration.FromHours(80), employee.FullTime);
        Assert.Equal(Duration.FromHours(8), employee.Mertid);
        Assert.Equal(Duration.Zero, employee.Overtime);
        Assert.All(employee.UnsocialHours, h => Assert.Equal(Duration.Zero, h));
    }

    [Fact]
    public void A_full_timer_working_beyond_full_time_has_overtime_the_cost_model_prices_the_same()
    {
        // 100 % of 40 h over 14 days: 80 h. Eleven 8-hour weekdays: 88 h, 8 h of overtime and no mertid.
        var cost = new CostModel("test", "hand-computed", [new EmployeePay(Anna, 33_000m)], 1.4m);
        var problem = Problem(Monday, 14, cost: cost);
        var weekdays = Enumerable.Range(0, 14).Select(Monday.PlusDays).Where(d => d.DayOfWeek < IsoDayOfWeek.Saturday).ToList();
        var roster = RosterOf([.. weekdays.Append(Monday.PlusDays(5)).Select(d => Works(Anna, d, Early))]);
        var employee = Assert.Single(PayrollPeriod.Compute(problem, roster).Employees);

        Assert.Equal(Duration.FromHours(88), employee.Worked);
        Assert.Equal(Duration.Zero, employee.Mertid);
        Assert.Equal(Duration.FromHours(8), employee.PeriodOvertime);
        Assert.Equal(Duration.FromHours(8), employee.Overtime);
        var priced = Assert.Single(RosterCost.Compute(problem, roster).Lines, l => l.Kind == CostKind.Overtime);
        Assert.Equal(8 * 60, priced.Minutes);
    }

    [Fact]
    public void An_unavailable_day_is_an_absence_row_with_no_hours()
    {
        var thursday = Monday.PlusDays(3);
        var problem = Problem(Monday, 7, [Person(Anna), Person(Bo)], unavailability: [new Unavailability(Anna, thursday)]);
        var period = PayrollPeriod.Compute(problem, RosterOf(Works(Anna, Monday, Early)));

        var anna = period.Employees[0];
        Assert.Equal([Monday, thursday], anna.Days.Select(d => d.Date).ToArray());
        var absent = anna.Days[1];
        Assert.Equal(AbsenceKind.Unavailable, absent.Absence);
        Assert.Empty(absent.Shifts);
        Assert.Equal(Duration.Zero, absent.Worked);
        Assert.Equal(1, anna.AbsenceDays);
        Assert.Equal(Duration.FromHours(8), anna.Worked);

        // Bo works nothing and is away nowhere: no days, still listed for his total.
        Assert.Equal(Bo, period.Employees[1].Employee);
        Assert.Empty(period.Employees[1].Days);
    }

    [Fact]
    public void An_assignment_outside_the_problem_fails_instead_of_dropping_hours()
    {
        var ex = Assert.Throws<DomainException>(() => PayrollPeriod.Compute(Problem(Monday, 7), RosterOf(Works(Anna, Monday.PlusDays(7), Early))));
        Assert.Contains("2026-01-19", ex.Message, StringComparison.Ordinal);
    }
}
