namespace Scheduling.Domain.Units;

/// <summary>
/// One unit (enhet) of a problem that plans several: a care home, a home-care district, an LSS group home. Its need
/// is the problem's demand rows and slots that name it; its staff are the employees whose units list it (the first
/// listed is their home unit).
/// </summary>
public sealed record CareUnit
{
    public CareUnit(UnitId id, string? name = null)
    {
        Id = id;
        Name = string.IsNullOrWhiteSpace(name) ? id.Value : name;
    }

    public UnitId Id { get; }
    public string Name { get; }

    /// <summary>The unit's resident groups, for continuity of care; empty when the unit does not plan by group.</summary>
    public ImmutableArray<ResidentGroup> Groups { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>
    /// Where the unit's staff take their resource shifts (resurspass) after their own unit, nearest first: the nearby
    /// units, then the central pool. The <c>pool-order</c> rule charges a shift at the k-th of them k + 1 steps.
    /// </summary>
    public ImmutableArray<UnitId> BookingOrder { get; init => field = value.IsDefault ? [] : value; } = [];

    /// <summary>True for the municipality's pool (bemanningsenheten): a unit whose need is the gaps it books staff for.</summary>
    public bool IsPool { get; init; }

    /// <summary>
    /// The unit as one employee's part of a problem sees it: its groups keep only <paramref name="employee"/> among their
    /// contact persons (the others are not in that part).
    /// </summary>
    public CareUnit OnlyContact(EmployeeId employee) => this with
    {
        Groups = [.. Groups.Select(g => new ResidentGroup(g.Id, g.Name, g.Residents, g.Shifts, [.. g.ContactPersons.Where(p => p == employee)]))],
    };
}
