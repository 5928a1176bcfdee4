using Microsoft.Extensions.DependencyInjection;
using Scheduling.Api.Application;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Period = Scheduling.Api.V1.Period;

namespace Scheduling.Api.Tests;

/// <summary>
/// A published roster put straight into the store, as a finished solve would leave it: a test that needs a roster of
/// exactly these assignments does not wait for a solver to find it.
/// </summary>
internal static class PublishedRosters
{
    /// <summary>
    /// Stores <paramref name="problem"/> as the succeeded job <c>solveJobs/{id}</c> of <paramref name="unit"/> and
    /// <paramref name="assignments"/> as its roster <c>rosters/{id}</c>, version 1, published at <paramref name="published"/>,
    /// for the week from Monday 1 March 2027 in Stockholm.
    /// </summary>
    public static async Task<Roster> StoreAsync(IServiceProvider services, string id, string unit, Problem problem, DateTimeOffset published, IEnumerable<Assignment> assignments)
    {
        var store = services.GetRequiredService<ISchedulingStore>();
        var job = new SolveJob { Name = $"solveJobs/{id}", Unit = unit, State = SolveJob.Types.State.Succeeded };
        await store.CreateJobAsync(job, problem, CancellationToken.None);
        var roster = new Roster
        {
            Name = $"rosters/{id}",
            Unit = unit,
            SolveJob = job.Name,
            State = RosterState.Published,
            Version = 1,
            Period = new Period { StartDate = "2027-03-01", Days = 7, TimeZone = "Europe/Stockholm" },
            PublishTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(published),
            Assignments = { assignments },
        };
        await store.FinishJobAsync(job, roster, CancellationToken.None);
        return roster;
    }
}
