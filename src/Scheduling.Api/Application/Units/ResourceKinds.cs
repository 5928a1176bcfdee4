using NodaTime;
using Scheduling.Api.Storage;
using Scheduling.Domain;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Application.Units;

/// <summary>
/// The kinds of stored resources and how each is checked before it is written, by the same rules as a problem file,
/// on the domain item the resource holds: a unit as its <see cref="UnitRecord"/>, the rest as the problem file's item
/// (an <see cref="EmployeeDto"/>, a <see cref="WishDto"/>...; the service edge maps a message to it). A wish, a pin, an
/// unavailable day, a demand row and a shift template are checked directly against the domain's types
/// (<see cref="FieldChecks"/>); the larger resources (an employee's contract, a demand curve, a rule pack) by the problem
/// file reader's own reading of that one item (<see cref="ProblemItemReader"/>), with no problem around it. References
/// between resources (a wish's employee, a pin's shift) are checked when a problem is assembled from them, so resources
/// can be written in any order.
/// </summary>
public static class ResourceKinds
{
    public static readonly ResourceKind Unit = new ResourceKind<UnitRecord>(ResourceCollections.Units, "unit", UnderUnit: false, GeneratedIds: false, CheckUnit);
    public static readonly ResourceKind Employee = new ResourceKind<EmployeeDto>(ResourceCollections.Employees, "employee", true, false, CheckEmployee);
    public static readonly ResourceKind ShiftTemplate = new ResourceKind<ShiftTemplateDto>(ResourceCollections.ShiftTemplates, "shiftTemplate", true, false, CheckTemplate);
    public static readonly ResourceKind ShiftDemand = new ResourceKind<ShiftDemandDto>(ResourceCollections.ShiftDemands, "shiftDemand", true, true, CheckShiftDemand);
    public static readonly ResourceKind DemandCurve = new ResourceKind<DemandCurveDto>(ResourceCollections.DemandCurve, "demandCurve", true, false, CheckCurve);
    public static readonly ResourceKind RulePack = new ResourceKind<RulePackDto>(ResourceCollections.RulePacks, "rulePack", false, false, CheckRulePack);
    public static readonly ResourceKind Wish = new ResourceKind<WishDto>(ResourceCollections.Wishes, "wish", true, true, CheckWish);
    public static readonly ResourceKind Pin = new ResourceKind<PinDto>(ResourceCollections.Pins, "pin", true, true, CheckPin);
    public static readonly ResourceKind UnavailableDay = new ResourceKind<EmployeeDateDto>(ResourceCollections.UnavailableDays, "unavailableDay", true, true, CheckUnavailable);

    private static IEnumerable<ProblemError> CheckUnit(UnitRecord unit)
    {
        if (unit.TimeZone.Length > 0 && DateTimeZoneProviders.Tzdb.GetZoneOrNull(unit.TimeZone) is null)
            yield return new("timeZone", $"unknown time zone '{unit.TimeZone}' (use an IANA name such as Europe/Stockholm)");
        if (unit.RulePack.Length > 0 && !(unit.RulePack.StartsWith("rulePacks/", StringComparison.Ordinal) && ResourceIds.IsValid(unit.RulePack["rulePacks/".Length..])))
            yield return new("rulePack", $"must be a rule pack name, rulePacks/{{rule_pack}}, was '{unit.RulePack}'");
        if (unit.DisplayName.Length > 200) yield return new("displayName", "must be at most 200 characters");
    }

    /// <summary>
    /// An employee read alone by the problem file reader (<see cref="ProblemItemReader"/>): the reader's <c>id</c> is the
    /// resource's <c>name</c>. The shift codes the limits name are checked against the unit's templates when a problem
    /// is assembled.
    /// </summary>
    private static IEnumerable<ProblemError> CheckEmployee(EmployeeDto employee) =>
        ProblemItemReader.Employee(employee).Select(err => err.Field == "id" ? err with { Field = "name" } : err);

    /// <summary>
    /// A shift template: its code from the resource's name, its kind as the contract names it (absent: DAY; a value the
    /// contract does not name arrives as its number). A duration of 0 is the contract's unset and out of range.
    /// </summary>
    private static IReadOnlyList<ProblemError> CheckTemplate(ShiftTemplateDto t)
    {
        var check = new FieldChecks();
        var code = check.Id(t.Code, "name", s => new ShiftCode(s)) ?? new ShiftCode("?");
        var start = check.Time(t.StartTime, "startTime");
        var length = check.Minutes(t.DurationMinutes ?? 0, "durationMinutes", required: true, 1, 24 * 60);
        var unpaid = check.Minutes(t.UnpaidBreakMinutes, "unpaidBreakMinutes", required: false, 0, 24 * 60);
        var kind = t.Kind switch
        {
            null or "DAY" => Domain.ShiftKind.Day,
            "EVENING" => Domain.ShiftKind.Evening,
            "NIGHT" => Domain.ShiftKind.Night,
            _ => (Domain.ShiftKind?)null,
        };
        if (kind is null) check.Add("kind", $"'{t.Kind}' is not one of {string.Join(", ", Enum.GetNames<Domain.ShiftKind>().Select(ProblemFileReader.UpperSnake))}");
        var competence = t.RequiredCompetence is null ? (CompetenceId?)null : check.Id(t.RequiredCompetence, "requiredCompetence", s => new CompetenceId(s)) ?? new CompetenceId("?");
        check.Always("", () => _ = new Domain.ShiftTemplate(code, start, length, kind ?? Domain.ShiftKind.Day, t.Name, unpaid, competence));
        return check.Errors;
    }

