namespace Scheduling.Domain;

/// <summary>Sysselsättningsgrad: an employee's share of full time, in percent (0, 100].</summary>
public readonly record struct EmploymentRate
{
    public EmploymentRate(decimal percent)
    {
        if (percent <= 0m || percent > 100m)
            throw new DomainException($"employment rate must be above 0 and at most 100 percent, was {percent}");
        Percent = percent;
    }

    public decimal Percent { get; }

    /// <summary>The share of <paramref name="fullTime"/> this rate stands for, rounded to whole minutes.</summary>
    public Duration Of(Duration fullTime) =>
        Duration.FromMinutes((long)Math.Round((decimal)fullTime.TotalMinutes * Percent / 100m, MidpointRounding.AwayFromZero));

    public override string ToString() => $"{Percent:0.##} %";
}
