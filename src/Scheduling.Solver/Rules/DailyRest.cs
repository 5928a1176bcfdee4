using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// daily-rest (ATL §13): a shift that starts less than the minimum rest after another ends (and does not
/// overlap it: that is no-overlap's) is forbidden with it, or costs weight × minutes short per pair.
/// Rest is measured on instants, so a DST night's extra hour shortens the rest after it. A shift of the history before
/// the period is a constant: a period shift starting too soon after it is forbidden, or costs what the pair would.
/// </summary>
internal sealed class DailyRest(DailyRestRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var tooShort = Pairs.Following(c, (a, b) => b.Start >= a.End && b.Start - a.End < rule.MinimumRest, rule.MinimumRest);
        foreach (var (d1, t1, d2, later) in tooShort)
            for (var e = 0; e < c.E; e++)
            {
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

    private void AcrossSeam(ModelContext c)
    {
        for (var e = 0; e < c.E; e++)
            foreach (var (_, _, before) in c.History.ShiftsOf(e))
                for (var d2 = 0; d2 < c.D; d2++)
                {
                    if (c.Intervals[d2, 0].Start - NodaTime.Duration.FromDays(2) > before.End + rule.MinimumRest) break;
                    for (var t2 = 0; t2 < c.T; t2++)
                    {
                        var rest = c.Intervals[d2, t2].Start - before.End;
                        if (rest < NodaTime.Duration.Zero || rest >= rule.MinimumRest) continue;
                        Enforce.Forbid(c, rule, c.X[e, d2, t2], (long)(rule.MinimumRest - rest).TotalMinutes, e, d2);
                    }
                }
    }
}
