using Google.Protobuf;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>
/// A replacement accepted in a roster of several units (two group homes sharing staff) keeps where each shift is worked:
/// the taker works the opened shift at the unit the absent employee would have, and every other assignment keeps its unit.
/// </summary>
public class ReplacementUnitTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    private const string UnitId = "replace-units";
    private const string Unit = "units/" + UnitId;

    /// <summary>Three employees who may work at both homes, one day shift; the unit as imported (the solved problem adds the homes).</summary>
    private const string UnitJson = """
        {
          "name": "Eken och Asken", "period": { "startDate": "2027-03-01", "days": 7, "timeZone": "Europe/Stockholm" },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480, "kind": "DAY" } ],
          "employees": [
            { "id": "A", "name": "Anna", "maxTotalMinutes": 2400, "units": ["eken", "asken"] },
            { "id": "B", "name": "Bo", "maxTotalMinutes": 2400, "units": ["eken", "asken"] },
            { "id": "C", "name": "Cilla", "maxTotalMinutes": 2400, "units": ["eken", "asken"] } ],
          "rulePack": { "id": "homes", "rules": [ { "id": "daily-rest" }, { "id": "weekly-rest" }, { "id": "max-shift" }, { "id": "availability" }, { "id": "period-hours" }, { "id": "shift-cover", "weight": 1 }, { "id": "stability", "weight": 3000 } ] }
        }
        """;

    [Fact]
    public async Task An_accepted_replacement_keeps_the_unit_of_the_shift_it_fills_and_of_every_other_assignment()
    {
        server.Today(2027, 2, 10);
        await new UnitService.UnitServiceClient(server.Channel()).ImportUnitAsync(new ImportUnitRequest { UnitId = UnitId, Problem = JsonParser.Default.Parse<Problem>(UnitJson) });
        var homes = JsonParser.Default.Parse<Problem>(UnitJson);
        homes.Units.Add(new UnitSpec { Id = "eken", Name = "Gruppbostad Eken" });
        homes.Units.Add(new UnitSpec { Id = "asken", Name = "Gruppbostad Asken" });
        var published = await PublishedRosters.StoreAsync(server.Services, "replace-units", Unit, homes, new DateTimeOffset(2027, 2, 10, 12, 0, 0, TimeSpan.Zero),
        [
            new Assignment { Employee = "A", Date = "2027-03-01", Shift = "D", Unit = "eken" },
            new Assignment { Employee = "B", Date = "2027-03-02", Shift = "D", Unit = "asken" },
            new Assignment { Employee = "A", Date = "2027-03-03", Shift = "D", Unit = "asken" },
            new Assignment { Employee = "C", Date = "2027-03-04", Shift = "D", Unit = "eken" },
        ]);

        // Anna calls in sick for Wednesday, her shift at Asken; Cilla takes it.
        server.Today(2027, 3, 1);
        var absence = await new AbsenceService.AbsenceServiceClient(server.Channel()).CreateAbsenceAsync(new CreateAbsenceRequest
        {
            Parent = Unit,
            Absence = new Absence { Employee = "A", StartDate = "2027-03-03", EndDate = "2027-03-03", Kind = AbsenceKind.Sick },
        });
        var accepted = await new RosterService.RosterServiceClient(server.Channel()).AcceptReplacementAsync(new AcceptReplacementRequest
        {
            Name = published.Name, Absence = absence.Name, Date = "2027-03-03", Employee = "C",
        });

        Assert.Equal(published.Version + 1, accepted.Roster.Version);
        Assert.Equal(
            ["A 2027-03-01 D eken", "B 2027-03-02 D asken", "C 2027-03-03 D asken", "C 2027-03-04 D eken"],
            accepted.Roster.Assignments.Select(a => $"{a.Employee} {a.Date} {a.Shift} {a.Unit}").Order(StringComparer.Ordinal));
        var stored = await new RosterService.RosterServiceClient(server.Channel()).GetRosterAsync(new GetRosterRequest { Name = accepted.Roster.Name });
        Assert.Equal(accepted.Roster.Assignments.OrderBy(a => a.Date, StringComparer.Ordinal), stored.Assignments.OrderBy(a => a.Date, StringComparer.Ordinal));
    }
}
