using Google.Protobuf;
using Scheduling.Api.Storage;
using Scheduling.Domain;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Mapping;

/// <summary>
/// A resource the contract carries as the domain item its kind checks: a unit as its <see cref="UnitRecord"/>; an
/// employee, a shift template, a demand row, the demand curve, a wish, a pin, an unavailable day and a rule pack as the
/// problem file's item of it (<see cref="ResourceMapping.ToItem{TDto}"/>, the same item <see cref="UnitRepository"/>
/// reads back); an absence as the domain's (<see cref="AbsenceMapping"/>); a rate choice or wish window as its self-service
/// item (<see cref="SelfServiceMapping"/>). What the item's JSON cannot hold is reported on its field (<c>Unreadable</c>) and read as a valid
/// stand-in, so the item's other fields are still checked: an employment rate no decimal holds (NaN, infinite). Other
/// resources (rate choices, employees' wishes and preferences, carry-forwards) are still their own items.
/// </summary>
public static class ResourceItems
{
    /// <summary>The item of <paramref name="resource"/> and the fields its JSON could not carry.</summary>
    public static (object Item, IReadOnlyList<ProblemError> Unreadable) Of(IMessage resource) => resource switch
    {
        V1.Unit unit => Unit(unit),
        V1.Employee employee => Employee(employee),
        V1.ShiftTemplate template => (Item<ShiftTemplateDto>(template, "code", "name"), []),
        V1.ShiftDemand demand => (ShiftDemand(demand), []),
        V1.DemandCurve curve => (Item<DemandCurveDto>(curve), []),
        V1.Wish wish => (Item<WishDto>(wish), []),
        V1.Pin pin => (Item<PinDto>(pin), []),
        V1.UnavailableDay day => (Item<EmployeeDateDto>(day), []),
        V1.RulePack pack => (Item<RulePackDto>(pack, "id", "id"), []),
        V1.Absence absence => AbsenceMapping.ToDomain(absence),
        V1.RateChoiceWindow window => (SelfServiceMapping.Item(window), []),
        V1.WishWindow window => (SelfServiceMapping.Item(window), []),
        _ => (resource, []),
    };

    private static TDto Item<TDto>(IMessage resource, string? idField = null, string? displayNameField = null) where TDto : class =>
        ResourceMapping.ToItem<TDto>(resource, idField, displayNameField);

    /// <summary>A unit; a cost section the problem file cannot hold (a number beyond a decimal's range) is reported and read as none.</summary>
    private static (object Item, IReadOnlyList<ProblemError> Unreadable) Unit(V1.Unit unit)
    {
        CostDto? cost = null;
        try
        {
            if (unit.Cost is { } spec) cost = ResourceMapping.ToDto<CostDto>(spec);
        }
        catch (JsonException ex)
        {
            return (new UnitRecord(unit.Name, unit.DisplayName, unit.TimeZone, unit.RulePack, null), [new ProblemError("cost" + (ex.Path ?? "$").TrimStart('$'), "is not a value the problem file can hold")]);
        }

        return (new UnitRecord(unit.Name, unit.DisplayName, unit.TimeZone, unit.RulePack, cost), []);
    }

    /// <summary>A demand row: its <c>required</c> count is a plain field of the resource (0 is not on the wire) and required in the problem file.</summary>
    private static ShiftDemandDto ShiftDemand(V1.ShiftDemand demand)
    {
        var item = Item<ShiftDemandDto>(demand);
        item.Required ??= 0;
        return item;
    }

    /// <summary>An employee; a rate no decimal can hold is reported here and read as 100, so the other fields are still checked.</summary>
    private static (object Item, IReadOnlyList<ProblemError> Unreadable) Employee(V1.Employee employee)
    {
        if (!employee.HasEmploymentRate || (double.IsFinite(employee.EmploymentRate) && Math.Abs(employee.EmploymentRate) < 1e15)) return (Item<EmployeeDto>(employee, "id", "name"), []);
        var readable = employee.Clone();
        readable.EmploymentRate = 100;
        return (Item<EmployeeDto>(readable, "id", "name"), [new ProblemError("employmentRate", $"must be above 0 and at most 100 (percent), was {employee.EmploymentRate}")]);
    }
}
