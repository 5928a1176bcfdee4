using System.Collections.Immutable;

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
}
