using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Mapping;
using Scheduling.Domain.Files;
using V1 = Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>
/// A stored resource read as the problem file's item by the one generic mapping (<see cref="ResourceMapping.ToItem{TDto}"/>,
/// what the unit repository reads) is the item the per-kind mapping to the problem's message made of it
/// (<see cref="HandSpecs"/>' <c>ToSpec</c>, read through the problem file's JSON), field by field, for resources
/// with every field set and with none; and an item goes back to the same message (<see cref="ResourceMapping.ToMessage{T}"/>).
/// </summary>
public class ResourceMappingTests
{
    private static readonly Timestamp Time = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));

    private static string Json(object dto) => JsonSerializer.Serialize(dto, dto.GetType(), ProblemFileReader.JsonOptions);

    private static void Same<TDto>(IMessage spec, TDto item) where TDto : class =>
        Assert.Equal(Json(ResourceMapping.ToDto<TDto>(spec)), Json(item));

    public static TheoryData<V1.Employee> Employees => new()
    {
        new V1.Employee { Name = "units/u/employees/anna" },
        new V1.Employee
        {
            Name = "units/u/employees/bo", DisplayName = "Bo", EmploymentRate = 87.5, FullTimeWeeklyMinutes = 2295, ToleranceMinutes = 120,
            MinTotalMinutes = 0, MaxTotalMinutes = 9000, TimeBankMinutes = -30, Units = { "u", "v" }, CreateTime = Time, UpdateTime = Time, Etag = "e1",
            Competences = { new V1.CompetenceGrant { Competence = "med", ValidFrom = "2027-01-01", ValidUntil = "2027-12-31", Units = { "u" } } },
            Limits = new V1.EmployeeLimits { MaxConsecutiveDays = 5, MinConsecutiveDaysOff = 2, MaxShiftsPerTemplate = { ["N"] = 3 } },
        },
    };

    [Theory]
    [MemberData(nameof(Employees))]
    public void An_employee_is_the_problem_file_s_employee(V1.Employee employee) =>
        Same(HandSpecs.ToSpec(employee), ResourceMapping.ToItem<EmployeeDto>(employee, "id", "name"));

    [Theory]
    [InlineData("", "", 0, 0)]
    [InlineData("Natt", "sjuksköterska", 30, 3)]
    public void A_shift_template_is_the_problem_file_s_template(string displayName, string competence, int unpaid, int kind)
    {
        var template = new V1.ShiftTemplate
        {
            Name = "units/u/shiftTemplates/N", DisplayName = displayName, StartTime = "21:00", DurationMinutes = 600, UnpaidBreakMinutes = unpaid,
            Kind = (V1.ShiftKind)kind, RequiredCompetence = competence, CreateTime = Time, Etag = "e",
        };
        var item = ResourceMapping.ToItem<ShiftTemplateDto>(template, "code", "name");
        Same(HandSpecs.ToSpec(template), item);
        Assert.Equal("N", item.Code);
    }

    [Fact]
    public void Demand_rows_wishes_pins_and_unavailable_days_are_the_problem_file_s()
    {
        var demand = new V1.ShiftDemand { Name = "units/u/shiftDemands/d1", Date = "2027-03-01", Shift = "D", Required = 2, UnderWeight = 0, OverWeight = 7, UpdateTime = Time };
        Same(HandSpecs.ToSpec(demand), ResourceMapping.ToItem<ShiftDemandDto>(demand));
        // A row of 0 required has no `required` on the wire; the repository's reading completes it, as the problem file requires it.
        var plain = new V1.ShiftDemand { Name = "units/u/shiftDemands/d2", Date = "2027-03-01", Shift = "D" };
        Assert.Null(ResourceMapping.ToItem<ShiftDemandDto>(plain).Required);
        Assert.Equal(0, ResourceMapping.ToDto<ShiftDemandDto>(HandSpecs.ToSpec(plain)).Required);
        var wish = new V1.Wish { Name = "units/u/wishes/w1", Employee = "anna", Date = "2027-03-02", Kind = V1.WishKind.ShiftOff, Shift = "N", Weight = 0, Etag = "e" };
        Same(HandSpecs.ToSpec(wish), ResourceMapping.ToItem<WishDto>(wish));
        var dayOff = new V1.Wish { Name = "units/u/wishes/w2", Employee = "anna", Date = "2027-03-02", Kind = V1.WishKind.DayOff };
        Same(HandSpecs.ToSpec(dayOff), ResourceMapping.ToItem<WishDto>(dayOff));
        var pin = new V1.Pin { Name = "units/u/pins/p1", Employee = "bo", Date = "2027-03-03", UpdateTime = Time };
        Same(HandSpecs.ToSpec(pin), ResourceMapping.ToItem<PinDto>(pin));
        var unavailable = ResourceMapping.ToItem<EmployeeDateDto>(new V1.UnavailableDay { Name = "units/u/unavailableDays/x", Employee = "bo", Date = "2027-03-04", Etag = "e" });
        Assert.Equal(("bo", "2027-03-04"), (unavailable.Employee, unavailable.Date));
    }

    [Fact]
    public void A_demand_curve_and_a_rule_pack_are_the_problem_file_s()
    {
        var curve = new V1.DemandCurve
        {
            Name = "units/u/demandCurve", SlotMinutes = 15, UpdateTime = Time,
            Patterns = { new V1.DemandPattern { DaysOfWeek = { V1.Weekday.Monday, V1.Weekday.Sunday }, From = "07:00", To = "15:00", Competence = "med", Minimum = 0, Ideal = 3 } },
        };
        Same(HandSpecs.ToSpec(curve), ResourceMapping.ToItem<DemandCurveDto>(curve));
        var rule = new V1.RuleSpec { Id = "daily-rest", Source = "ATL §13", Hard = true, Weight = 5, Parameters = { ["minimumRestMinutes"] = Value.ForNumber(660), ["note"] = Value.ForString("x") } };
        var named = new V1.RulePack { Name = "rulePacks/p", DisplayName = "Kommunal 2027", Version = "3", AppliesFrom = "2027-01-01", AppliesTo = "2027-12-31", Rules = { rule }, CreateTime = Time };
        var item = ResourceMapping.ToItem<RulePackDto>(named, "id", "id");
        Same(HandSpecs.ToSpec(named), item);
        Assert.Equal("Kommunal 2027", item.Id);
        var bare = new V1.RulePack { Name = "rulePacks/p", Rules = { rule } };
        Assert.Equal("p", ResourceMapping.ToItem<RulePackDto>(bare, "id", "id").Id);
        Same(HandSpecs.ToSpec(bare), ResourceMapping.ToItem<RulePackDto>(bare, "id", "id"));
    }

    [Fact]
    public void An_item_goes_back_to_the_same_message()
    {
        foreach (var row in Employees)
        {
            var employee = row;
            var spec = HandSpecs.ToSpec(employee);
            Assert.Equal(spec, ResourceMapping.ToMessage<V1.EmployeeSpec>(ResourceMapping.ToDto<EmployeeDto>(spec)));
        }

        var cost = new V1.CostSpec { Version = "2027", HourlyDivisor = 165, Budget = 1_550_000, Pay = { new V1.EmployeePaySpec { Employee = "anna", MonthlyPay = 31_000 } } };
        Assert.Equal(cost, ResourceMapping.ToMessage<V1.CostSpec>(ResourceMapping.ToDto<CostDto>(cost)));
    }
}
