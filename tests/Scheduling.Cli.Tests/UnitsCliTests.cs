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

    [Fact]
    public async Task Shifts_away_from_home_on_days_in_a_row_stay_apart_in_the_roster_grid()
    {
        // The same two units over two days: X is at Asken on both, and each day's column is wide enough for "D@asken".
        var twoDays = TwoUnits.Replace("\"days\": 1", "\"days\": 2", StringComparison.Ordinal).Replace(
            "{ \"date\": \"2027-01-04\", \"shift\": \"D\", \"required\": 1, \"unit\": \"asken\" }",
            "{ \"date\": \"2027-01-04\", \"shift\": \"D\", \"required\": 1, \"unit\": \"asken\" },\n"
            + "{ \"date\": \"2027-01-05\", \"shift\": \"D\", \"required\": 1, \"unit\": \"eken\" },\n"
            + "{ \"date\": \"2027-01-05\", \"shift\": \"D\", \"required\": 1, \"unit\": \"asken\" }",
            StringComparison.Ordinal).Replace("\"maxTotalMinutes\": 600", "\"maxTotalMinutes\": 1000", StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"units-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, twoDays);
        try
        {
            using var table = new StringWriter();
            Assert.Equal(CliApp.Ok, await CliApp.RunAsync(["solve", path, "--time-limit", "5"], table, new StringWriter(), CancellationToken.None));
            Assert.Matches(@"\nX\s+D@asken\s+D@asken\s", table.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task The_report_shows_hours_at_home_and_in_resource_shifts_per_employee_and_cover_per_unit()
    {
        var path = Path.Combine(Path.GetTempPath(), $"units-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, TwoUnits);
        try
        {
            using var stdout = new StringWriter();
            var code = await CliApp.RunAsync(["solve", path, "--time-limit", "5", "--format", "json"], stdout, new StringWriter(), CancellationToken.None);

            Assert.Equal(CliApp.Ok, code);
            var pool = JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("pool");
            var x = pool.GetProperty("employees").EnumerateArray().Single(e => e.GetProperty("employee").GetString() == "X");
            Assert.Equal(("eken", 0L, 480L, 1), (x.GetProperty("homeUnit").GetString(), x.GetProperty("homeMinutes").GetInt64(), x.GetProperty("poolMinutes").GetInt64(), x.GetProperty("poolShifts").GetInt32()));
            var asken = pool.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "asken");
            Assert.Equal((0L, 480L), (asken.GetProperty("overCoverMinutes").GetInt64(), asken.GetProperty("poolMinutesReceived").GetInt64()));

            using var table = new StringWriter();
            Assert.Equal(CliApp.Ok, await CliApp.RunAsync(["solve", path, "--time-limit", "5"], table, new StringWriter(), CancellationToken.None));
            Assert.Matches(@"Resource shifts: 8:00 h away from the home unit", table.ToString());
            Assert.Matches(@"X\s+X\s+home eken\s+0:00 h at home,\s+8:00 h in 1 resource shift", table.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// X and Y of Eken must each work Monday; Eken needs one of them. pool-order keeps both at home in the solve (the pool
    /// is a booking step away, one too many at Eken costs 1); handed over on the 14th day before, the one Eken does not
    /// need goes to the pool.
    /// </summary>
    private const string Surplus = """
        {
          "period": { "startDate": "2027-01-04", "days": 1 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 } ],
          "employees": [
            { "id": "X", "minTotalMinutes": 480, "maxTotalMinutes": 480, "units": ["eken", "pool"] },
            { "id": "Y", "minTotalMinutes": 480, "maxTotalMinutes": 480, "units": ["eken", "pool"] }
          ],
          "units": [ { "id": "eken" }, { "id": "pool", "pool": true } ],
          "shiftDemands": [ { "date": "2027-01-04", "shift": "D", "required": 1, "unit": "eken" } ],
          "rulePack": { "id": "handover", "rules": [ { "id": "period-hours" }, { "id": "shift-cover", "weight": 1 }, { "id": "pool-order", "weight": 20 } ] }
        }
        """;

    [Fact]
    public async Task Hand_over_on_the_14th_day_before_sends_the_unbooked_shift_to_the_pool()
    {
        var path = Path.Combine(Path.GetTempPath(), $"handover-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, Surplus);
        try
        {
            async Task<(List<string?> Units, string Err)> Solve(string today)
            {
                using var stdout = new StringWriter();
                using var stderr = new StringWriter();
                var code = await CliApp.RunAsync(["solve", path, "--time-limit", "5", "--format", "json", "--hand-over-on", today], stdout, stderr, CancellationToken.None);
                Assert.Equal(CliApp.Ok, code);
                var units = JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("assignments").EnumerateArray().Select(a => a.GetProperty("unit").GetString()).Order().ToList();
                return (units, stderr.ToString());
            }

            var early = await Solve("2026-12-20");
            Assert.Equal(["eken", "eken"], early.Units);
            Assert.Contains("0 unbooked shift(s) handed to the pool on 2026-12-20 (not due before 2026-12-21)", early.Err, StringComparison.Ordinal);

            var due = await Solve("2026-12-21");
            Assert.Equal(["eken", "pool"], due.Units);
            Assert.Contains("1 unbooked shift(s) handed to the pool", due.Err, StringComparison.Ordinal);

            using var bad = new StringWriter();
            Assert.NotEqual(CliApp.Ok, await CliApp.RunAsync(["solve", path, "--hand-over-on", "21 dec"], new StringWriter(), bad, CancellationToken.None));
            Assert.Contains("--hand-over-on must be a date yyyy-MM-dd, was '21 dec'", bad.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
