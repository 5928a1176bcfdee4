using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// shift-cover: per template and date (and unit, in a problem that plans several), each person short costs the row's
/// under weight, each one too many its over weight.
/// </summary>
internal sealed class ShiftCoverCheck(ShiftCoverRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        var counts = context.Shifts.Values.SelectMany(s => s).GroupBy(s => (s.Date, s.Template.Code, s.Unit)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var demand in context.Problem.ShiftDemands)
        {
            var count = counts.GetValueOrDefault((demand.Date, demand.Shift, Units.UnitPlacement.UnitOf(context.Problem, demand)));
            var under = Math.Max(0, demand.Required - count);
            var over = Math.Max(0, count - demand.Required);
            if (under == 0 && over == 0) continue;
            var penalty = checked(rule.Enforcement.Weight * ((under * demand.UnderWeight) + (over * demand.OverWeight)));
            var units = under + over;
            violations.Add(new Violation(rule.Id, RuleRegistry.SourceOf(rule), rule.Enforcement.IsHard, null, [demand.Date], units, rule.Enforcement.IsHard ? 0 : penalty,
                $"{demand.Shift} on {Day(demand.Date)}{At(demand.Unit, "at")} has {count} of {demand.Required} people")
            {
                SwedishMessage = $"{demand.Shift} {Day(demand.Date)}{At(demand.Unit, "på")} har {count} av {demand.Required} personer",
            });
        }
    }

    private static string At(UnitId? unit, string word) => unit is { } u ? $" {word} {u}" : "";
}
