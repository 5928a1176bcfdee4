namespace Scheduling.Domain.Units;

/// <summary>Why an employee is away, as the unit records it (frånvaroorsak); the contract's kinds at the contract's numbers.</summary>
public enum AbsenceCause
{
    /// <summary>Sjukdom.</summary>
    Sick = 1,

    /// <summary>Vård av barn.</summary>
    Vab = 2,

    /// <summary>Ledighet (semester, tjänstledighet).</summary>
    Leave = 3,

    Other = 4,
}
