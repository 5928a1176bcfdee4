using Google.Protobuf;
using Microsoft.Extensions.DependencyInjection;
using Scheduling.Api.Application;
using Scheduling.Api.Mapping;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Period = Scheduling.Api.V1.Period;

namespace Scheduling.Api.Tests;

/// <summary>
/// <c>rosters/small</c>: a published roster of units/solbacken over a small problem of three of its employees. Anna (E01)
/// works the only day shift the need asks for on 3 March 2027, against her HIGH day-off wish; Björn (E02) and Cecilia
/// (E03) are free. Solves and prices in well under a second.
/// </summary>
internal static class SmallRoster
{
    public const string Name = "rosters/small";

    public static Task PublishAsync(IServiceProvider services) => PublishAsync(services, Name, "solveJobs/small");

    /// <summary>The same roster under another name, made by another job (for a test that changes it).</summary>
    public static async Task PublishAsync(IServiceProvider services, string name, string jobName)
    {
        const string json = """
            {
              "name": "small", "period": { "startDate": "2027-03-01", "days": 7, "timeZone": "Europe/Stockholm" },
              "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480, "kind": "DAY" } ],
              "employees": [ { "id": "E01", "name": "Anna Andersson", "maxTotalMinutes": 3000 }, { "id": "E02", "name": "Björn Holm", "maxTotalMinutes": 3000 }, { "id": "E03", "name": "Cecilia Olsson", "maxTotalMinutes": 3000 } ],
              "demandCurve": { "slotMinutes": 480, "patterns": [ { "dates": ["2027-03-03"], "from": "08:00", "to": "16:00", "minimum": 1, "ideal": 1 } ] },
              "rulePack": { "id": "small", "rules": [ { "id": "demand-minimum" }, { "id": "demand-surplus" }, { "id": "wishes" } ] },
              "wishes": [ { "employee": "E01", "date": "2027-03-03", "kind": "DAY_OFF", "weight": 10 } ]
            }
            """;
        var problem = JsonParser.Default.Parse<Problem>(json);
        var store = services.GetRequiredService<ISchedulingStore>();
        var job = new SolveJob { Name = jobName, Unit = "units/solbacken", State = SolveJob.Types.State.Succeeded };
        await store.CreateJobAsync(job, problem, CancellationToken.None);
        var roster = new Roster
        {
            Name = name,
            Unit = "units/solbacken",
            SolveJob = job.Name,
            State = RosterState.Published,
            Version = 1,
            Period = new Period { StartDate = "2027-03-01", Days = 7, TimeZone = "Europe/Stockholm" },
        };
        var domain = TestProblems.Read(problem);
        var assigned = new Domain.Roster([new Domain.Assignment(new Domain.EmployeeId("E01"), new NodaTime.LocalDate(2027, 3, 3), new Domain.ShiftCode("D"))]);
        ReportMapping.Report(domain, assigned, Domain.Checking.RuleChecker.Evaluate(domain, assigned), roster);
        Assert.Contains("Björn", Assert.Single(roster.Wishes).ReasonText, StringComparison.Ordinal); // the stored (manager's) reason names him
        await store.FinishJobAsync(job, roster, CancellationToken.None);
    }
}
