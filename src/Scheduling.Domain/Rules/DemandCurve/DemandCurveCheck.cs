using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// demand-minimum, demand-ideal, demand-surplus: per slot of the demand curve, the people present
/// (a shift overlapping the slot, holding the slot's competence on the shift's date; in a problem that plans several
/// units, a shift worked at the slot's unit) against the need.
/// </summary>
internal sealed class DemandCurveCheck(Rule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var curve = context.Problem.DemandCurve;
        // By unit and start date: a municipality's slots each look at one unit's shifts, not every unit's.
        var byUnitAndDate = context.Shifts.SelectMany(kv => kv.Value.Select(s => (Employee: kv.Key, Shift: s))).ToLookup(x => (x.Shift.Unit, x.Shift.Date));
        foreach (var slot in curve.Slots)
        {
            var unit = Units.UnitPlacement.UnitOf(context.Problem, slot);
            var interval = curve.IntervalOf(slot);
            // Shifts last at most 24 h, so only those starting from the day before the slot can reach it.
            var first = interval.Start.InZone(context.Period.Zone).Date.PlusDays(-1);
            var last = interval.End.InZone(context.Period.Zone).Date;
            // Counted per shift, as the solver does: an employee has one shift at a time (no-overlap).
            var present = 0;
            for (var date = first; date <= last; date = date.PlusDays(1))
                foreach (var (employee, s) in byUnitAndDate[(unit, date)])
                    if (s.Interval.Start < interval.End && interval.Start < s.Interval.End &&
                        (slot.Competence is not { } c || context.Problem.EmployeeById[employee].HoldsOn(c, s.Date, unit)))
                        present++;
            var (units, text, svText) = rule switch
            {
                DemandMinimumRule => (slot.Minimum - present, $"minimum {slot.Minimum}", $"minst {slot.Minimum}"),
                DemandIdealRule => (slot.Ideal - present, $"ideal {slot.Ideal}", $"helst {slot.Ideal}"),
                _ => (present - slot.Ideal, $"ideal {slot.Ideal}", $"helst {slot.Ideal}"),
            };
            if (units <= 0) continue;
            var local = slot.Start.InZone(context.Period.Zone);
            violations.Add(Broken(rule, null, [local.Date], units,
                $"{local:uuuu-MM-dd HH:mm}{(unit is { } svUnit ? $" {svUnit}" : "")} {(slot.Competence is { } svComp ? svComp.Value : "personal")}: {present} på plats, {svText}",
                $"{local:uuuu-MM-dd HH:mm}{(unit is { } enUnit ? $" {enUnit}" : "")} {(slot.Competence is { } comp ? comp.Value : "staff")}: {present} present, {text}"));
        }
    }
}
