namespace Scheduling.Domain.Files;

#pragma warning disable CA2227 // Data transfer objects for System.Text.Json: settable properties are the point.

/// <summary>A shift worked before the period (<c>history</c>): who, the date (before the period's first day) and the shift code.</summary>
public sealed class HistoryEntryDto : EmployeeDateDto
{
    public string? Shift { get; set; }
}
