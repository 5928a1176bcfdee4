using Scheduling.Domain;
using Scheduling.Domain.Reporting;

namespace Scheduling.Quality.Yardsticks;

/// <summary>
/// "Need covered": the share of the demand curve's ideal that a roster meets,
/// Σ_s min(present_s, ideal_s) × slot minutes ÷ Σ_s ideal_s × slot minutes over every slot of the curve (every
/// competence row: all staff, <c>med</c>, <c>usk</c>, …). Presence is the domain's own (<see cref="CoverageProfile"/>):
/// a shift present in a slot when its interval overlaps it, holding the slot's competence on the shift's date.
/// Staff beyond the ideal count for nothing; a slot short of it counts what it has.
/// </summary>
public static class NeedCovered
{
    /// <summary>The denominator: Σ ideal × slot minutes (person-minutes of the ideal need); 0 without a curve.</summary>
    public static long IdealPersonMinutes(RosterProblem problem) =>
        problem.DemandCurve.Slots.Sum(s => (long)s.Ideal) * (long)problem.DemandCurve.SlotLength.TotalMinutes;

    /// <summary>Person-minutes of the ideal that <paramref name="roster"/> meets.</summary>
    public static long CoveredPersonMinutes(RosterProblem problem, Roster roster) =>
        CoverageProfile.Build(problem, roster).Sum(s => (long)Math.Min(s.Present, s.Ideal)) * (long)problem.DemandCurve.SlotLength.TotalMinutes;

    /// <summary>The share in [0, 1]; null when the problem has no ideal need (a shift-cover problem such as Curtois).</summary>
    public static double? Of(RosterProblem problem, Roster roster)
    {
        var ideal = IdealPersonMinutes(problem);
        return ideal == 0 ? null : (double)CoveredPersonMinutes(problem, roster) / ideal;
    }
}
