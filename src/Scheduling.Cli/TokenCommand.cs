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
    /// <summary>Where the key file is looked for when none is given: the data folder of a service started here, or by <c>dotnet run</c> from the repository root.</summary>
    public static readonly IReadOnlyList<string> DefaultKeyFiles = [Path.Combine("data", SchedulingAuth.KeyFileName), Path.Combine("src", "Scheduling.Api", "data", SchedulingAuth.KeyFileName)];

    public const string KeyVariable = "Scheduling__Auth__SigningKey";

    /// <summary>Mints the token of <paramref name="request"/> and prints it.</summary>
    public static async Task<int> RunAsync(Request request, TextWriter stdout)
    {
        var key = ReadKey(request.KeyFile);
        await stdout.WriteLineAsync(Mint(key, request.Role, request.Subject, request.Employee, request.Units, request.ValidFor, DateTimeOffset.UtcNow, request.Issuer, request.Audience)).ConfigureAwait(false);
        return CliApp.Ok;
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

    /// <summary>The command's options, with their help text.</summary>
    internal sealed class Definition : Command
    {
        private readonly Option<string> role = CliOptions.Choice("--role", "Whose token: a planner (every unit), a manager (their units) or an employee (their own data)", [.. SchedulingAuth.Roles]);
        private readonly Option<string> employee = new("--employee") { Description = "The employee's id (E12) or name (units/UNIT/employees/E12); employee tokens only", HelpName = "ID" };
        private readonly Option<string[]> units = new("--unit") { Description = "A unit, units/UNIT (or UNIT); once per unit", HelpName = "UNIT", Arity = ArgumentArity.ZeroOrMore };
        private readonly Option<string> subject = new("--subject") { Description = "Who the caller is (sub); default dev-ROLE, or the employee's name", HelpName = "NAME" };
        private readonly Option<TimeSpan> validFor = CliOptions.Parsed<TimeSpan>("--valid-for", "How long the token is valid: a count and s, m, h or d (default: 8h)", "SPAN",
            "must be a count and a unit (s, m, h or d), e.g. 8h, at most a year", ParseSpan);
        private readonly Option<string> keyFile = new("--key-file") { Description = $"The signing key's file (default: ${KeyVariable}, else {string.Join(" or ", DefaultKeyFiles)})", HelpName = "PATH" };
        private readonly Option<string> issuer = CliOptions.WithDefault(new Option<string>("--issuer") { Description = "The token's issuer (iss)", HelpName = "ISS" }, SchedulingAuth.DefaultIssuer);
        private readonly Option<string> audience = CliOptions.WithDefault(new Option<string>("--audience") { Description = "The token's audience (aud)", HelpName = "AUD" }, SchedulingAuth.DefaultAudience);

        public Definition() : base("token", "Mint a local development token signed with the service's key")
        {
            foreach (var option in new Option[] { role, employee, units, subject, validFor, keyFile, issuer, audience }) Add(option);
            Validators.Add(result =>
            {
                if (result.GetResult(role) is null) result.AddError("--role is required: planner, manager or employee");
            });
        }

        /// <summary>The request; claims that do not fit together throw <see cref="CliUsageException"/>.</summary>
        public Request Bind(ParseResult result) => Check(result.GetRequiredValue(role), result.GetValue(employee), result.GetValue(units) ?? [], result.GetValue(subject),
            result.GetResult(validFor) is null ? TimeSpan.FromHours(8) : result.GetValue(validFor), result.GetValue(keyFile), result.GetRequiredValue(issuer), result.GetRequiredValue(audience));

        private static bool ParseSpan(string text, out TimeSpan span)
        {
            var m = Span().Match(text);
            var n = m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            span = m.Groups[2].Value switch { "s" => TimeSpan.FromSeconds(n), "m" => TimeSpan.FromMinutes(n), "h" => TimeSpan.FromHours(n), _ => TimeSpan.FromDays(n) };
            return n > 0 && span <= TimeSpan.FromDays(366);
        }
    }

    /// <summary>The request, its units named in full; claims that do not fit together throw <see cref="CliUsageException"/>.</summary>
    private static Request Check(string role, string? employee, IReadOnlyList<string> units, string? subject, TimeSpan validFor, string? keyFile, string issuer, string audience)
    {
        List<string> named = [];
        foreach (var given in units)
        {
            var unit = given.StartsWith("units/", StringComparison.Ordinal) ? given : $"units/{given}";
            if (!Id().IsMatch(unit["units/".Length..])) throw new CliUsageException($"--unit must be a unit name, units/UNIT, was '{unit}'");
            named.Add(unit);
        }

        if (role == SchedulingAuth.Employee)
        {
            if (employee is null) throw new CliUsageException("an employee token needs --employee ID (e.g. --employee E12 --unit units/solbacken)");
            if (EmployeeName().Match(employee) is { Success: true } full)
            {
                if (named.Any(u => u != $"units/{full.Groups[1].Value}")) throw new CliUsageException($"--employee {employee} is of units/{full.Groups[1].Value}, not of {string.Join(", ", named)}");
                named = [$"units/{full.Groups[1].Value}"];
                employee = full.Groups[2].Value;
            }
            else if (!Id().IsMatch(employee))
            {
                throw new CliUsageException($"--employee must be an employee id (E12) or name (units/UNIT/employees/E12), was '{employee}'");
            }

            named = [.. named.Distinct()];
            if (named.Count != 1) throw new CliUsageException("an employee token needs exactly one --unit, the employee's unit");
        }
        else if (employee is not null)
        {
            throw new CliUsageException("--employee is for employee tokens only");
        }

        if (role == SchedulingAuth.Manager && named.Count == 0) throw new CliUsageException("a manager token needs at least one --unit, the units they manage");
        return new Request(role, subject ?? (employee is null ? $"dev-{role}" : $"{named[0]}/employees/{employee}"), employee, named, validFor, keyFile, issuer, audience);
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
