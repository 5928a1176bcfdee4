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
        var objective = solver.Objective();
        objective.SetMaximization();
        var hard = Hard(problem);
        var unavailable = problem.Unavailability.Select(u => (u.Employee, u.Date)).ToHashSet();
        var pins = problem.Pins.ToDictionary(p => (p.Employee, p.Date), p => p.Shift);
        var zone = problem.Period.Zone;
        var maxShift = problem.Rules.Get<MaxShiftLengthRule>() is { Enforcement.IsHard: true } m ? m.Maximum : (NodaTime.Duration?)null;
        var maxPerTemplate = problem.Rules.Get<MaxShiftsPerTemplateRule>() is { Enforcement.IsHard: true } mt ? mt : null;
        // The rows of the curve: all staff (null) and each competence it asks for.
        var rows = curve.Slots.Select(s => s.Competence).Distinct().ToList();

        // Presence is summed once per (date, template, row): z[d,t,c] = Σ x[e,d,t] over those counting for row c on d.
        // The same LP as with the x in every slot's row, with far fewer terms (a 150-staff unit's slot would hold
        // hundreds of x; here it holds the few templates overlapping it).
        var presence = new Dictionary<(int Day, ShiftCode Shift, CompetenceId? Row), (Variable Sum, Constraint Definition)>();
        Constraint Presence(int day, ShiftCode shift, CompetenceId? row)
        {
            if (!presence.TryGetValue((day, shift, row), out var z))
            {
                // z − Σ x = 0: z's term here, the x's as they come.
                z = (solver.MakeNumVar(0, double.PositiveInfinity, ""), solver.MakeConstraint(0, 0, ""));
                z.Definition.SetCoefficient(z.Sum, 1);
                presence[(day, shift, row)] = z;
            }

            return z.Definition;
        }

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

            for (var day = 0; day < problem.Period.Days; day++)
            {
                var date = problem.Period.DateOf(day);
                if (hard.Availability && unavailable.Contains((employee.Id, date))) continue;
                ShiftCode? pinned = null;
                var isPinned = hard.Pins && pins.TryGetValue((employee.Id, date), out pinned);
                if (isPinned && pinned is null) continue;
                var oneShift = solver.MakeConstraint(double.NegativeInfinity, 1, "");
                foreach (var (code, limit) in perTemplate)
                {
                    var template = problem.TemplateByCode[code];
                    if (isPinned && pinned != code) continue;
                    if (hard.Competence && template.RequiredCompetence is { } required && !employee.HoldsOn(required, date)) continue;
                    if (maxShift is { } longest && template.IntervalOn(date, zone).Duration > longest) continue;
                    var x = solver.MakeNumVar(isPinned ? 1 : 0, 1, "");
                    oneShift.SetCoefficient(x, 1);
                    hours?.SetCoefficient(x, template.WorkingTimeOn(date, zone).TotalMinutes);
                    limit?.SetCoefficient(x, 1);
                    foreach (var row in rows)
                        if (row is not { } c || employee.HoldsOn(c, date))
                            Presence(day, code, row).SetCoefficient(x, -1);
                }
            }
        }

        // covered_s ≤ ideal_s and covered_s ≤ Σ z over the (date, template) whose interval overlaps the slot, in its row.
        // A shift overlapping a slot starts on the slot's local date or the day before (templates last at most 24 h).
        // Slots with the same row, ideal and overlapping shifts have the same covered_s at the optimum: one variable
        // stands for them all, weighed by their count (the same LP, far smaller and less degenerate for the simplex).
        var shiftsByDay = presence.Keys.Select(k => (k.Day, k.Shift)).Distinct()
            .Select(k => (k.Day, k.Shift, Interval: problem.TemplateByCode[k.Shift].IntervalOn(problem.Period.DateOf(k.Day), zone)))
            .ToLookup(k => k.Day);
        var classes = new Dictionary<string, (List<Variable> Sums, CompetenceId? Row, int Ideal, int Slots)>(StringComparer.Ordinal);
        foreach (var slot in curve.Slots)
        {
            var interval = curve.IntervalOf(slot);
            var day = problem.Period.IndexOf(interval.Start.InZone(zone).Date);
            var sums = new List<Variable>();
            var key = new System.Text.StringBuilder().Append(slot.Competence?.Value ?? "*").Append('|').Append(slot.Ideal);
            foreach (var (d, shift, on) in shiftsByDay[day - 1].Concat(shiftsByDay[day]))
                if (on.Start < interval.End && interval.Start < on.End && presence.TryGetValue((d, shift, slot.Competence), out var z))
                {
                    sums.Add(z.Sum);
                    key.Append('|').Append(d).Append(':').Append(shift.Value);
                }

            var name = key.ToString();
            classes[name] = classes.TryGetValue(name, out var known) ? known with { Slots = known.Slots + 1 } : (sums, slot.Competence, slot.Ideal, 1);
        }

        var slotMinutes = curve.SlotLength.TotalMinutes;
        foreach (var (sums, _, idealCount, count) in classes.Values)
        {
            var covered = solver.MakeNumVar(0, idealCount, "");
            objective.SetCoefficient(covered, slotMinutes * count);
            var cover = solver.MakeConstraint(double.NegativeInfinity, 0, "");
            cover.SetCoefficient(covered, 1);
            foreach (var z in sums) cover.SetCoefficient(z, -1);
        }

        var status = solver.Solve();
        if (status != LinearSolver.ResultStatus.OPTIMAL)
            throw new InvalidOperationException($"the LP cover bound ended {status}, not optimal");
        return new CoverBound(objective.Value(), ideal, solver.NumVariables(), solver.NumConstraints());
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
