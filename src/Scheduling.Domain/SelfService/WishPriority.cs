namespace Scheduling.Domain.SelfService;

/// <summary>How much an employee's wish or standing preference matters to them; the service turns it into a weight.</summary>
public enum WishPriority
{
    Low,
    Normal,
    High,

    /// <summary>As good as a rule for the employee; a window limits how many they may have in a period.</summary>
    Must,
}
