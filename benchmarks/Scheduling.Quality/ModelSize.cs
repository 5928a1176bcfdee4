using Scheduling.Domain;
using Scheduling.Domain.Rules;

namespace Scheduling.Quality;

/// <summary>
/// The size of the product's plain CP-SAT model of a problem, estimated without building it: one boolean per
/// employee × day × shift, and one term per shift in each forbidden-succession constraint (employee × day ×
/// shift with followers, each holding the shift and its followers), the family that dominates on the
/// largest instances.
/// </summary>
public sealed record ModelSize(long Booleans, long SuccessionTerms)
{
    public long Terms => Booleans + SuccessionTerms;

    public static ModelSize Of(RosterProblem problem)
    {
        long employees = problem.Employees.Length, days = problem.Period.Days;
        var successions = problem.Rules.Get<ForbiddenSuccessionsRule>()?.Successions ?? [];
        long perDay = successions.GroupBy(s => s.From).Sum(g => 1L + g.Select(s => s.To).Distinct().Count());
        return new ModelSize(employees * days * problem.Templates.Length, employees * Math.Max(0, days - 1) * perDay);
    }

    public override string ToString() => $"{Booleans:N0} booleans, {SuccessionTerms:N0} succession terms";
}
