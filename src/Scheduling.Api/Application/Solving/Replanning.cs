using Scheduling.Domain;
using Scheduling.Domain.Review;
using Scheduling.Domain.Rules;
using RulePack = Scheduling.Domain.Rules.RulePack;

namespace Scheduling.Api.Application.Solving;

/// <summary>
/// A re-solve of a stored roster: the problem it optimises (with the rule stability against the roster it re-plans)
/// and the place of its new roster among the versions.
/// </summary>
public static class Replanning
{
    /// <summary>
    /// The problem a re-solve optimises: the stored problem with the rule stability referring to the roster
    /// it re-plans (the rule pack's weight when it has the rule, else the default). With <paramref name="today"/>
    /// (a re-plan after an absence), a change costs more the closer its day is to today: weight × (1 + its days
    /// inside the 14-day notice; see <see cref="StabilityRule.ChangeUnits"/>).
    /// </summary>
    public static RosterProblem WithReference(RosterProblem problem, Domain.Roster reference, NodaTime.LocalDate? today = null)
    {
        var existing = problem.Rules.Get<StabilityRule>();
        var rule = (existing ?? new StabilityRule()) with { Reference = reference, Today = today };
        return problem.WithRules(new RulePack(problem.Rules.Id, [.. problem.Rules.Rules.Where(r => r is not StabilityRule), rule]));
    }

    /// <summary>The version number of a solve's new roster: 1, or the next after the roster it re-plans (one stored before versions counts as 1).</summary>
    public static int NextVersion(RosterVersion? reference) => reference is null ? 1 : Math.Max(1, reference.Version) + 1;

    /// <summary>The employees whose shifts a re-solve moved, in id order; none for a first solve.</summary>
    public static IEnumerable<EmployeeId> Affected(RosterVersion? reference, Domain.Roster solved) =>
        reference is null ? [] : RosterChanges.Employees(reference.Assignments, solved);
}
