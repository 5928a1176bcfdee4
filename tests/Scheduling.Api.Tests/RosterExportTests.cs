using Google.Protobuf;
using Scheduling.Api.Application;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>The roster's exports: iCalendar across the autumn clock change, and CSV quoting.</summary>
public class RosterExportTests
{
    private static Domain.RosterProblem Small() =>
        TestProblems.Read(JsonParser.Default.Parse<Problem>(File.ReadAllText(TestPaths.Example("small-group-home.json"))));

    private static Roster RosterOf(params (string Employee, string Date, string Shift)[] shifts)
    {
        var roster = new Roster { Name = "rosters/r1", State = RosterState.Published, Version = 2 };
        roster.Assignments.AddRange(shifts.Select(s => new Assignment { Employee = s.Employee, Date = s.Date, Shift = s.Shift }));
        return roster;
    }

    [Fact]
    public void A_night_across_the_autumn_clock_change_ends_at_its_local_time_in_Stockholm()
    {
        // 2026-10-24 21:30 + 570 min ends 07:00 local on the 25th, 10.5 h of real time as clocks go back at 03:00.
        var problem = Small();
        var employee = problem.Employees[0].Id.Value;
        var ical = System.Text.Encoding.UTF8.GetString(RosterExport.Calendar(problem, Mapping.RosterMapping.ToDomain(RosterOf((employee, "2026-10-24", "N"), (employee, "2026-10-20", "D")), ""), employee, NodaTime.Instant.FromUtc(2026, 10, 1, 8, 0)));

        Assert.StartsWith("BEGIN:VCALENDAR\r\n", ical, StringComparison.Ordinal);
        Assert.EndsWith("END:VCALENDAR\r\n", ical, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n", ical, StringComparison.Ordinal);
        foreach (var line in (string[])["DTSTART;TZID=Europe/Stockholm:20261024T213000", "DTEND;TZID=Europe/Stockholm:20261025T070000", "DTSTART;TZID=Europe/Stockholm:20261020T070000", "DTEND;TZID=Europe/Stockholm:20261020T153000"])
            Assert.Contains(line + "\r\n", ical, StringComparison.Ordinal);
        Assert.Equal(2, ical.Split("BEGIN:VEVENT").Length - 1);
        Assert.All(ical.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, line));
    }

    [Fact]
    public void The_csv_has_a_row_per_shift_with_local_times_and_quotes_where_needed()
    {
        var problem = Small();
        var employee = problem.Employees[0].Id.Value;
        var roster = RosterOf((employee, "2026-10-24", "N"));
        roster.Pins.Add(new PinSpec { Employee = employee, Date = "2026-10-24", Shift = "N" });
        var lines = System.Text.Encoding.UTF8.GetString(RosterExport.Csv(problem, Mapping.RosterMapping.ToDomain(roster, ""))).TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal("employee,employee_name,date,shift,shift_name,kind,start,end,paid_hours,pinned", lines[0]);
        Assert.EndsWith(",2026-10-24,N,Vaken natt,NIGHT,2026-10-24T21:30,2026-10-25T07:00,10.50,true", lines[1], StringComparison.Ordinal);
        Assert.Equal("", lines[2]);
    }
}

/// <summary>The store's BASIC listing skips the heavy fields on the wire.</summary>
public class BasicRosterTests
{
    [Fact]
    public void The_basic_roster_is_the_full_one_without_assignments_and_report()
    {
        var full = new Roster { Name = "rosters/r1", Unit = "units/u", Penalty = 42, Version = 3, State = RosterState.Approved, Parent = "rosters/r0", Cost = new RosterCost { TotalKronor = 7 } };
        full.PenaltyByRule["wishes"] = 42;
        full.Assignments.Add(new Assignment { Employee = "E1", Date = "2027-03-01", Shift = "D" });
        full.Violations.Add(new Violation { Rule = "wishes", Penalty = 42 });
        full.Hours.Add(new HoursLine { Employee = "E1" });
        full.Wishes.Add(new WishOutcome { Employee = "E1" });
        full.Pins.Add(new PinSpec { Employee = "E1", Date = "2027-03-01", Shift = "D" });
        full.LastChange = new RosterChange { Employee = "E1" };

        var basic = Storage.Encoding.RosterEncoding.Basic(full.ToByteArray());

        var expected = full.Clone();
        expected.Assignments.Clear();
        expected.Violations.Clear();
        expected.Hours.Clear();
        expected.Wishes.Clear();
        expected.LastChange = null;
        Assert.Equal(expected, basic);
    }
}
