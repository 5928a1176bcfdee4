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
/// Measured peak memory of the whole process (8 workers, 60 s, 2-core machine): Instance22 (960 k terms)
/// about 0.6 GB; Instance24 (28.3 M terms) 6.9 GB, its model built in 14 s. Hence about 250 bytes per term
/// over a 300 MB base; <see cref="EstimatedPeakBytes"/> rounds that up to 300 bytes.
/// </remarks>
public sealed record ModelSize(long Booleans, long SuccessionTerms)
{
    private const long BaseBytes = 300L << 20;
    private const long BytesPerTerm = 300;

    public long Terms => Booleans + SuccessionTerms;

    /// <summary>A cautious guess at the solving process's peak memory, from the measurements above.</summary>
    public long EstimatedPeakBytes => BaseBytes + (Terms * BytesPerTerm);

    public static ModelSize Of(RosterProblem problem)
    {
        long employees = problem.Employees.Length, days = problem.Period.Days;
        var successions = problem.Rules.Get<ForbiddenSuccessionsRule>()?.Successions ?? [];
        long perDay = successions.GroupBy(s => s.From).Sum(g => 1L + g.Select(s => s.To).Distinct().Count());
        return new ModelSize(employees * days * problem.Templates.Length, employees * Math.Max(0, days - 1) * perDay);
    }

    public override string ToString() => $"{Booleans:N0} booleans, {SuccessionTerms:N0} succession terms, ~{EstimatedPeakBytes / (1 << 20):N0} MiB";
}
