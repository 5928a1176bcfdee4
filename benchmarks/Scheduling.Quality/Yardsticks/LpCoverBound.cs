using Google.OrTools.LinearSolver;
using LinearSolver = Google.OrTools.LinearSolver.Solver;
using Scheduling.Domain;
using Scheduling.Domain.Rules;

namespace Scheduling.Quality.Yardsticks;

/// <summary>
/// The LP-bound yardstick: an upper bound on <see cref="NeedCovered"/> that no roster obeying the hard rules can beat,
/// from a linear program (GLOP) that keeps what limits cover in total and drops each person's sequencing rules.
/// </summary>
/// <remarks>
/// <para>Variables x[e,d,t] ∈ [0, 1]: employee e works template t starting on date d, only where the hard rules allow
/// it on its own: not on an unavailable date, not a template whose maximum for e is 0 (maxShiftsPerTemplate), not a
/// template whose required competence e lacks on d, not a shift longer than max-shift, and as pinned where pinned.
/// Then:</para>
/// <list type="bullet">
/// <item>Σ_t x[e,d,t] ≤ 1: one shift a day (structural).</item>
/// <item>Σ_{d,t} working minutes(d,t) × x[e,d,t] ≤ e's upper bound of period hours
/// (<see cref="WorkingTimeContract.BoundsFor"/>: explicit maximum, else target + tolerance), when period-hours is hard.</item>
/// <item>Σ_d x[e,d,t] ≤ e's maximum of t, when max-shifts-per-template is hard.</item>
/// <item>covered_s ≤ Σ x over shifts overlapping slot s whose employee holds s's competence on the shift's date (anyone
/// for the all-staff row); 0 ≤ covered_s ≤ ideal_s.</item>
/// </list>
/// <para>Maximise Σ_s covered_s × slot minutes. Every roster obeying the hard rules is a 0/1 point of this LP with
/// covered_s = min(present_s, ideal_s), so the optimum bounds the roster's covered person-minutes from above: "LP bound
/// allows" = optimum ÷ Σ_s ideal_s × slot minutes, the same denominator as need covered. Rest, weekly rest,
/// consecutive days, weekends, lower hour bounds, wishes and cost are left out (they can only lower the true best).</para>
/// </remarks>
public static class LpCoverBound
{
    public static CoverBound Compute(RosterProblem problem)
    {
        var curve = problem.DemandCurve;
        var ideal = NeedCovered.IdealPersonMinutes(problem);
        if (ideal == 0) return new CoverBound(0, 0, 0, 0);

        using var solver = LinearSolver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available in this OR-Tools build");
        var slotMinutes = curve.SlotLength.TotalMinutes;
        var slots = curve.Slots;
        var cover = new Constraint[slots.Length];
        var objective = solver.Objective();
        objective.SetMaximization();
        for (var s = 0; s < slots.Length; s++)
        {
            var covered = solver.MakeNumVar(0, slots[s].Ideal, "");
            objective.SetCoefficient(covered, slotMinutes);
            // covered_s − Σ x ≤ 0; the shifts' terms are added below.
            cover[s] = solver.MakeConstraint(double.NegativeInfinity, 0, "");
            cover[s].SetCoefficient(covered, 1);
        }

        var starts = slots.Select(s => s.Start).Distinct().Order().ToArray();
        var slotsAt = slots.Select((s, i) => (s.Start, Index: i)).ToLookup(x => x.Start, x => x.Index);
        var hard = Hard(problem);
        var unavailable = problem.Unavailability.Select(u => (u.Employee, u.Date)).ToHashSet();
        var pins = problem.Pins.ToDictionary(p => (p.Employee, p.Date), p => p.Shift);
        var zone = problem.Period.Zone;
        var maxShift = problem.Rules.Get<MaxShiftLengthRule>() is { Enforcement.IsHard: true } m ? m.Maximum : (NodaTime.Duration?)null;
        var maxPerTemplate = problem.Rules.Get<MaxShiftsPerTemplateRule>() is { Enforcement.IsHard: true } mt ? mt : null;
        var variables = slots.Length;

        foreach (var employee in problem.Employees)
        {
            var hours = hard.PeriodHours && employee.Contract.BoundsFor(problem.Period.Days).Maximum is { } max
                ? solver.MakeConstraint(double.NegativeInfinity, max.TotalMinutes, "")
                : null;
            // A template the employee may work, with its count constraint where the hard limit binds (none: no limit).
            var perTemplate = new Dictionary<ShiftCode, Constraint?>();
            foreach (var template in problem.Templates)
            {
                var limit = maxPerTemplate is null ? null
                    : employee.Limits.MaxShiftsPerTemplate.TryGetValue(template.Code, out var l) ? l : maxPerTemplate.DefaultMaximum;
                if (limit == 0) continue;
                perTemplate[template.Code] = limit is { } n ? solver.MakeConstraint(double.NegativeInfinity, n, "") : null;
            }

            foreach (var date in problem.Period.Dates)
            {
                if (hard.Availability && unavailable.Contains((employee.Id, date))) continue;
                var pinned = hard.Pins && pins.TryGetValue((employee.Id, date), out var p) ? (true, p) : (false, null);
                if (pinned.Item1 && pinned.Item2 is null) continue;
                var oneShift = solver.MakeConstraint(double.NegativeInfinity, 1, "");
                foreach (var (code, limit) in perTemplate)
                {
                    var template = problem.TemplateByCode[code];
                    if (pinned.Item1 && pinned.Item2 != code) continue;
                    if (hard.Competence && template.RequiredCompetence is { } required && !employee.HoldsOn(required, date)) continue;
                    var interval = template.IntervalOn(date, zone);
                    if (maxShift is { } longest && interval.Duration > longest) continue;
                    var x = solver.MakeNumVar(pinned.Item1 ? 1 : 0, 1, "");
                    variables++;
                    oneShift.SetCoefficient(x, 1);
                    hours?.SetCoefficient(x, template.WorkingTimeOn(date, zone).TotalMinutes);
                    limit?.SetCoefficient(x, 1);
                    // Slots [start, start + L) overlapping [a, b): a − L < start < b.
                    var first = Array.BinarySearch(starts, interval.Start - curve.SlotLength);
                    first = first >= 0 ? first + 1 : ~first;
                    for (var k = first; k < starts.Length && starts[k] < interval.End; k++)
                        foreach (var s in slotsAt[starts[k]])
                            if (slots[s].Competence is not { } c || employee.HoldsOn(c, date))
                                cover[s].SetCoefficient(x, -1);
                }
            }
        }

        var status = solver.Solve();
        if (status != LinearSolver.ResultStatus.OPTIMAL)
            throw new InvalidOperationException($"the LP cover bound ended {status}, not optimal");
        return new CoverBound(objective.Value(), ideal, variables, solver.NumConstraints());
    }

    private sealed record HardRules(bool PeriodHours, bool Availability, bool Competence, bool Pins);

    /// <summary>Only hard rules may cut the LP: a soft one can be broken by the best roster.</summary>
    private static HardRules Hard(RosterProblem problem)
    {
        static bool IsHard(Rule? rule) => rule is { Enforcement.IsHard: true };
        return new HardRules(
            IsHard(problem.Rules.Get<PeriodHoursRule>()),
            IsHard(problem.Rules.Get<AvailabilityRule>()),
            IsHard(problem.Rules.Get<CompetenceRule>()),
            IsHard(problem.Rules.Get<PinsRule>()));
    }
}
