namespace Scheduling.Domain.Files;

#pragma warning disable CA2227 // Data transfer objects for System.Text.Json: settable collections are the point.

/// <summary>A resident group of a unit: its id, name, number of residents, the shift codes that serve it (absent: all) and its contact persons.</summary>
public sealed class ResidentGroupDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public int? Residents { get; set; }
    public List<string>? Shifts { get; set; }
    public List<string>? ContactPersons { get; set; }
}
