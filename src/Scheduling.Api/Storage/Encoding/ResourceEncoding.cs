using Google.Protobuf;
using Scheduling.Api.Mapping;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Storage.Encoding;

/// <summary>
/// A unit's stored resources as the store keeps them (the contract's messages, so existing data stays readable), read as
/// the problem file's items (<see cref="ResourceItems"/>): a unit as its <see cref="UnitRecord"/>, an
/// employee, a shift template, a demand row, the demand curve, a wish, a pin, an unavailable day and a rule pack as
/// the problem's DTO of it.
/// </summary>
internal static class ResourceEncoding
{
    public static string NameOf(IMessage resource) => (string)resource.Descriptor.FindFieldByName("name").Accessor.GetValue(resource);

    public static UnitRecord Unit(byte[] body) => (UnitRecord)ResourceItems.Of(V1.Unit.Parser.ParseFrom(body)).Item;

    /// <summary>A stored carry-forward as its name and the domain's record of it.</summary>
    public static (string Name, Domain.Units.CarryForward Item) CarryForward(byte[] body) =>
        V1.CarryForward.Parser.ParseFrom(body) is var carry ? (carry.Name, CarryForwardMapping.ToDomain(carry)) : default;

    /// <summary>A carry-forward as the stored row of its unit's resource.</summary>
    public static ResourceRow Row(Domain.Units.CarryForward carry) =>
        new(carry.Name, string.Join('/', carry.Name.Split('/').Take(2)), ResourceCollections.CarryForwards, CarryForwardMapping.ToProto(carry).ToByteArray());

    public static readonly StoredItem<EmployeeDto> Employee = new(V1.Employee.Parser, ResourceCollections.Employees);
    public static readonly StoredItem<ShiftTemplateDto> ShiftTemplate = new(V1.ShiftTemplate.Parser, ResourceCollections.ShiftTemplates);
    public static readonly StoredItem<ShiftDemandDto> ShiftDemand = new(V1.ShiftDemand.Parser, ResourceCollections.ShiftDemands);
    public static readonly StoredItem<DemandCurveDto> DemandCurve = new(V1.DemandCurve.Parser, ResourceCollections.DemandCurve);
    public static readonly StoredItem<WishDto> Wish = new(V1.Wish.Parser, ResourceCollections.Wishes);
    public static readonly StoredItem<PinDto> Pin = new(V1.Pin.Parser, ResourceCollections.Pins);
    public static readonly StoredItem<EmployeeDateDto> UnavailableDay = new(V1.UnavailableDay.Parser, ResourceCollections.UnavailableDays);
    public static readonly StoredItem<RulePackDto> RulePack = new(V1.RulePack.Parser, ResourceCollections.RulePacks);
}
