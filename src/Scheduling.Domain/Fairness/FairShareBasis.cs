namespace Scheduling.Domain.Fairness;

/// <summary>
/// Who shares a burden and in what proportion, from the input alone: each employee who can take the burden
/// weighs their contracted minutes per week (sysselsättningsgrad × veckoarbetstid; without a rate, the explicit
/// period bound scaled to a week), the weights divided by their greatest common divisor. An employee's fair
/// share of a period's total is total × weight ÷ <see cref="TotalWeight"/>. Night staff share the nights among
/// themselves: an employee whose limits allow no night template, or no weekend, takes no share of that burden.
/// </summary>
public sealed record FairShareBasis
{
    private FairShareBasis(ImmutableArray<EmployeeId> employees, ImmutableArray<long> weights)
    {
        Employees = employees;
        Weights = weights;
        TotalWeight = weights.Sum();
    }

    /// <summary>The employees sharing the burden, in problem order.</summary>
    public ImmutableArray<EmployeeId> Employees { get; }

    /// <summary>Each employee's weight, parallel to <see cref="Employees"/>.</summary>
    public ImmutableArray<long> Weights { get; }

    public long TotalWeight { get; }

    public static FairShareBasis For(RosterProblem problem, FairBurden burden)
    {
        var nights = problem.Templates.Where(t => t.Kind == ShiftKind.Night).Select(t => t.Code).ToList();
        var chosen = problem.Employees
            .Select(e => (e.Id, Weight: WeeklyMinutes(e, problem.Period.Days), e.Limits))
            .Where(x => x.Weight > 0 && burden switch
            {
                FairBurden.Nights => nights.Any(code => !x.Limits.MaxShiftsPerTemplate.TryGetValue(code, out var max) || max > 0),
                FairBurden.Weekends => x.Limits.MaxWeekends != 0,
                _ => true,
            })
            .ToList();
        var divisor = chosen.Aggregate(0L, (g, x) => Gcd(g, x.Weight));
        return new FairShareBasis([.. chosen.Select(x => x.Id)], [.. chosen.Select(x => x.Weight / Math.Max(1, divisor))]);
    }

    private static long WeeklyMinutes(Employee employee, int days)
    {
        var contract = employee.Contract;
        if (contract.Rate is { } rate && contract.FullTimeWeekly is { } fullTime) return (long)rate.Of(fullTime).TotalMinutes;
        if ((contract.MaximumTotal ?? contract.MinimumTotal) is not { } total) return 0;
        return (long)Math.Round((decimal)total.TotalMinutes * 7m / days, MidpointRounding.AwayFromZero);
    }

    private static long Gcd(long a, long b) => b == 0 ? a : Gcd(b, a % b);
}
