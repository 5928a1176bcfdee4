using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// overtime (ATL §8: 48 h per 4 weeks or 50 h per month, 200 h per year, pro rata to the period): per employee with an
/// employment rate, the minutes counted as the cost model counts them (working time less the hour a shift gains when the
/// clock falls back) are at most full time for the period (less the time bank) plus the cap, so that övertid — the
/// minutes beyond full time — is at most the cap; soft: weight × minutes of overtime over the cap.
/// </summary>
internal sealed class Overtime(OvertimeRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var cap = rule.CapMinutes(c.D);
        for (var e = 0; e < c.E; e++)
        {
            var contract = c.Problem.Employees[e].Contract;
            if (contract.TargetFor(c.D) is null || contract.FullTimeFor(c.D) is not { } fullTime) continue;
            var worked = Worked.MinutesForExtraHours(c, e, out var most);
            var bound = (long)fullTime.TotalMinutes + cap;
            if (most <= bound) continue;
            Enforce.AtMost(c, rule, worked, bound, most, e, -1, $"overtime_over_{e}");
        }
    }
}
