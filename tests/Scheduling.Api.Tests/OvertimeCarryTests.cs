using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Scheduling.Api.Application.Units;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>
/// The overtime a published roster carries into the unit's next period of the same calendar year (the rule overtime's
/// year cap reads it), and not into a period of a later year.
/// </summary>
public class OvertimeCarryTests
{
    /// <summary>One full-timer (40 h a week) and one without a rate, a week from 1 March 2027.</summary>
    private static Problem Week(string start) => JsonParser.Default.Parse<Problem>($$"""
        {
          "name": "carry", "period": { "startDate": "{{start}}", "days": 7, "timeZone": "Europe/Stockholm" },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480, "kind": "DAY" } ],
          "employees": [ { "id": "E1", "employmentRate": 100, "fullTimeWeeklyMinutes": 2400 }, { "id": "E2", "maxTotalMinutes": 6000 } ]
        }
        """);

    /// <summary>E1 on an early shift every day of the week from <paramref name="start"/>: 56 h, 16 h beyond full time.</summary>
    private static Roster EveryDay(string start)
    {
        var roster = new Roster { Name = "rosters/r1", Unit = "units/carry", Period = new Period { StartDate = start, Days = 7, TimeZone = "Europe/Stockholm" } };
        var first = NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value;
        for (var d = 0; d < 7; d++) roster.Assignments.Add(new Assignment { Employee = "E1", Date = NodaTime.Text.LocalDatePattern.Iso.Format(first.PlusDays(d)), Shift = "D" });
        return roster;
    }

    /// <summary>The week's problem file, as a job keeps it.</summary>
    private static Domain.Files.ProblemFile File(string start) => Mapping.ProblemFileMapping.ToFile(Week(start));

    private static readonly NodaTime.Instant Now = NodaTime.Instant.FromUtc(2027, 2, 20, 12, 0);

    [Fact]
    public void A_published_week_carries_its_overtime_into_the_next_period_of_the_year_and_none_into_the_next_year()
    {
        var carry = CarryForwards.Compute(Mapping.RosterMapping.ToDomain(EveryDay("2027-03-01"), ""), File("2027-03-01"), Now);

        var line = Assert.Single(carry.TimeBank);
        Assert.Equal("E1", line.Employee.Value);
        Assert.Null(line.OvertimeInMinutes); // not known before
        Assert.Equal(16 * 60, line.OvertimeOutMinutes);

        var next = File("2027-03-08");
        Assert.Null(next.Employees![0].OvertimeBeforePeriodMinutes);
        CarryForwards.ApplyIn(next, carry);
        Assert.Equal(16 * 60, next.Employees[0].OvertimeBeforePeriodMinutes);
        Assert.Null(next.Employees[1].OvertimeBeforePeriodMinutes); // no rate: no overtime, nothing carried

        // Week 1's 16 h beyond full time were paid as overtime, so none of them are banked (paid or carried, never both):
        // the week after has full time 40 h again, and its 56 h are 16 h of overtime: 32 h in the year before 15 March.
        Assert.Equal(0, next.Employees[0].TimeBankMinutes);
        var second = CarryForwards.Compute(Mapping.RosterMapping.ToDomain(EveryDay("2027-03-08"), ""), next, Now);
        Assert.Equal(((long?)(16 * 60), 32L * 60), (Assert.Single(second.TimeBank).OvertimeInMinutes, second.TimeBank[0].OvertimeOutMinutes));

        // A period in the next calendar year starts from none.
        var january = File("2028-01-03");
        CarryForwards.ApplyIn(january, second);
        Assert.Equal(0, january.Employees![0].OvertimeBeforePeriodMinutes);
    }

    [Fact]
    public void The_carried_overtime_reaches_the_domain_problem_and_a_negative_one_is_refused_with_its_field()
    {
        var next = Week("2027-03-08");
        next.Employees[0].OvertimeBeforePeriodMinutes = 195 * 60;
        var problem = TestProblems.Read(next);
        Assert.Equal(NodaTime.Duration.FromHours(195), problem.Employees[0].Contract.OvertimeBeforePeriod);
        Assert.Null(problem.Employees[1].Contract.OvertimeBeforePeriod);

        next.Employees[0].OvertimeBeforePeriodMinutes = -1;
        var refused = Assert.Throws<Application.ApiException>(() => TestProblems.Read(next));
        Assert.Equal(Application.ApiErrorKind.InvalidArgument, refused.Kind);
        Assert.Contains("problem.employees[0].overtimeBeforePeriodMinutes", refused.Violations.Select(v => v.Field));
    }
}
