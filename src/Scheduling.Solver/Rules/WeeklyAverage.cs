using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// A weekly average held over reference windows, for ordinary-hours (ATL §5: 40 h a week on average over at most 4 weeks)
/// and total-hours (ATL §10b: 48 h over at most 4 months, overtime included): per employee and reference window of
/// <paramref name="length"/> from the period's first day (the last one pro rata), the working minutes of the shifts
/// starting in it are at most <paramref name="weekly"/> × the window's days ÷ 7; soft: weight × minutes over. With history,
/// the first window reaches back into it up to its full length, and the minutes worked there are a constant part of the
/// window's sum.
/// </summary>
/// <param name="rule">The rule whose constraint this is.</param>
/// <param name="weekly">The most working time a week, on average.</param>
/// <param name="length">The reference windows' length (weeks or months).</param>
/// <param name="name">The prefix of the model's variable names.</param>
internal sealed class WeeklyAverage(Rule rule, Duration weekly, Period length, string name) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var perWeek = (long)weekly.TotalMinutes;
        foreach (var (from, to, back) in ReferenceWindows.Of(c, length))
        {
            var cap = perWeek * (to - from + back) / 7;
            foreach (var e in c.Employees)
            {
                var worked = Worked.Minutes(c, e, from, to, out var upper);
                var bound = cap - c.History.Minutes(e, -back, 0);
                if (upper <= bound) continue;
                Enforce.AtMost(c, rule, worked, bound, upper, e, from, $"{name}_over_{e}_{from}");
            }
        }
    }
}
