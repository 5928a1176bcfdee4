namespace Scheduling.Domain.Files;

#pragma warning disable CA2227 // Data transfer objects for System.Text.Json: settable collections are the point.

/// <summary>
/// One unit of a problem that plans several: its id (e.g. "solbacken"), a name, and its own demand curve (expanded
/// like the top-level one, with the same slot length; the top-level curve, if any, is the first unit's).
/// </summary>
public sealed class UnitDto
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public DemandCurveDto? DemandCurve { get; set; }
    public List<ResidentGroupDto>? Groups { get; set; }

    /// <summary>The units the staff take resource shifts at after their own, nearest first (the pool last).</summary>
    public List<string>? BookingOrder { get; set; }

    /// <summary>True for the municipality's pool unit (bemanningsenheten).</summary>
    public bool? Pool { get; set; }
}
