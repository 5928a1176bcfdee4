using Scheduling.Api.Application;
using Scheduling.Api.V1.Auth;

namespace Scheduling.Api.Auth;

/// <summary>
/// Who is calling, from the bearer token's claims (<see cref="SchedulingAuth"/>): a planner, a manager of
/// some units, or an employee of one unit. Null from <see cref="From"/> when the claims do not make one.
/// </summary>
public sealed record Caller(string Role, string Subject, string? EmployeeId, IReadOnlyList<string> Units)
{
    public bool IsPlanner => Role == SchedulingAuth.Planner;

    public bool IsManager => Role == SchedulingAuth.Manager;

    public bool IsEmployee => Role == SchedulingAuth.Employee;

    /// <summary>An employee's unit, <c>units/{unit}</c>.</summary>
    public string? Unit => IsEmployee ? Units[0] : null;

    /// <summary>An employee's own resource name, <c>units/{unit}/employees/{employee}</c>.</summary>
    public string? EmployeeName => IsEmployee ? $"{Units[0]}/employees/{EmployeeId}" : null;

    /// <summary>A planner sees every unit; a manager theirs.</summary>
    public bool Oversees(string unit) => IsPlanner || (IsManager && Units.Contains(unit, StringComparer.Ordinal));

    public static Caller? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true) return null;
        var roles = user.FindAll(SchedulingAuth.RoleClaim).Select(c => c.Value).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count != 1 || !SchedulingAuth.Roles.Contains(roles[0])) return null;
        var units = user.FindAll(SchedulingAuth.UnitClaim).Select(c => c.Value).Where(IsUnitName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var employee = user.FindFirst(SchedulingAuth.EmployeeClaim)?.Value;
        var subject = user.FindFirst(SchedulingAuth.SubjectClaim)?.Value ?? "";
        if (roles[0] == SchedulingAuth.Employee && (units.Count != 1 || string.IsNullOrEmpty(employee) || !ResourceIds.IsValid(employee))) return null;
        return new Caller(roles[0], subject, roles[0] == SchedulingAuth.Employee ? employee : null, units);
    }

    /// <summary><c>units/{unit}</c> with a valid id.</summary>
    public static bool IsUnitName(string name) =>
        name.StartsWith("units/", StringComparison.Ordinal) && ResourceIds.IsValid(name["units/".Length..]);
}