    private static IReadOnlyList<ProblemError> CheckShiftDemand(ShiftDemandDto d)
    {
        var check = new FieldChecks();
        var date = check.Date(d.Date, "date");
        var shift = check.Id(d.Shift, "shift", s => new ShiftCode(s));
        var required = d.Required ?? 0;
        if (required < 0) check.Add("required", $"must not be negative, was {required}");
        if (d.UnderWeight < 0) check.Add("underWeight", "must not be negative");
        if (d.OverWeight < 0) check.Add("overWeight", "must not be negative");
        check.Construct("", () => _ = new Domain.ShiftDemand(date!.Value, shift!.Value, required, d.UnderWeight ?? 100, d.OverWeight ?? 1));
        return check.Errors;
    }

    /// <summary>Most patterns a unit's demand curve may have: checking one expands it over a day, every slot against every pattern.</summary>
    public const int MaxCurvePatterns = 1000;

    private static IReadOnlyList<ProblemError> CheckCurve(DemandCurveDto curve) =>
        curve.Patterns?.Count > MaxCurvePatterns
            ? [new("patterns", $"at most {MaxCurvePatterns} patterns, was {curve.Patterns.Count}")]
            : ProblemItemReader.DemandCurve(curve);

    /// <summary>
    /// A unit's pack: its rules read as a problem's pack would be, for a day it applies on (a floor loosened is refused),
    /// and every rule it must hold present (<see cref="RequiredRules"/>). Its dates are held to a period when one is
    /// solved; the <c>cost</c> and <c>budget</c> rules to the unit's cost section when a problem is assembled.
    /// </summary>
    private static List<ProblemError> CheckRulePack(RulePackDto pack)
    {
        var errors = ProblemItemReader.RulePack(pack, SelfServiceKinds.ParseDate(pack.AppliesFrom ?? "") ?? FirstDay).ToList();
        errors.AddRange(RequiredRules.Omitted((pack.Rules ?? []).Select(r => r.Id ?? "")).Select(reason => new ProblemError("rules", reason)));
        return errors;
    }

    /// <summary>The day a pack without a first day is read for: any day will do, as its dates are held to a period when one is solved.</summary>
    private static readonly LocalDate FirstDay = new(2000, 1, 3);

    /// <summary>A wish: its kind as the contract names it; absent or one the contract does not name, it is missing.</summary>
    private static IReadOnlyList<ProblemError> CheckWish(WishDto w)
    {
        var check = new FieldChecks();
        var employee = check.Id(w.Employee, "employee", s => new EmployeeId(s));
        var date = check.Date(w.Date, "date");
        var shift = check.OptionalId(w.Shift, "shift", s => new ShiftCode(s));
        var kind = w.Kind switch
        {
            "SHIFT_ON" => Domain.WishKind.ShiftOn,
            "SHIFT_OFF" => Domain.WishKind.ShiftOff,
            "DAY_OFF" => Domain.WishKind.DayOff,
            _ => (Domain.WishKind?)null,
        };
        if (kind is null) check.Add("kind", "is required");
        if (kind is Domain.WishKind.ShiftOn or Domain.WishKind.ShiftOff && w.Shift is null) check.Add("shift", $"is required for a {ProblemFileReader.UpperSnake(kind.Value.ToString())} wish");
        if (kind is Domain.WishKind.DayOff && w.Shift is not null) check.Add("shift", "must be absent for a DAY_OFF wish");
        if (w.Weight < 0) check.Add("weight", "must not be negative");
        check.Construct("", () => _ = new Domain.Wish(employee!.Value, date!.Value, kind!.Value, shift, w.Weight ?? 1));
        return check.Errors;
    }

    private static IReadOnlyList<ProblemError> CheckPin(PinDto p)
    {
        var check = new FieldChecks();
        var employee = check.Id(p.Employee, "employee", s => new EmployeeId(s));
        var date = check.Date(p.Date, "date");
        var shift = check.OptionalId(p.Shift, "shift", s => new ShiftCode(s));
        check.Construct("", () => _ = new Domain.Pin(employee!.Value, date!.Value, shift));
        return check.Errors;
    }

    private static IReadOnlyList<ProblemError> CheckUnavailable(EmployeeDateDto u)
    {
        var check = new FieldChecks();
        var employee = check.Id(u.Employee, "employee", s => new EmployeeId(s));
        var date = check.Date(u.Date, "date");
        check.Construct("", () => _ = new Unavailability(employee!.Value, date!.Value));
        return check.Errors;
    }
}
