namespace Scheduling.Domain.Units;

/// <summary>
/// What a problem's units must hold to: unit ids once each; in a problem with units, every employee may work at one of
/// them at least, and every demand row and slot that names a unit names one of them (with several units, each must
/// name its unit), and a unit's booking order lists other units of the problem once each; in a problem without units,
/// nothing names a unit.
/// </summary>
internal static class UnitValidation
{
    public static IEnumerable<ProblemError> Errors(RosterProblem problem)
    {
        var units = new HashSet<UnitId>();
        for (var i = 0; i < problem.Units.Length; i++)
            if (!units.Add(problem.Units[i].Id))
                yield return new($"units[{i}].id", $"'{problem.Units[i].Id}' is used twice");

        if (units.Count > 0)
            for (var i = 0; i < problem.Employees.Length; i++)
            {
                var e = problem.Employees[i];
                if (!e.Units.IsEmpty && !e.Units.Any(units.Contains))
                    yield return new($"employees[{i}].units", $"names none of the problem's units ({string.Join(", ", units.Take(5))})");
            }

        for (var i = 0; i < problem.ShiftDemands.Length; i++)
            if (Wrong(problem.ShiftDemands[i].Unit, units) is { } reason)
                yield return new($"shiftDemands[{i}].unit", reason);

        var codes = problem.Templates.Select(t => t.Code).ToHashSet();
        var people = problem.Employees.Select(e => e.Id).ToHashSet();
        for (var i = 0; i < problem.Units.Length; i++)
        {
            var groups = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < problem.Units[i].Groups.Length; j++)
            {
                var group = problem.Units[i].Groups[j];
                var field = $"units[{i}].groups[{j}]";
                if (!groups.Add(group.Id)) yield return new($"{field}.id", $"'{group.Id}' is used twice in the unit");
                foreach (var code in group.Shifts.Where(c => !codes.Contains(c)))
                    yield return new($"{field}.shifts", $"unknown shift code '{code}'");
                foreach (var person in group.ContactPersons.Where(p => !people.Contains(p)))
                    yield return new($"{field}.contactPersons", $"unknown employee '{person}'");
            }
        }

        for (var i = 0; i < problem.Units.Length; i++)
        {
            var unit = problem.Units[i];
            var seen = new HashSet<UnitId>();
            for (var j = 0; j < unit.BookingOrder.Length; j++)
            {
                var other = unit.BookingOrder[j];
                var field = $"units[{i}].bookingOrder[{j}]";
                if (other == unit.Id) yield return new(field, "a unit's own staff come first anyway: list the other units");
                else if (!units.Contains(other)) yield return new(field, $"unknown unit '{other}'");
                else if (!seen.Add(other)) yield return new(field, $"'{other}' is listed twice");
            }
        }

        var slots = problem.DemandCurve.Slots;
        for (var i = 0; i < slots.Length; i++)
            if (Wrong(slots[i].Unit, units) is { } reason)
            {
                yield return new($"demandCurve.slots[{i}].unit", reason);
                yield break;
            }
    }

    private static string? Wrong(UnitId? unit, HashSet<UnitId> units) => unit switch
    {
        null when units.Count > 1 => "is required when the problem plans several units",
        { } u when units.Count == 0 => $"'{u}' is named but the problem has no units",
        { } u when !units.Contains(u) => $"unknown unit '{u}'",
        _ => null,
    };
}
