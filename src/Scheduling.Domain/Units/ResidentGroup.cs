namespace Scheduling.Domain.Units;

/// <summary>
/// A group of residents (boendegrupp, e.g. a corridor of 8) of a unit, served by the shifts of <see cref="Shifts"/> worked
/// at the unit (every template when empty), with its contact persons (kontaktpersoner) among the staff. The
/// <c>continuity</c> rule counts the different staff who serve it each week (personalkontinuitet).
/// </summary>
public sealed record ResidentGroup
{
    public ResidentGroup(string id, string? name = null, int residents = 0, ImmutableArray<ShiftCode> shifts = default, ImmutableArray<EmployeeId> contactPersons = default)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64) throw new DomainException("a resident group's id must be 1 to 64 characters");
        if (residents < 0) throw new DomainException($"resident group {id}: residents must not be negative");
        Id = id;
        Name = string.IsNullOrWhiteSpace(name) ? id : name;
        Residents = residents;
        Shifts = shifts.IsDefault ? [] : shifts;
        ContactPersons = contactPersons.IsDefault ? [] : contactPersons;
    }

    public string Id { get; }
    public string Name { get; }

    /// <summary>How many residents live in the group (for the report; the rule does not weigh by it).</summary>
    public int Residents { get; }

    /// <summary>The templates whose shifts at the unit serve the group; empty: every template.</summary>
    public ImmutableArray<ShiftCode> Shifts { get; }

    /// <summary>The group's contact persons: each shift they work elsewhere is charged by <c>continuity</c>.</summary>
    public ImmutableArray<EmployeeId> ContactPersons { get; }

    /// <summary>True when a shift of <paramref name="template"/> at the group's unit serves the group.</summary>
    public bool IsServedBy(ShiftCode template) => Shifts.IsEmpty || Shifts.Contains(template);
}
