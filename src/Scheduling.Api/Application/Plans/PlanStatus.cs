namespace Scheduling.Api.Application.Plans;

/// <summary>A plan as it stands: each unit's outcome, in the plan's order, and the totals over those with a roster.</summary>
public sealed record PlanStatus(MunicipalityPlan Plan, IReadOnlyList<UnitOutcome> Units)
{
    public int Count(Storage.JobState state) => Units.Count(u => u.State == state);

    /// <summary>Every unit's job has ended (succeeded, cancelled or failed).</summary>
    public bool Done => Units.All(u => u.State is Storage.JobState.Succeeded or Storage.JobState.Cancelled or Storage.JobState.Failed);

    public IEnumerable<UnitOutcome> WithRoster => Units.Where(u => u.Roster is not null);

    /// <summary>The sums over the units with a roster (its <see cref="UnitOutcome.Unit"/> and job are empty).</summary>
    public UnitOutcome Total
    {
        get
        {
            var done = WithRoster.ToList();
            return new UnitOutcome("", "", Storage.JobState.Unspecified)
            {
                Employees = done.Sum(u => u.Employees),
                Penalty = done.Sum(u => u.Penalty),
                HardViolations = done.Sum(u => u.HardViolations),
                MinutesBelowIdeal = done.Sum(u => u.MinutesBelowIdeal),
                MinutesBelowMinimum = done.Sum(u => u.MinutesBelowMinimum),
                CostKronor = done.Sum(u => u.CostKronor),
                SubstituteKronor = done.Sum(u => u.SubstituteKronor),
            };
        }
    }
}
