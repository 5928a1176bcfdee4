using Google.OrTools.Sat;
using Scheduling.Domain;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// night-work (ATL §13a: 8 h per 24 h on average over at most 4 months): a boolean per employee is true exactly when
/// night shifts (templates of kind night) are at least the share of their shifts in the period (100 × nights ≥ share ×
/// shifts); then, in each window of the reference months from the period's first day (a shorter one pro rata), their
/// working minutes are at most the maximum per day × the window's days; soft: weight × minutes over, for night workers only.
/// With history, the first window reaches back into it up to the full reference months: its days count in the cap and the
/// minutes worked there are a constant taken off it (never below 0: a window the history alone puts over the cap charges
/// only what the period adds).
/// </summary>
internal sealed class NightWork(NightWorkRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var perDay = (long)rule.MaximumPerDay.TotalMinutes;
        var windows = ReferenceWindows.Of(c, NodaTime.Period.FromMonths(rule.ReferenceMonths));

        foreach (var e in c.Employees)
        {
            BoolVar? nightWorker = null;
            foreach (var (from, to, back) in windows)
            {
                var worked = Worked.Minutes(c, e, from, to, out var upper);
                var cap = Math.Max(0, (perDay * (to - from + back)) - c.History.Minutes(e, -back, 0));
                if (upper <= cap) continue;
                nightWorker ??= IsNightWorker(c, e);
                if (rule.Enforcement.IsHard)
                {
                    var limit = c.Model.Add(worked <= cap);
                    limit.OnlyEnforceIf(nightWorker);
                    c.Require(limit, rule.Id, e, from);
                    continue;
                }

                var over = c.PositivePart(worked - cap, upper - cap, $"night_over_{e}_{from}");
                var charged = c.Model.NewIntVar(0, upper - cap, $"night_charged_{e}_{from}");
                c.Model.Add(charged == over).OnlyEnforceIf(nightWorker);
                c.Model.Add(charged == 0).OnlyEnforceIf(nightWorker.Not());
                c.Penalize(charged, rule.Enforcement.Weight);
            }
        }
    }

    /// <summary>True exactly when 100 × night shifts ≥ share × shifts in the period.</summary>
    private BoolVar IsNightWorker(ModelContext c, int e)
    {
        var all = new List<BoolVar>();
        var coefficients = new List<long>();
        for (var d = 0; d < c.D; d++)
            for (var t = 0; t < c.T; t++)
            {
                all.Add(c.X[e, d, t]);
                coefficients.Add((c.TemplateAt(t).Kind == ShiftKind.Night ? 100L : 0L) - rule.NightSharePercent);
            }

        var margin = LinearExpr.WeightedSum(all, coefficients);
        var isNightWorker = c.Model.NewBoolVar($"night_worker_{e}");
        c.Model.Add(margin >= 0).OnlyEnforceIf(isNightWorker);
        c.Model.Add(margin <= -1).OnlyEnforceIf(isNightWorker.Not());
        return isNightWorker;
    }
}
