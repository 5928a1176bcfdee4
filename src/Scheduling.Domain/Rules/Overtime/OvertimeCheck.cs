using Scheduling.Domain.Checking;
using Scheduling.Domain.Cost;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// overtime (ATL §8): per employee with an employment rate, in each window of 4 weeks (or calendar month) from the
/// period's first day, the first reaching back into the history, the minutes beyond full time for the window are at most
/// the short cap; and the period's övertid, as <see cref="ExtraHours"/> counts it, is at most what the year's cap leaves
/// after the overtime carried from earlier periods of the year (pro rata when not known).
/// </summary>
internal sealed class OvertimeCheck(OvertimeRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var period = context.Period;
        foreach (var employee in context.Problem.Employees)
        {
            var contract = employee.Contract;
            if (contract.FullTimeFor(period.Days) is not { } fullTime || contract.FullTimeWeekly is not { } weekly) continue;
            foreach (var (from, to, back, monthDays) in Windows(period, context.HistoryDays))
            {
                var days = to - from + back;
                var first = period.DateOf(from - back);
                var last = period.DateOf(to - 1);
                var worked = Counted(context.Shifts[employee.Id].Where(s => s.Date >= first && s.Date <= last), period.Zone);
                var before = Counted(context.HistoryShifts[employee.Id].Where(s => s.Date >= first), period.Zone);
                // The time bank stands for the hours of earlier periods: a window that counts them itself does not take it too.
                var full = from == 0 && back == 0 ? (long)contract.FullTimeFor(days)!.Value.TotalMinutes : FullTime(weekly, days);
                var cap = rule.WindowCapMinutes(days, monthDays);
                var bound = full + cap - before;
                if (worked <= Math.Max(0, bound)) continue;
                var overtime = Math.Max(0, worked + before - full);
                violations.Add(Broken(rule, employee.Id, [first], worked - Math.Max(0, bound),
                    $"{employee.Id} har {Hours(overtime)} övertid {Day(first)}–{Day(last)} ({days} dagar); högst {Hours(cap)} är tillåtet ({Hours(rule.PerCalendarMonth ? (long)rule.PerMonth.TotalMinutes : (long)rule.PerFourWeeks.TotalMinutes)} per {(rule.PerCalendarMonth ? "kalendermånad" : "4 veckor")})",
                    $"{employee.Id} has {Hours(overtime)} of overtime {Day(first)}–{Day(last)} ({days} days); at most {Hours(cap)} allowed ({Hours(rule.PerCalendarMonth ? (long)rule.PerMonth.TotalMinutes : (long)rule.PerFourWeeks.TotalMinutes)} per {(rule.PerCalendarMonth ? "calendar month" : "4 weeks")})"));
            }

            var inPeriod = Counted(context.Shifts[employee.Id], period.Zone);
            var yearCap = rule.YearCapMinutes(period.Days, contract.OvertimeBeforePeriod);
            var periodOvertime = Math.Max(0, inPeriod - (long)fullTime.TotalMinutes);
            if (periodOvertime <= yearCap) continue;
            var violation = contract.OvertimeBeforePeriod is { } carried
                ? Broken(rule, employee.Id, [], periodOvertime - yearCap,
                    $"{employee.Id} har {Hours(periodOvertime)} övertid i perioden och {Hours((long)carried.TotalMinutes)} tidigare under {period.Start.Year}; högst {Hours((long)rule.PerYear.TotalMinutes)} per kalenderår är tillåtet",
                    $"{employee.Id} has {Hours(periodOvertime)} of overtime in the period and {Hours((long)carried.TotalMinutes)} earlier in {period.Start.Year}; at most {Hours((long)rule.PerYear.TotalMinutes)} per calendar year allowed")
                    with { InvolvesHistory = carried > Duration.Zero }
                : Broken(rule, employee.Id, [], periodOvertime - yearCap,
                    $"{employee.Id} har {Hours(periodOvertime)} övertid i perioden; högst {Hours(yearCap)} är tillåtet ({period.Days} dagar av årets {Hours((long)rule.PerYear.TotalMinutes)})",
                    $"{employee.Id} has {Hours(periodOvertime)} of overtime in the period; at most {Hours(yearCap)} allowed ({period.Days} days' share of the year's {Hours((long)rule.PerYear.TotalMinutes)})");
            violations.Add(violation);
        }
    }

    /// <summary>
    /// The short cap's windows over the period's day indexes [From, To), the first reaching <c>Back</c> days into the
    /// history, with the days of the month a calendar-month window belongs to.
    /// </summary>
    private IEnumerable<(int From, int To, int Back, int MonthDays)> Windows(SchedulePeriod period, int historyDays)
    {
        for (var from = 0; from < period.Days;)
        {
            var date = period.DateOf(from);
            if (rule.PerCalendarMonth)
            {
                var monthDays = date.Calendar.GetDaysInMonth(date.Year, date.Month);
                var to = Math.Min(period.Days, from + monthDays - date.Day + 1);
                yield return (from, to, from == 0 ? Math.Min(historyDays, date.Day - 1) : 0, monthDays);
                from = to;
            }
            else
            {
                var to = Math.Min(period.Days, from + 28);
                yield return (from, to, from == 0 ? Math.Min(historyDays, 28 - to) : 0, 28);
                from = to;
            }
        }
    }

    /// <summary>Working minutes as mertid and overtime count them: less the hour a shift gains when the clock falls back.</summary>
    private static long Counted(IEnumerable<CheckedShift> shifts, DateTimeZone zone) =>
        shifts.Sum(s => (long)s.Template.WorkingTimeOn(s.Date, zone).TotalMinutes - CostCalculator.ExtraMinutes(s.Template, s.Date, zone));

    /// <summary>Full time for <paramref name="days"/> days, without the time bank.</summary>
    private static long FullTime(Duration weekly, int days) =>
        (long)Math.Round((decimal)weekly.TotalMinutes * days / 7m, MidpointRounding.AwayFromZero);
}
