using Google.OrTools.Sat;
using Scheduling.Domain.Fairness;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// The fair-share deviation of fair-nights, fair-weekends and fair-holidays: for each sharer, with weights w
/// (total W) and carried over-shares c in hundredths, a = |W·(100·n + c) − w·(100·N + C)| (exact, by
/// AddAbsEquality), q = ⌊a ÷ W⌋ (exact: W·q ≤ a ≤ W·q + W − 1), weight × max(0, q − tolerance). Each rule's
/// file says what it counts.
/// </summary>
internal abstract class FairShare(FairShareRule rule) : IConstraintFamily
{
    private const long Hundred = 100;

    /// <summary>What employee e works of the burden, as an expression, and its largest value.</summary>
    protected abstract LinearExpr Count(ModelContext c, int e, out long upperBound);

    public void Add(ModelContext c)
    {
        if (rule.Enforcement.Weight == 0) return;
        var basis = FairShareBasis.For(c.Problem, rule.Burden);
        if (basis.Employees.Length < 2) return;
        var total = basis.TotalWeight;
        var counts = new List<IntVar>();
        long countBound = 0;
        foreach (var id in basis.Employees)
        {
            var e = c.EmployeeIndex(id);
            var expr = Count(c, e, out var upper);
            var n = c.Model.NewIntVar(0, upper, $"{rule.Id}_count_{e}");
            c.Model.Add(n == expr);
            counts.Add(n);
            countBound += upper;
        }

        var carries = basis.Employees.Select(id => c.Problem.Ledger.For(id).Over(rule.Burden)).ToArray();
        var carried = carries.Sum();
        var all = LinearExpr.Sum(counts);
        for (var i = 0; i < counts.Count; i++)
        {
            var w = basis.Weights[i];
            var signed = (counts[i] * (Hundred * total)) - (all * (Hundred * w)) + ((total * carries[i]) - (w * carried));
            var absBound = checked((Hundred * total * countBound) + (total * Math.Abs(carries[i])) + (Hundred * w * countBound) + (w * Math.Abs(carried)));
            var deviationBound = absBound / total;
            if (deviationBound <= rule.ToleranceHundredths) continue;
            var e = c.EmployeeIndex(basis.Employees[i]);
            var scaled = c.Model.NewIntVar(0, absBound, $"{rule.Id}_abs_{e}");
            c.Model.AddAbsEquality(scaled, signed);
            var deviation = c.Model.NewIntVar(0, deviationBound, $"{rule.Id}_dev_{e}");
            c.Model.Add(deviation * total <= scaled);
            c.Model.Add(scaled <= (deviation * total) + (total - 1));
            c.Penalize(c.PositivePart(deviation - rule.ToleranceHundredths, deviationBound - rule.ToleranceHundredths, $"{rule.Id}_over_{e}"), rule.Enforcement.Weight);
        }
    }
}
