using Scheduling.Api.Application;
using Scheduling.Api.Mapping;
using Scheduling.Domain;
using Scheduling.Domain.Checking;

namespace Scheduling.Api.Tests;

/// <summary>A problem message read as the service reads a request's: its problem file (the edge's mapping), then the domain problem (INVALID_ARGUMENT naming each bad field under <c>problem</c>).</summary>
internal static class TestProblems
{
    public static RosterProblem Read(V1.Problem problem) => ProblemReading.Read(ProblemFileMapping.ToFile(problem));

    /// <summary>Two domain problems are the same problem: part by part, and scoring a roster (the empty one) the same.</summary>
    public static void AssertSame(RosterProblem expected, RosterProblem actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Period, actual.Period);
        Assert.Equal(expected.Employees.Select(e => (e.Id, e.Name, e.Contract)), actual.Employees.Select(e => (e.Id, e.Name, e.Contract)));
        Assert.Equal(expected.Templates.Select(t => t.ToString()), actual.Templates.Select(t => t.ToString()));
        Assert.Equal(expected.Wishes.ToList(), actual.Wishes.ToList());
        Assert.Equal(expected.Pins.ToList(), actual.Pins.ToList());
        Assert.Equal(expected.Unavailability.ToList(), actual.Unavailability.ToList());
        Assert.Equal(expected.ShiftDemands.ToList(), actual.ShiftDemands.ToList());
        Assert.Equal(expected.DemandCurve.Slots.ToList(), actual.DemandCurve.Slots.ToList());
        Assert.Equal(expected.Rules.Rules.Select(r => r.ToString()), actual.Rules.Rules.Select(r => r.ToString()));
        Assert.Equal(expected.Preferences.ToList(), actual.Preferences.ToList());
        Assert.Equal(expected.Ledger.Entries.ToList(), actual.Ledger.Entries.ToList());
        Assert.Equal(RuleChecker.Evaluate(expected, Domain.Roster.Empty).Violations.Select(v => (v.RuleId, v.Units, v.Penalty)),
            RuleChecker.Evaluate(actual, Domain.Roster.Empty).Violations.Select(v => (v.RuleId, v.Units, v.Penalty)));
    }
}
