using Microsoft.IdentityModel.JsonWebTokens;
using Scheduling.Cli;

namespace Scheduling.Api.Tests;

/// <summary><c>scheduling token</c>: the claims it mints and the one-line errors.</summary>
public class TokenCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task A_manager_token_has_one_unit_claim_per_unit_and_expires()
    {
        var key = Path.Combine(TestPaths.TempDirectory(), "key");
        await File.WriteAllTextAsync(key, TestTokens.Key);
        var (exit, output, error) = await Run("token", "--role", "manager", "--unit", "units/solbacken", "--unit", "ekbacken", "--key-file", key, "--valid-for", "2h");
        Assert.True(exit == CliApp.Ok, error);
        var jwt = new JsonWebToken(output.Trim());
        Assert.Equal(["units/solbacken", "units/ekbacken"], jwt.Claims.Where(c => c.Type == "unit").Select(c => c.Value));
        Assert.Equal("manager", jwt.GetClaim("role").Value);
        Assert.InRange(jwt.ValidTo - jwt.ValidFrom, TimeSpan.FromMinutes(119), TimeSpan.FromMinutes(121));
        Assert.Equal("HS256", jwt.Alg);
    }

    [Fact]
    public async Task An_employee_may_be_named_in_full()
    {
        var key = Path.Combine(TestPaths.TempDirectory(), "key");
        await File.WriteAllTextAsync(key, TestTokens.Key);
        var (exit, output, _) = await Run("token", "--role", "employee", "--employee", "units/solbacken/employees/E12", "--key-file", key);
        Assert.Equal(CliApp.Ok, exit);
        var jwt = new JsonWebToken(output.Trim());
        Assert.Equal("E12", jwt.GetClaim("employee").Value);
        Assert.Equal("units/solbacken", jwt.GetClaim("unit").Value);
    }

    [Theory]
    [InlineData("--role", "boss")]
    [InlineData("--role", "employee", "--unit", "units/solbacken")]
    [InlineData("--role", "employee", "--employee", "E1")]
    [InlineData("--role", "manager")]
    [InlineData("--role", "planner", "--valid-for", "8 hours")]
    [InlineData("--role", "planner", "--key-file", "/nonexistent/key")]
    [InlineData("--role", "planner", "--unit", "units/bad id")]
    public async Task Bad_input_is_one_line_and_exit_code_1(params string[] args)
    {
        var (exit, output, error) = await Run(["token", .. args]);
        Assert.Equal(CliApp.BadInput, exit);
        Assert.Empty(output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }
}
