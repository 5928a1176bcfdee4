using Scheduling.Domain.Rules;
using static Scheduling.Domain.Tests.TestProblems;

namespace Scheduling.Domain.Tests;

public class ProblemValidationTests
{
    private static ProblemValidationException Invalid(ProblemBuilder builder) =>
        Assert.Throws<ProblemValidationException>(() => builder.Build());

    private static string[] Fields(ProblemValidationException ex) => [.. ex.Errors.Select(e => e.Field)];

    [Fact]
    public void Duplicate_employee_id_names_the_second_one()
    {
        var ex = Invalid(Problem().Employees(Person(Anna), Person(Anna)));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("employees[1].id", error.Field);
        Assert.Contains("anna", error.Reason, StringComparison.Ordinal);
        Assert.Equal(error.ToString(), ex.Message);
    }

    [Fact]
    public void Duplicate_template_code()
    {
        Assert.Equal(["shiftTemplates[3].code"], Fields(Invalid(Problem().AddTemplates(Template("D", 6, 0, 60)))));
    }

    [Fact]
    public void Wish_with_unknown_shift_employee_or_date()
    {
        var ex = Invalid(Problem().Wishes(
            new Wish(Anna, Day0(0), WishKind.ShiftOn, new ShiftCode("X"), 1),
            new Wish(new EmployeeId("ghost"), Day0(14), WishKind.DayOff, null, 1)));

        Assert.Equal(["wishes[0].shift", "wishes[1].employee", "wishes[1].date"], Fields(ex));
        Assert.StartsWith("3 errors, first: wishes[0].shift", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_wish_twice_names_the_second_one_whatever_its_weight()
    {
        // One employee's wish counted twice would be charged twice in the objective (and once broke the report).
        var ex = Invalid(Problem().Wishes(
            new Wish(Anna, Day0(0), WishKind.DayOff, null, 10),
            new Wish(Anna, Day0(1), WishKind.ShiftOn, Day.Code, 3),
            new Wish(Anna, Day0(1), WishKind.ShiftOff, Day.Code, 3),
            new Wish(Bo, Day0(0), WishKind.DayOff, null, 10),
            new Wish(Anna, Day0(0), WishKind.DayOff, null, 1),
            new Wish(Anna, Day0(1), WishKind.ShiftOn, Day.Code, 3)));

        Assert.Equal(["wishes[4]", "wishes[5]"], Fields(ex));
        Assert.Contains("wishes[0]", ex.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Contains("wishes[1]", ex.Errors[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Shift_demand_outside_the_period_or_of_an_unknown_shift()
    {
        var ex = Invalid(Problem().ShiftDemands(
            new ShiftDemand(Day0(-1), Day.Code, 1, 1, 1),
            new ShiftDemand(Day0(0), new ShiftCode("X"), 1, 1, 1)));

        Assert.Equal(["shiftDemands[0].date", "shiftDemands[1].shift"], Fields(ex));
        Assert.Contains("2026-01-04", ex.Errors[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_demand_rows_for_one_shift_and_date()
    {
        var ex = Invalid(Problem().ShiftDemands(new ShiftDemand(Day0(0), Day.Code, 1, 1, 1), new ShiftDemand(Day0(0), Day.Code, 2, 1, 1)));

        Assert.Equal(["shiftDemands"], Fields(ex));
    }

    [Fact]
    public void Unavailability_and_pins_are_checked()
    {
        var ex = Invalid(Problem()
            .Unavailable(new Unavailability(new EmployeeId("ghost"), Day0(0)), new Unavailability(Anna, Day0(20)))
            .Pins(new Pin(Anna, Day0(0), new ShiftCode("X")), new Pin(Bo, Day0(1), null), new Pin(Bo, Day0(1), Day.Code)));

        Assert.Equal(["unavailability[0].employee", "unavailability[1].date", "pins[0].shift", "pins"], Fields(ex));
    }

    [Fact]
    public void Forbidden_succession_with_unknown_template()
    {
        var rule = new ForbiddenSuccessionsRule([new ShiftSuccession(Night.Code, Day.Code), new ShiftSuccession(new ShiftCode("X"), Day.Code)]);

        Assert.Equal(["rules.forbidden-successions[1]"], Fields(Invalid(Problem(rule))));
    }

    [Fact]
    public void Employee_limits_are_checked()
    {
        var limits = new EmployeeLimits
        {
            MaxConsecutiveDays = -1,
            MaxWeekends = -2,
            MaxShiftsPerTemplate = ImmutableDictionary<ShiftCode, int>.Empty.Add(new ShiftCode("X"), 1).Add(Day.Code, -1),
        };

        var fields = Fields(Invalid(Problem().Employees(Person(Anna), Person(Bo, limits: limits))));

        Assert.Equal(
            ["employees[1].limits.maxShiftsPerTemplate", "employees[1].limits.maxConsecutiveDays", "employees[1].limits.maxWeekends", "employees[1].limits.maxShiftsPerTemplate.D"],
            fields);
    }

    [Fact]
    public void A_valid_problem_indexes_templates_and_employees()
    {
        var problem = Problem().Build();

        Assert.Same(Night, problem.TemplateByCode[Night.Code]);
        Assert.Equal(Bo, problem.EmployeeById[Bo].Id);
        Assert.Equal(14, problem.Period.Days);
    }

    [Fact]
    public void WithPins_validates_again()
    {
        var problem = Problem().Build();

        var ex = Assert.Throws<ProblemValidationException>(() => problem.WithPins([new Pin(Anna, Day0(30), null)]));
        Assert.Equal("pins[0].date", Assert.Single(ex.Errors).Field);
        Assert.Single(problem.WithPins([new Pin(Anna, Day0(3), null)]).Pins);
    }
}

public class DomainValueValidationTests
{
    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData(" anna")]
    [InlineData("anna\n")]
    [InlineData("a\u0001b")]
    public void Bad_ids_are_rejected(string value)
    {
        Assert.Throws<DomainException>(() => new EmployeeId(value));
        Assert.Throws<DomainException>(() => new ShiftCode(value));
    }

    [Fact]
    public void Ids_are_values()
    {
        Assert.Equal(new EmployeeId("anna"), new EmployeeId("anna"));
        Assert.Equal("D", new ShiftCode("D").ToString());
        Assert.Throws<DomainException>(() => new CompetenceId(new string('x', 65)));
        Assert.Equal(64, new UnitId(new string('x', 64)).Value.Length);
    }

    [Fact]
    public void Template_guards()
    {
        var code = new ShiftCode("T");
        Assert.Throws<DomainException>(() => new ShiftTemplate(code, new LocalTime(7, 0), Duration.Zero, ShiftKind.Day));
        Assert.Throws<DomainException>(() => new ShiftTemplate(code, new LocalTime(7, 0), Duration.FromHours(25), ShiftKind.Day));
        Assert.Throws<DomainException>(() => new ShiftTemplate(code, new LocalTime(7, 0), Duration.FromSeconds(3630), ShiftKind.Day));
        Assert.Throws<DomainException>(() => new ShiftTemplate(code, new LocalTime(7, 0), Duration.FromHours(8), ShiftKind.Day, unpaidBreak: Duration.FromHours(8)));
        Assert.Throws<DomainException>(() => new ShiftTemplate(code, new LocalTime(7, 0), Duration.FromHours(8), ShiftKind.Day, unpaidBreak: Duration.FromMinutes(-1)));
        Assert.Equal(Duration.FromHours(24), new ShiftTemplate(code, new LocalTime(7, 0), Duration.FromHours(24), ShiftKind.Day).Length);
    }

    [Fact]
    public void Wish_demand_and_curve_guards()
    {
        Assert.Throws<DomainException>(() => new Wish(Anna, Monday, WishKind.ShiftOn, null, 1));
        Assert.Throws<DomainException>(() => new Wish(Anna, Monday, WishKind.ShiftOff, null, 1));
        Assert.Throws<DomainException>(() => new Wish(Anna, Monday, WishKind.DayOff, Day.Code, 1));
        Assert.Throws<DomainException>(() => new Wish(Anna, Monday, WishKind.DayOff, null, -1));
        Assert.Throws<DomainException>(() => new ShiftDemand(Monday, Day.Code, -1, 1, 1));
        Assert.Throws<DomainException>(() => new ShiftDemand(Monday, Day.Code, 1, -1, 1));
        Assert.Throws<DomainException>(() => new DemandSlot(Instant.FromUtc(2026, 1, 5, 7, 0), null, 3, 2));
        Assert.Throws<DomainException>(() => new DemandSlot(Instant.FromUtc(2026, 1, 5, 7, 0), null, -1, 2));
        Assert.Throws<DomainException>(() => new DemandCurve(Duration.FromMinutes(4), []));
        Assert.Throws<DomainException>(() => new DemandCurve(Duration.FromHours(25), []));
    }

    [Fact]
    public void Rule_guards()
    {
        Assert.Throws<DomainException>(() => new DailyRestRule(Duration.FromHours(-1)));
        Assert.Throws<DomainException>(() => new DailyRestRule(Duration.FromHours(25)));
        Assert.Throws<DomainException>(() => new WeeklyRestRule(Duration.FromHours(36), windowDays: 0));
        Assert.Throws<DomainException>(() => new WeeklyRestRule(Duration.FromHours(49), windowDays: 2));
        Assert.Throws<DomainException>(() => new WeeklyRestRule(Duration.Zero));
        Assert.Throws<DomainException>(() => new MaxShiftLengthRule(Duration.Zero));
        Assert.Equal([IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], new MaxWeekendsRule(1).WeekendDays.ToArray());
    }
}
