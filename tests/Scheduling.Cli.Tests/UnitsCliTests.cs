using System.Text.Json;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Files;

namespace Scheduling.Cli.Tests;

/// <summary>The command line on a problem that plans several units: every shift says where it is worked.</summary>
public class UnitsCliTests
{
    /// <summary>
    /// Eken and Asken each need one person on D on Monday 4 January 2027. X may work at both (home Eken), Y at Eken only:
    /// the only roster without a person short and one too many sends X to Asken and keeps Y at Eken.
    /// </summary>
    private const string TwoUnits = """
        {
          "period": { "startDate": "2027-01-04", "days": 1 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
          "employees": [
            { "id": "X", "minTotalMinutes": 0, "maxTotalMinutes": 600, "units": ["eken", "asken"] },
            { "id": "Y", "minTotalMinutes": 0, "maxTotalMinutes": 600, "units": ["eken"] }
          ],
          "units": [ { "id": "eken" }, { "id": "asken" } ],
          "shiftDemands": [
            { "date": "2027-01-04", "shift": "D", "required": 1, "unit": "eken" },
            { "date": "2027-01-04", "shift": "D", "required": 1, "unit": "asken" }
          ]
        }
        """;

    [Fact]
    public async Task Solving_several_units_names_the_unit_of_every_shift()
    {
        var path = Path.Combine(Path.GetTempPath(), $"units-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, TwoUnits);
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var code = await CliApp.RunAsync(["solve", path, "--time-limit", "5", "--format", "json"], stdout, stderr, CancellationToken.None);

            Assert.Equal(CliApp.Ok, code);
            var assignments = JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("assignments").EnumerateArray()
                .Select(a => (a.GetProperty("employee").GetString(), a.GetProperty("unit").GetString()))
                .Order()
                .ToList();
            Assert.Equal([("X", "asken"), ("Y", "eken")], assignments);

            using var table = new StringWriter();
            Assert.Equal(CliApp.Ok, await CliApp.RunAsync(["solve", path, "--time-limit", "5"], table, new StringWriter(), CancellationToken.None));
            Assert.Matches(@"X\s+D@asken", table.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
