using Google.Protobuf;
using Scheduling.Api.Application;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests.Trust;

/// <summary>Exports a spreadsheet or calendar cannot misread, and their handlers' 404 for what does not exist.</summary>
public sealed class ExportTests : IDisposable
{
    private readonly string dataDirectory = TestPaths.TempDirectory();

    public void Dispose()
    {
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static Problem SmallProblem() => JsonParser.Default.Parse<Problem>(File.ReadAllText(TestPaths.Example("small-group-home.json")));

    [Fact]
    public void Csv_cells_that_a_spreadsheet_would_run_as_a_formula_are_neutralised()
    {
        var proto = SmallProblem();
        proto.Employees[0].Name = "=HYPERLINK(\"http://x\",\"y\")";
        proto.Employees[1].Name = "@SUM(A1)";
        proto.Employees[2].Name = "+1";
        proto.Employees[3].Name = "-2";
        var problem = TestProblems.Read(proto);
        var roster = new Roster { Name = "rosters/r1" };
        foreach (var e in proto.Employees.Take(4)) roster.Assignments.Add(new Assignment { Employee = e.Id, Date = "2026-10-20", Shift = "D" });

        var csv = System.Text.Encoding.UTF8.GetString(RosterExport.Csv(problem, Mapping.RosterMapping.ToDomain(roster, "")));
        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",", csv, StringComparison.Ordinal);
        Assert.Contains(",'@SUM(A1),", csv, StringComparison.Ordinal);
        Assert.Contains(",'+1,", csv, StringComparison.Ordinal);
        Assert.Contains(",'-2,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void An_iCalendar_text_value_has_no_bare_carriage_return()
    {
        var proto = SmallProblem();
        proto.Name = "Hem\rX-INJECTED:1";
        var problem = TestProblems.Read(proto);
        var employee = proto.Employees[0].Id;
        var roster = new Roster { Name = "rosters/r1", Assignments = { new Assignment { Employee = employee, Date = "2026-10-20", Shift = "D" } } };

        var ical = System.Text.Encoding.UTF8.GetString(RosterExport.Calendar(problem, Mapping.RosterMapping.ToDomain(roster, ""), employee, NodaTime.Instant.FromUtc(2026, 10, 1, 8, 0)));
        Assert.DoesNotContain("\rX-INJECTED", ical, StringComparison.Ordinal);
        Assert.Equal(ical.Split("\r\n").Length, ical.Split('\r').Length);
    }

    [Fact]
    public async Task Csv_ical_and_progress_of_an_unknown_roster_or_job_are_not_found()
    {
        await using var server = new TrustServer(dataDirectory, null, ("Scheduling:ExampleFile", ""));
        using var client = server.CreateClient();
        client.With(TestTokens.Planner());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/rosters/nope?handler=Csv")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/rosters/nope?handler=Ical&employee=E01")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/jobs/nope?handler=Progress")).StatusCode);
    }
}
