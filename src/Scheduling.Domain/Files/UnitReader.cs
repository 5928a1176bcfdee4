using Scheduling.Domain.Units;
using static Scheduling.Domain.Files.ProblemFileReader;

namespace Scheduling.Domain.Files;

/// <summary>Reads a problem file's units and their demand curves; the curves of all units become one curve whose slots name their unit.</summary>
internal static class UnitReader
{
    /// <summary>The most units one problem may plan.</summary>
    public const int MaxUnits = 100;

    /// <summary>The most resident groups one unit may have.</summary>
    public const int MaxGroups = 50;

    public static ImmutableArray<CareUnit> Read(List<UnitDto>? units, Errors errors)
    {
        if (units is not null && units.Count > MaxUnits) errors.Add("units", $"at most {MaxUnits} units are accepted, got {units.Count}");
        return Each(units, "units", errors, (dto, f, err) =>
        {
            if (dto.BookingOrder?.Count > MaxUnits) err.Add($"{f}.bookingOrder", $"at most {MaxUnits} units");
            if (dto.Groups?.Count > MaxGroups) err.Add($"{f}.groups", $"at most {MaxGroups} resident groups per unit, got {dto.Groups.Count}");
            return new CareUnit(Id(dto.Id, $"{f}.id", err, s => new UnitId(s)), dto.Name)
            {
                Groups = Each(dto.Groups, $"{f}.groups", err, ReadGroup),
                BookingOrder = [.. (dto.BookingOrder ?? []).Take(MaxUnits).Select((s, i) => Id(s, $"{f}.bookingOrder[{i}]", err, u => new UnitId(u)))],
                IsPool = dto.Pool ?? false,
            };
        });
    }

    private static ResidentGroup? ReadGroup(ResidentGroupDto dto, string f, Errors errors)
    {
        if (dto.Shifts?.Count > 100) errors.Add($"{f}.shifts", "at most 100 shift codes");
        if (dto.ContactPersons?.Count > 100) errors.Add($"{f}.contactPersons", "at most 100 contact persons");
        var shifts = (dto.Shifts ?? []).Select((s, i) => Id(s, $"{f}.shifts[{i}]", errors, c => new ShiftCode(c))).ToImmutableArray();
        var contacts = (dto.ContactPersons ?? []).Select((s, i) => Id(s, $"{f}.contactPersons[{i}]", errors, c => new EmployeeId(c))).ToImmutableArray();
        if (dto.Id is null) errors.Add($"{f}.id", "is required");
        return Guard(f, errors, () => new ResidentGroup(dto.Id ?? "?", dto.Name, dto.Residents ?? 0, shifts, contacts));
    }

    /// <summary>
    /// The top-level curve (the first unit's, in a problem with units) and each unit's own, as one curve; null when
    /// there is none.
    /// </summary>
    public static DemandCurve? Curve(ProblemFile file, ImmutableArray<CareUnit> units, SchedulePeriod period, Errors errors)
    {
        var top = file.DemandCurve is null ? null : DemandCurveExpander.Expand(file.DemandCurve, period, errors);
        if (units.IsEmpty || file.Units is null) return top;
        var slots = ImmutableArray.CreateBuilder<DemandSlot>();
        var length = top?.SlotLength;
        if (top is not null) slots.AddRange(top.Slots.Select(s => new DemandSlot(s.Start, s.Competence, s.Minimum, s.Ideal) { Unit = units[0].Id }));
        for (var i = 0; i < Math.Min(file.Units.Count, units.Length); i++)
        {
            if (file.Units[i]?.DemandCurve is not { } dto) continue;
            if (DemandCurveExpander.Expand(dto, period, errors, $"units[{i}].demandCurve") is not { } curve) continue;
            if (length is { } l && curve.SlotLength != l)
            {
                errors.Add($"units[{i}].demandCurve.slotMinutes", $"must be the same for every unit ({(long)l.TotalMinutes} minutes)");
                continue;
            }

            length = curve.SlotLength;
            slots.AddRange(curve.Slots.Select(s => new DemandSlot(s.Start, s.Competence, s.Minimum, s.Ideal) { Unit = units[i].Id }));
        }

        return length is { } slotLength ? new DemandCurve(slotLength, slots.ToImmutable()) : null;
    }
}
