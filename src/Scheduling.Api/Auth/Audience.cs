namespace Scheduling.Api.Auth;

/// <summary>Who may call a method, given the unit (or employee) the request addresses.</summary>
public enum Audience
{
    /// <summary>No token needed (health, reflection).</summary>
    Anonymous,

    /// <summary>Any valid token; the method itself narrows what it returns (ListUnits).</summary>
    Authenticated,

    /// <summary>Planners only (data not tied to one unit: importing units, rule packs, inline problems).</summary>
    Planner,

    /// <summary>Planners and any manager (reading the shared rule packs).</summary>
    Staff,

    /// <summary>Planners, and managers of the addressed unit.</summary>
    Managers,

    /// <summary>As <see cref="Managers"/>, and employees of the addressed unit (its public data: the unit, its shift templates).</summary>
    Members,

    /// <summary>As <see cref="Managers"/>, and the employee the request names (their own employee resource).</summary>
    Owner,

    /// <summary>Employees only, on their own data (the self-service methods; the identity comes from the token).</summary>
    Self,
}
