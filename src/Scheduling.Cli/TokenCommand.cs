using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Scheduling.Api.V1.Auth;

namespace Scheduling.Cli;

/// <summary>
/// <c>scheduling token</c>: mints a local development token signed with the service's key: the key file
/// the service made in its data directory (or <c>--key-file</c>, or the <c>Scheduling__Auth__SigningKey</c>
/// environment variable, the same setting the service reads).
/// </summary>
public static partial class TokenCommand
{
    public const string Usage = "usage: scheduling token --role planner|manager|employee [--employee ID] [--unit units/UNIT ...] [--subject NAME] [--valid-for 8h] [--key-file PATH] [--issuer ISS] [--audience AUD]";

    /// <summary>Where the key file is looked for when none is given: the data folder of a service started here, or by <c>dotnet run</c> from the repository root.</summary>
    public static readonly IReadOnlyList<string> DefaultKeyFiles = [Path.Combine("data", SchedulingAuth.KeyFileName), Path.Combine("src", "Scheduling.Api", "data", SchedulingAuth.KeyFileName)];

    public const string KeyVariable = "Scheduling__Auth__SigningKey";

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var request = Parse(args);
            if (request is null)
            {
                await stdout.WriteLineAsync(Usage).ConfigureAwait(false);
                return CliApp.Ok;
            }

            var key = ReadKey(request.KeyFile);
            await stdout.WriteLineAsync(Mint(key, request.Role, request.Subject, request.Employee, request.Units, request.ValidFor, DateTimeOffset.UtcNow, request.Issuer, request.Audience)).ConfigureAwait(false);
            return CliApp.Ok;
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return CliApp.BadInput;
        }
    }

    /// <summary>A signed token with the claims of <see cref="SchedulingAuth"/>.</summary>
    public static string Mint(string key, string role, string subject, string? employee, IReadOnlyCollection<string> units, TimeSpan validFor, DateTimeOffset now,
        string issuer = SchedulingAuth.DefaultIssuer, string audience = SchedulingAuth.DefaultAudience)
    {
        var claims = new Dictionary<string, object> { [SchedulingAuth.RoleClaim] = role, [SchedulingAuth.SubjectClaim] = subject };
        if (employee is not null) claims[SchedulingAuth.EmployeeClaim] = employee;
        if (units.Count > 0) claims[SchedulingAuth.UnitClaim] = units.ToArray();
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + validFor).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    public sealed record Request(string Role, string Subject, string? Employee, IReadOnlyList<string> Units, TimeSpan ValidFor, string? KeyFile, string Issuer, string Audience);

    [GeneratedRegex(@"\Aunits/([A-Za-z0-9][A-Za-z0-9_-]{0,62})/employees/([A-Za-z0-9][A-Za-z0-9_-]{0,62})\z")]
    private static partial Regex EmployeeName();

    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9_-]{0,62}\z")]
    private static partial Regex Id();

    [GeneratedRegex(@"\A(\d{1,6})([smhd])\z")]
    private static partial Regex Span();

    /// <summary>The request, or null for --help.</summary>
    public static Request? Parse(string[] args)
    {
        string? role = null, employee = null, subject = null, keyFile = null;
        var issuer = SchedulingAuth.DefaultIssuer;
        var audience = SchedulingAuth.DefaultAudience;
        var units = new List<string>();
        var validFor = TimeSpan.FromHours(8);
        for (var i = 1; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new CliUsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--role":
                    role = Value();
                    if (!SchedulingAuth.Roles.Contains(role)) throw new CliUsageException($"--role must be planner, manager or employee, was '{role}'");
                    break;
                case "--employee":
                    employee = Value();
                    break;
                case "--unit":
                    var unit = Value();
                    unit = unit.StartsWith("units/", StringComparison.Ordinal) ? unit : $"units/{unit}";
                    if (!Id().IsMatch(unit["units/".Length..])) throw new CliUsageException($"--unit must be a unit name, units/UNIT, was '{unit}'");
                    units.Add(unit);
                    break;
                case "--subject":
                    subject = Value();
                    break;
                case "--valid-for":
                    var v = Value();
                    var m = Span().Match(v);
                    if (!m.Success || int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) == 0)
                        throw new CliUsageException($"--valid-for must be a count and a unit (s, m, h or d), e.g. 8h, was '{v}'");
                    var n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                    validFor = m.Groups[2].Value switch { "s" => TimeSpan.FromSeconds(n), "m" => TimeSpan.FromMinutes(n), "h" => TimeSpan.FromHours(n), _ => TimeSpan.FromDays(n) };
                    if (validFor > TimeSpan.FromDays(366)) throw new CliUsageException($"--valid-for must be at most a year, was '{v}'");
                    break;
                case "--key-file":
                    keyFile = Value();
                    break;
                case "--issuer":
                    issuer = Value();
                    break;
                case "--audience":
                    audience = Value();
                    break;
                case "-h" or "--help":
                    return null;
                default:
                    throw new CliUsageException($"unknown option '{args[i]}' ({Usage})");
            }
        }

        if (role is null) throw new CliUsageException($"--role is required ({Usage})");
        if (role == SchedulingAuth.Employee)
        {
            if (employee is null) throw new CliUsageException("an employee token needs --employee ID (e.g. --employee E12 --unit units/solbacken)");
            if (EmployeeName().Match(employee) is { Success: true } full)
            {
                if (units.Count > 0 && units.Any(u => u != $"units/{full.Groups[1].Value}")) throw new CliUsageException($"--employee {employee} is of units/{full.Groups[1].Value}, not of {string.Join(", ", units)}");
                units = [$"units/{full.Groups[1].Value}"];
                employee = full.Groups[2].Value;
            }
            else if (!Id().IsMatch(employee))
            {
                throw new CliUsageException($"--employee must be an employee id (E12) or name (units/UNIT/employees/E12), was '{employee}'");
            }

            units = [.. units.Distinct()];
            if (units.Count != 1) throw new CliUsageException("an employee token needs exactly one --unit, the employee's unit");
        }
        else if (employee is not null)
        {
            throw new CliUsageException("--employee is for employee tokens only");
        }

        if (role == SchedulingAuth.Manager && units.Count == 0) throw new CliUsageException("a manager token needs at least one --unit, the units they manage");
        return new Request(role, subject ?? (employee is null ? $"dev-{role}" : $"{units[0]}/employees/{employee}"), employee, units, validFor, keyFile, issuer, audience);
    }

    /// <summary>The key: the file given, else the environment variable, else the first default key file that exists.</summary>
    public static string ReadKey(string? keyFile)
    {
        if (keyFile is null && Environment.GetEnvironmentVariable(KeyVariable) is { Length: > 0 } fromEnvironment) return fromEnvironment;
        var path = keyFile ?? DefaultKeyFiles.FirstOrDefault(File.Exists)
            ?? throw new CliUsageException($"no signing key: start the service once (it creates {DefaultKeyFiles[1]} under dotnet run), or give --key-file PATH or {KeyVariable}");
        try
        {
            var key = File.ReadAllText(path).Trim();
            if (Encoding.UTF8.GetByteCount(key) < SchedulingAuth.MinimumKeyBytes) throw new CliUsageException($"the key in '{path}' is shorter than {SchedulingAuth.MinimumKeyBytes} bytes");
            return key;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"cannot read the key file '{path}': {ex.Message}");
        }
    }
}
