using Scheduling.Domain.Checking;
using Scheduling.Domain.Fairness;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// The deviation from the fair share of fair-nights, fair-weekends and fair-holidays: among the sharers with
/// weights w (total W) and carried over-shares c (hundredths), |W·(100·n + c) − w·(100·N + C)| ÷ W hundredths,
/// rounded down; each hundredth beyond the tolerance costs the weight. Each rule's file says what it counts.
/// </summary>
internal abstract class FairShareCheck(FairShareRule rule) : IRuleCheck
{
    /// <summary>What the employee works of the burden in the roster.</summary>
    protected abstract long CountOf(CheckContext context, EmployeeId employee);

    /// <summary>The burden's name in messages, plural ("nights").</summary>
    protected abstract string What { get; }

    /// <summary>The burden's name in Swedish messages, plural ("nattpass").</summary>
    protected abstract string SwedishWhat { get; }

    public void Check(CheckContext context, List<Violation> violations)
    {
        var basis = FairShareBasis.For(context.Problem, rule.Burden);
        if (basis.Employees.Length < 2) return;
        var counts = basis.Employees.Select(e => CountOf(context, e)).ToArray();
        var carries = basis.Employees.Select(e => context.Problem.Ledger.For(e).Over(rule.Burden)).ToArray();
        var total = basis.TotalWeight;
        var all = checked((100 * counts.Sum()) + carries.Sum());
        for (var i = 0; i < counts.Length; i++)
        {
            var signed = checked((total * ((100 * counts[i]) + carries[i])) - (basis.Weights[i] * all));
            var deviation = Math.Abs(signed) / total;
            var units = deviation - rule.ToleranceHundredths;
            if (units <= 0) continue;
            var fair = ((decimal)basis.Weights[i] * all / total - carries[i]) / 100m;
            violations.Add(Broken(rule, basis.Employees[i], [], units,
                string.Create(CultureInfo.InvariantCulture, $"{basis.Employees[i]} arbetar {counts[i]} {SwedishWhat} mot en rättvis andel på {fair:0.00} (± {rule.ToleranceHundredths / 100m:0.00})"),
                string.Create(CultureInfo.InvariantCulture,
                $"{basis.Employees[i]} works {counts[i]} {What} against a fair share of {fair:0.00} (± {rule.ToleranceHundredths / 100m:0.00})")));
        }
    }
}
