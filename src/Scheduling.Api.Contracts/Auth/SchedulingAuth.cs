namespace Scheduling.Api.V1.Auth;

/// <summary>
/// The bearer token's contract, shared by the service (which validates tokens), the CLI (which mints
/// local development tokens) and any other sign-in (a web page): the claim names, the role values and
/// the defaults of the issuer, the audience and the key file. Tokens are JWTs signed with HMAC-SHA256.
/// </summary>
public static class SchedulingAuth
{
    /// <summary>Claim: the caller's role, one of <see cref="Planner"/>, <see cref="Manager"/>, <see cref="Employee"/>.</summary>
    public const string RoleClaim = "role";

    /// <summary>Claim: who the caller is (any stable id, e.g. a user name); logged, not used for access.</summary>
    public const string SubjectClaim = "sub";

    /// <summary>Claim (employees): the employee's id in their unit, e.g. <c>E12</c>.</summary>
    public const string EmployeeClaim = "employee";

    /// <summary>
    /// Claim, once per unit: a unit resource name, e.g. <c>units/solbacken</c>. A manager's are the units
    /// they manage; an employee has exactly one, their own unit.
    /// </summary>
    public const string UnitClaim = "unit";

    /// <summary>Every unit, all data.</summary>
    public const string Planner = "planner";

    /// <summary>Verksamhetschef: the units in their <see cref="UnitClaim"/> claims.</summary>
    public const string Manager = "manager";

    /// <summary>Medarbetare: only their own data, through the self-service methods.</summary>
    public const string Employee = "employee";

    public static readonly IReadOnlyList<string> Roles = [Planner, Manager, Employee];

    public const string DefaultIssuer = "scheduling-local";

    public const string DefaultAudience = "scheduling-api";

    /// <summary>The key file the service creates in its data directory when no key is configured.</summary>
    public const string KeyFileName = "signing-key";

    /// <summary>Shortest signing key, in bytes of its UTF-8 text (HMAC-SHA256 wants at least 256 bits).</summary>
    public const int MinimumKeyBytes = 32;
}
