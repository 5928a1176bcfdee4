using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// daily-rest (ATL §13): a shift that starts less than the minimum rest after another ends (and does not
/// overlap it: that is no-overlap's) is forbidden with it, or costs weight × minutes short per pair.
/// Rest is measured on instants, so a DST night's extra hour shortens the rest after it. A shift of the history before
/// the period is a constant: a period shift starting too soon after it is forbidden, or costs what the pair would.
/// A rest recorded as an exception (employee, date of the shift after it) may be as short as the exception's minimum;
/// then each shift starting within the minimum rest plus what was cut after the shift it leads to is forbidden with the
/// two (compensating rest), or costs weight × minutes of compensation missing.
/// </summary>
internal sealed class DailyRest(DailyRestRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var tooShort = Pairs.Following(c, (a, b) => b.Start >= a.End && b.Start - a.End < rule.MinimumRest, rule.MinimumRest);
        foreach (var (d1, t1, d2, later) in tooShort)
            foreach (var e in c.Employees)
            {
                if (Excepted(c, e, d2))
                {
                    foreach (var t2 in later)
                        Shortened(c, e, [c.X[e, d1, t1]], d2, t2, c.Intervals[d2, t2].Start - c.Intervals[d1, t1].End);
                    continue;
                }

                if (rule.Enforcement.IsHard)
                {
                    c.Require(c.Model.Add(c.X[e, d1, t1] + LinearExpr.Sum(later.Select(t2 => c.X[e, d2, t2])) <= 1), rule.Id, e, d1);
                    continue;
                }

                foreach (var t2 in later)
                {
                    var shortMinutes = (long)(rule.MinimumRest - (c.Intervals[d2, t2].Start - c.Intervals[d1, t1].End)).TotalMinutes;
                    c.Penalize(c.And([c.X[e, d1, t1], c.X[e, d2, t2]], $"rest_{e}_{d1}_{t1}_{d2}_{t2}"), checked(rule.Enforcement.Weight * shortMinutes));
                }
            }

        AcrossSeam(c);
    }

    private bool Excepted(ModelContext c, int e, int d) => rule.IsExcepted(c.Problem.Employees[e].Id, c.Problem.Period.DateOf(d));

    private void AcrossSeam(ModelContext c)
    {
        foreach (var e in c.Employees)
            foreach (var (_, _, before) in c.History.ShiftsOf(e))
                for (var d2 = 0; d2 < c.D; d2++)
                {
                    if (c.Intervals[d2, 0].Start - Duration.FromDays(2) > before.End + rule.MinimumRest) break;
                    for (var t2 = 0; t2 < c.T; t2++)
                    {
                        var rest = c.Intervals[d2, t2].Start - before.End;
                        if (rest < Duration.Zero || rest >= rule.MinimumRest) continue;
                        if (Excepted(c, e, d2)) Shortened(c, e, [], d2, t2, rest);
                        else Enforce.Forbid(c, rule, c.X[e, d2, t2], (long)(rule.MinimumRest - rest).TotalMinutes, e, d2);
                    }
                }
    }

    /// <summary>
    /// A rest of <paramref name="rest"/> before (d2, t2) that a recorded exception allows down to its minimum: below it, the
    /// pair is forbidden or costs the minutes short of it; at or above it, the rest after (d2, t2) must make up what was cut.
    /// <paramref name="earlier"/> is the shift before the rest (empty when it is a constant of the history).
    /// </summary>
    private void Shortened(ModelContext c, int e, List<ILiteral> earlier, int d2, int t2, Duration rest)
    {
        if (rest < rule.ExceptionMinimum)
        {
            Enforce.NotTogether(c, rule, [.. earlier, c.X[e, d2, t2]], (long)(rule.ExceptionMinimum - rest).TotalMinutes, e, d2, $"rest9_{e}_{d2}_{t2}_{earlier.Count}");
            return;
        }

        var required = rule.MinimumRest + (rule.MinimumRest - rest);
        var end = c.Intervals[d2, t2].End;
        for (var d3 = d2 + 1; d3 < c.D; d3++)
        {
            if (c.Intervals[d3, 0].Start - Duration.FromDays(2) > end + required) break;
            for (var t3 = 0; t3 < c.T; t3++)
            {
                var after = c.Intervals[d3, t3].Start - end;
                if (after < Duration.Zero || after >= required) continue;
                Enforce.NotTogether(c, rule, [.. earlier, c.X[e, d2, t2], c.X[e, d3, t3]], (long)(required - after).TotalMinutes, e, d2,
                    $"compensate_{e}_{d2}_{t2}_{d3}_{t3}_{earlier.Count}_{(long)rest.TotalMinutes}");
            }
        }
    }
}
