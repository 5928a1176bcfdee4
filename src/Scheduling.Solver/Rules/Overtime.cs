using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// overtime (ATL §8: 48 h per 4 weeks or 50 h per calendar month, 200 h per calendar year): per employee with an
/// employment rate, minutes counted as the cost model counts them (working time less the hour a shift gains when the
/// clock falls back).
/// <list type="bullet">
/// <item>Per window of 4 weeks (or calendar month) from the period's first day, the first reaching back into the history
/// up to 4 weeks (or to the month's first day): the period's minutes in it are at most full time for the window's days
/// (less the time bank only in a first window that does not reach back) plus the short cap pro rata, less the minutes of
/// the history's shifts in it, a constant; never below 0, so a window the history alone has put over the cap charges only
/// what the period adds to it.</item>
/// <item>Per period: the minutes are at most full time for the period (less the time bank) plus what the year's cap
/// leaves after the overtime carried from earlier periods of the year, or the year's cap pro rata when that is not known.</item>
/// </list>
/// Soft: weight × minutes over, per window and for the year.
/// </summary>
internal sealed class Overtime(OvertimeRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var period = c.Problem.Period;
        var windows = new List<(int From, int To, int Back, int MonthDays)>();
        for (var from = 0; from < c.D;)
        {
            var date = period.DateOf(from);
            var monthDays = rule.PerCalendarMonth ? date.Calendar.GetDaysInMonth(date.Year, date.Month) : 28;
            var to = Math.Min(c.D, rule.PerCalendarMonth ? from + monthDays - date.Day + 1 : from + 28);
            var reach = rule.PerCalendarMonth ? date.Day - 1 : 28 - (to - from);
            windows.Add((from, to, from == 0 ? Math.Min(c.History.Days, reach) : 0, monthDays));
            from = to;
        }

        foreach (var e in c.Employees)
        {
            var contract = c.Problem.Employees[e].Contract;
            if (contract.FullTimeFor(c.D) is not { } fullTime || contract.FullTimeWeekly is not { } weekly) continue;
            foreach (var (from, to, back, monthDays) in windows)
            {
                var days = to - from + back;
                var full = from == 0 && back == 0
                    ? (long)contract.FullTimeFor(days)!.Value.TotalMinutes
                    : (long)Math.Round((decimal)weekly.TotalMinutes * days / 7m, MidpointRounding.AwayFromZero);
                var bound = Math.Max(0, full + rule.WindowCapMinutes(days, monthDays) - c.History.MinutesForExtraHours(e, -back, 0));
                var worked = Worked.MinutesForExtraHours(c, e, from, to, out var upper);
                if (upper <= bound) continue;
                Enforce.AtMost(c, rule, worked, bound, upper, e, from, $"overtime_window_{e}_{from}");
            }

            var all = Worked.MinutesForExtraHours(c, e, 0, c.D, out var most);
            var yearBound = (long)fullTime.TotalMinutes + rule.YearCapMinutes(c.D, contract.OvertimeBeforePeriod);
            if (most <= yearBound) continue;
            Enforce.AtMost(c, rule, all, yearBound, most, e, -1, $"overtime_year_{e}");
        }
    }
}
