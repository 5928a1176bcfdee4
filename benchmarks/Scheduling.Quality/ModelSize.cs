using Scheduling.Domain;
using Scheduling.Domain.Rules;

namespace Scheduling.Quality;

/// <summary>
/// The size of the product's plain CP-SAT model of a problem, estimated without building it: one boolean per
/// employee × day × shift, and one term per shift in each forbidden-succession constraint (employee × day ×
/// shift with followers, each holding the shift and its followers), the family that dominates on the
/// largest instances.
/// </summary>
/// <remarks>
/// Peak memory of the whole process, measured in 60 s runs with 8 workers on the 2-core machine:
/// Instance20 (0.2 M terms) 1.0–1.3 GB, Instance22 (1.0 M terms) 1.4–3.0 GB, Instance24 (28.3 M terms)
/// 6.3–8.3 GB. <see cref="EstimatedPeakBytes"/> covers each of them: 3 GiB plus 200 bytes per term.
/// </remarks>
public sealed record ModelSize(long Booleans, long SuccessionTerms)
{
    private const long BaseBytes = 3L << 30;
    private const long BytesPerTerm = 200;

    public long Terms => Booleans + SuccessionTerms;

    /// <summary>A cautious guess at the solving process's peak memory, from the measurements above (for the guard: small instances need far less).</summary>
    public long EstimatedPeakBytes => BaseBytes + (Terms * BytesPerTerm);

    public static ModelSize Of(RosterProblem problem)
    {
        long employees = problem.Employees.Length, days = problem.Period.Days;
        var successions = problem.Rules.Get<ForbiddenSuccessionsRule>()?.Successions ?? [];
        long perDay = successions.GroupBy(s => s.From).Sum(g => 1L + g.Select(s => s.To).Distinct().Count());
        return new ModelSize(employees * days * problem.Templates.Length, employees * Math.Max(0, days - 1) * perDay);
    }

    public override string ToString() => $"{Booleans:N0} booleans, {SuccessionTerms:N0} succession terms, memory guard estimate {EstimatedPeakBytes / (1 << 20):N0} MiB";
}
