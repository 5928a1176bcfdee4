using Google.Protobuf;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>
/// The minimal-change re-plan after a sick call weighs a change by how close its day is to today: of two otherwise equal
/// ways to fill the gap, it changes the shift further ahead rather than tomorrow's.
/// </summary>
public class ReplanNearTodayTests(ClockedServer server) : IClassFixture<ClockedServer>
{
    private const string UnitId = "replan-near";
    private const string Unit = "units/" + UnitId;

    /// <summary>
    /// One early shift needed a day; Anna, Bo at most two shifts (16 h) and Cilla, who cannot work Thursday 4 March. Bo
    /// wishes (weight 1) to keep Saturday's shift: without the nearness of tomorrow, dropping his Tuesday is the cheaper way.
    /// </summary>
    private const string UnitJson = """
        {
          "name": "Nära", "period": { "startDate": "2027-03-01", "days": 7, "timeZone": "Europe/Stockholm" },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480, "kind": "DAY" } ],
          "employees": [ { "id": "A", "name": "Anna", "maxTotalMinutes": 2400 }, { "id": "B", "name": "Bo", "maxTotalMinutes": 960 }, { "id": "C", "name": "Cilla", "maxTotalMinutes": 2400 } ],
          "shiftDemands": [
            { "date": "2027-03-01", "shift": "D", "required": 1, "underWeight": 100000 }, { "date": "2027-03-02", "shift": "D", "required": 1, "underWeight": 100000 },
            { "date": "2027-03-03", "shift": "D", "required": 1, "underWeight": 100000 }, { "date": "2027-03-04", "shift": "D", "required": 1, "underWeight": 100000 },
            { "date": "2027-03-05", "shift": "D", "required": 1, "underWeight": 100000 }, { "date": "2027-03-06", "shift": "D", "required": 1, "underWeight": 100000 },
            { "date": "2027-03-07", "shift": "D", "required": 1, "underWeight": 100000 } ],
          "unavailability": [ { "employee": "C", "date": "2027-03-04" } ],
          "wishes": [ { "employee": "B", "date": "2027-03-06", "kind": "SHIFT_ON", "shift": "D", "weight": 1 } ],
          "rulePack": { "id": "near", "rules": [ { "id": "daily-rest" }, { "id": "weekly-rest" }, { "id": "max-shift" }, { "id": "availability" }, { "id": "period-hours" }, { "id": "shift-cover", "weight": 1 }, { "id": "wishes", "weight": 1 }, { "id": "stability", "weight": 3000 } ] }
        }
        """;

    [Fact]
    public async Task Of_two_equal_ways_to_fill_a_sick_day_the_replan_changes_the_later_shift_not_tomorrows()
    {
        server.Today(2027, 2, 10);
        await new UnitService.UnitServiceClient(server.Channel()).ImportUnitAsync(new ImportUnitRequest { UnitId = UnitId, Problem = JsonParser.Default.Parse<Problem>(UnitJson) });

        // The published week: Anna Monday, Wednesday and Thursday; Bo Tuesday and Saturday (his two); Cilla Tuesday and
        // Friday to Sunday. Tuesday and Saturday are covered twice.
        var published = await PublishedRosters.StoreAsync(server.Services, "replan-near", Unit, JsonParser.Default.Parse<Problem>(UnitJson), new DateTimeOffset(2027, 2, 10, 12, 0, 0, TimeSpan.Zero),
            new[] { ("A", 1), ("A", 3), ("A", 4), ("B", 2), ("B", 6), ("C", 2), ("C", 5), ("C", 6), ("C", 7) }.Select(e => new Assignment { Employee = e.Item1, Date = $"2027-03-0{e.Item2}", Shift = "D" }));

        // Monday 1 March: Anna calls in sick for Thursday. Only Bo can take it, and only by giving up Tuesday (tomorrow,
        // 13 days inside the notice: 14 × the weight) or Saturday (9 days inside: 10 ×, and his wish).
        server.Today(2027, 3, 1);
        var absence = await new AbsenceService.AbsenceServiceClient(server.Channel()).CreateAbsenceAsync(new CreateAbsenceRequest
        {
            Parent = Unit,
            Absence = new Absence { Employee = "A", StartDate = "2027-03-04", EndDate = "2027-03-04", Kind = AbsenceKind.Sick },
        });
        var replanned = await new RosterService.RosterServiceClient(server.Channel()).ReplanAbsenceAsync(new ReplanAbsenceRequest
        {
            Name = published.Name,
            Absence = absence.Name,
            TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(10)),
        });

        Assert.Equal(
            ["A 2027-03-04 D→", "B 2027-03-04 →D", "B 2027-03-06 D→"],
            replanned.Changes.Select(c => $"{c.Employee} {c.Date} {c.ShiftBefore}→{c.ShiftAfter}").Order(StringComparer.Ordinal));
        Assert.Contains(replanned.Roster.Assignments, a => a.Employee == "B" && a.Date == "2027-03-02");
    }
}
