using System.Reflection;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using NodaTime;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Application.Units;

/// <summary>
/// The kinds of stored resources and how each is checked before it is written, by the same rules as a problem file.
/// A wish, a pin, an unavailable day, a demand row and a shift template are checked directly against the domain's types
/// (<see cref="FieldChecks"/>); the larger resources (an employee's contract, a demand curve, a rule pack) by the problem
/// file reader's own reading of that one item (<see cref="ProblemItemReader"/>), with no problem around it. References between resources (a wish's employee, a pin's shift) are checked when a
/// problem is assembled from them, so resources can be written in any order.
/// </summary>
public static class ResourceKinds
{
    public static readonly ResourceKind Unit = new(ResourceCollections.Units, "unit", UnderUnit: false, GeneratedIds: false, m => CheckUnit((V1.Unit)m));
    public static readonly ResourceKind Employee = new(ResourceCollections.Employees, "employee", true, false, m => CheckEmployee((V1.Employee)m));
    public static readonly ResourceKind ShiftTemplate = new(ResourceCollections.ShiftTemplates, "shiftTemplate", true, false, m => CheckTemplate((V1.ShiftTemplate)m));
    public static readonly ResourceKind ShiftDemand = new(ResourceCollections.ShiftDemands, "shiftDemand", true, true, m => CheckShiftDemand((V1.ShiftDemand)m));
    public static readonly ResourceKind DemandCurve = new(ResourceCollections.DemandCurve, "demandCurve", true, false, m => CheckCurve((V1.DemandCurve)m));
    public static readonly ResourceKind RulePack = new(ResourceCollections.RulePacks, "rulePack", false, false, m => CheckRulePack((V1.RulePack)m));
    public static readonly ResourceKind Wish = new(ResourceCollections.Wishes, "wish", true, true, m => CheckWish((V1.Wish)m));
    public static readonly ResourceKind Pin = new(ResourceCollections.Pins, "pin", true, true, m => CheckPin((V1.Pin)m));
    public static readonly ResourceKind UnavailableDay = new(ResourceCollections.UnavailableDays, "unavailableDay", true, true, m => CheckUnavailable((V1.UnavailableDay)m));

    private static string IdOf(string name) => name[(name.LastIndexOf('/') + 1)..];

    private static IEnumerable<ProblemError> CheckUnit(V1.Unit unit)
    {
        if (unit.TimeZone.Length > 0 && DateTimeZoneProviders.Tzdb.GetZoneOrNull(unit.TimeZone) is null)
            yield return new("timeZone", $"unknown time zone '{unit.TimeZone}' (use an IANA name such as Europe/Stockholm)");
        if (unit.RulePack.Length > 0 && !(unit.RulePack.StartsWith("rulePacks/", StringComparison.Ordinal) && ResourceIds.IsValid(unit.RulePack["rulePacks/".Length..])))
            yield return new("rulePack", $"must be a rule pack name, rulePacks/{{rule_pack}}, was '{unit.RulePack}'");
        if (unit.DisplayName.Length > 200) yield return new("displayName", "must be at most 200 characters");
    }

    public static EmployeeSpec ToSpec(V1.Employee e)
    {
        var spec = new EmployeeSpec { Id = IdOf(e.Name), Competences = { e.Competences }, Units = { e.Units }, Limits = e.Limits };
        if (e.DisplayName.Length > 0) spec.Name = e.DisplayName;
        if (e.HasEmploymentRate) spec.EmploymentRate = e.EmploymentRate;
        if (e.HasFullTimeWeeklyMinutes) spec.FullTimeWeeklyMinutes = e.FullTimeWeeklyMinutes;
        if (e.HasToleranceMinutes) spec.ToleranceMinutes = e.ToleranceMinutes;
        if (e.HasMinTotalMinutes) spec.MinTotalMinutes = e.MinTotalMinutes;
        if (e.HasMaxTotalMinutes) spec.MaxTotalMinutes = e.MaxTotalMinutes;
        if (e.HasTimeBankMinutes) spec.TimeBankMinutes = e.TimeBankMinutes;
        return spec;
    }

    public static ShiftTemplateSpec ToSpec(V1.ShiftTemplate t)
    {
        var spec = new ShiftTemplateSpec { Code = IdOf(t.Name), StartTime = t.StartTime, DurationMinutes = t.DurationMinutes, Kind = t.Kind };
        if (t.DisplayName.Length > 0) spec.Name = t.DisplayName;
        if (t.UnpaidBreakMinutes != 0) spec.UnpaidBreakMinutes = t.UnpaidBreakMinutes;
        if (t.RequiredCompetence.Length > 0) spec.RequiredCompetence = t.RequiredCompetence;
        return spec;
    }

    public static ShiftDemandSpec ToSpec(V1.ShiftDemand d)
    {
        var spec = new ShiftDemandSpec { Date = d.Date, Shift = d.Shift, Required = d.Required };
        if (d.HasUnderWeight) spec.UnderWeight = d.UnderWeight;
        if (d.HasOverWeight) spec.OverWeight = d.OverWeight;
        return spec;
    }

    public static WishSpec ToSpec(V1.Wish w)
    {
        var spec = new WishSpec { Employee = w.Employee, Date = w.Date, Kind = w.Kind };
        if (w.Shift.Length > 0) spec.Shift = w.Shift;
        if (w.HasWeight) spec.Weight = w.Weight;
        return spec;
    }

    public static PinSpec ToSpec(V1.Pin p)
    {
        var spec = new PinSpec { Employee = p.Employee, Date = p.Date };
        if (p.Shift.Length > 0) spec.Shift = p.Shift;
        return spec;
    }

    public static RulePackSpec ToSpec(V1.RulePack pack)
    {
        var spec = new RulePackSpec { Id = pack.DisplayName.Length > 0 ? pack.DisplayName : IdOf(pack.Name), Rules = { pack.Rules } };
        if (pack.Version.Length > 0) spec.Version = pack.Version;
        if (pack.AppliesFrom.Length > 0) spec.AppliesFrom = pack.AppliesFrom;
        if (pack.AppliesTo.Length > 0) spec.AppliesTo = pack.AppliesTo;
        return spec;
    }

    public static DemandCurveSpec ToSpec(V1.DemandCurve curve)
    {
        var spec = new DemandCurveSpec { Patterns = { curve.Patterns } };
        if (curve.SlotMinutes != 0) spec.SlotMinutes = curve.SlotMinutes;
        return spec;
    }

    /// <summary>
    /// An employee read alone by the problem file reader (<see cref="ProblemItemReader"/>): the reader's <c>id</c> is the
    /// resource's <c>name</c>. The shift codes the limits name are checked against the unit's templates when a problem
    /// is assembled.
    /// </summary>
    private static IEnumerable<ProblemError> CheckEmployee(V1.Employee e)
    {
        var file = ToFile(e, out var rateError);
        var errors = ProblemItemReader.Employee(file).Select(err => err.Field == "id" ? err with { Field = "name" } : err);
        return rateError is null ? errors : errors.Prepend(rateError);
    }

    /// <summary>
    /// An employee in the problem file's form, each field as its JSON form would hold it (an unset field absent). A rate
    /// no decimal can hold (NaN, infinite) is reported here and read as a valid stand-in, so the other fields are still checked.
    /// </summary>
    private static EmployeeDto ToFile(V1.Employee e, out ProblemError? rateError)
    {
        rateError = null;
        decimal? rate = null;
        if (e.HasEmploymentRate)
        {
            if (double.IsFinite(e.EmploymentRate) && Math.Abs(e.EmploymentRate) < 1e15) rate = (decimal)e.EmploymentRate;
            else (rate, rateError) = (100, new ProblemError("employmentRate", $"must be above 0 and at most 100 (percent), was {e.EmploymentRate}"));
        }

        return new EmployeeDto
        {
            Id = IdOf(e.Name),
            Name = e.DisplayName.Length > 0 ? e.DisplayName : null,
            Competences = e.Competences.Count == 0 ? null : [.. e.Competences.Select(c => new CompetenceGrantDto
            {
                Competence = c.Competence.Length > 0 ? c.Competence : null,
                ValidFrom = c.HasValidFrom ? c.ValidFrom : null,
                ValidUntil = c.HasValidUntil ? c.ValidUntil : null,
                Units = c.Units.Count == 0 ? null : [.. c.Units],
            })],
            EmploymentRate = rate,
            FullTimeWeeklyMinutes = e.HasFullTimeWeeklyMinutes ? e.FullTimeWeeklyMinutes : null,
            ToleranceMinutes = e.HasToleranceMinutes ? e.ToleranceMinutes : null,
            MinTotalMinutes = e.HasMinTotalMinutes ? e.MinTotalMinutes : null,
            MaxTotalMinutes = e.HasMaxTotalMinutes ? e.MaxTotalMinutes : null,
            TimeBankMinutes = e.HasTimeBankMinutes ? e.TimeBankMinutes : null,
            Units = e.Units.Count == 0 ? null : [.. e.Units],
            Limits = e.Limits is not { } l ? null : new LimitsDto
            {
                MaxConsecutiveDays = l.HasMaxConsecutiveDays ? l.MaxConsecutiveDays : null,
                MinConsecutiveDays = l.HasMinConsecutiveDays ? l.MinConsecutiveDays : null,
                MinConsecutiveDaysOff = l.HasMinConsecutiveDaysOff ? l.MinConsecutiveDaysOff : null,
                MaxWeekends = l.HasMaxWeekends ? l.MaxWeekends : null,
                MaxShiftsPerTemplate = l.MaxShiftsPerTemplate.Count == 0 ? null : l.MaxShiftsPerTemplate.ToDictionary(kv => kv.Key, kv => kv.Value),
            },
        };
    }

    private static IReadOnlyList<ProblemError> CheckTemplate(V1.ShiftTemplate t)
    {
        var check = new FieldChecks();
        var code = check.Id(IdOf(t.Name), "name", s => new ShiftCode(s)) ?? new ShiftCode("?");
        var start = check.Time(t.StartTime, "startTime");
        var length = check.Minutes(t.DurationMinutes, "durationMinutes", required: true, 1, 24 * 60);
        var unpaid = check.Minutes(t.UnpaidBreakMinutes == 0 ? null : t.UnpaidBreakMinutes, "unpaidBreakMinutes", required: false, 0, 24 * 60);
        var kind = t.Kind switch
        {
            V1.ShiftKind.Unspecified or V1.ShiftKind.Day => Domain.ShiftKind.Day,
            V1.ShiftKind.Evening => Domain.ShiftKind.Evening,
            V1.ShiftKind.Night => Domain.ShiftKind.Night,
            _ => (Domain.ShiftKind?)null,
        };
        if (kind is null) check.Add("kind", $"'{(int)t.Kind}' is not one of {string.Join(", ", Enum.GetNames<Domain.ShiftKind>().Select(ProblemFileReader.UpperSnake))}");
        var competence = t.RequiredCompetence.Length == 0 ? (CompetenceId?)null : check.Id(t.RequiredCompetence, "requiredCompetence", s => new CompetenceId(s)) ?? new CompetenceId("?");
        check.Always("", () => _ = new Domain.ShiftTemplate(code, start, length, kind ?? Domain.ShiftKind.Day, t.DisplayName.Length > 0 ? t.DisplayName : null, unpaid, competence));
        return check.Errors;
    }

    private static IReadOnlyList<ProblemError> CheckShiftDemand(V1.ShiftDemand d)
    {
        var check = new FieldChecks();
        var date = check.Date(d.Date, "date");
        var shift = check.Id(d.Shift, "shift", s => new ShiftCode(s));
        if (d.Required < 0) check.Add("required", $"must not be negative, was {d.Required}");
        if (d.HasUnderWeight && d.UnderWeight < 0) check.Add("underWeight", "must not be negative");
        if (d.HasOverWeight && d.OverWeight < 0) check.Add("overWeight", "must not be negative");
        check.Construct("", () => _ = new Domain.ShiftDemand(date!.Value, shift!.Value, d.Required, d.HasUnderWeight ? d.UnderWeight : 100, d.HasOverWeight ? d.OverWeight : 1));
        return check.Errors;
    }

    /// <summary>Most patterns a unit's demand curve may have: checking one expands it over a day, every slot against every pattern.</summary>
    public const int MaxCurvePatterns = 1000;

    private static IReadOnlyList<ProblemError> CheckCurve(V1.DemandCurve curve)
    {
        if (curve.Patterns.Count > MaxCurvePatterns) return [new("patterns", $"at most {MaxCurvePatterns} patterns, was {curve.Patterns.Count}")];
        return ProblemItemReader.DemandCurve(new DemandCurveDto
        {
            SlotMinutes = curve.SlotMinutes == 0 ? null : curve.SlotMinutes,
            Patterns = curve.Patterns.Count == 0 ? null : [.. curve.Patterns.Select(p => new DemandPatternDto
            {
                DaysOfWeek = p.DaysOfWeek.Count == 0 ? null : [.. p.DaysOfWeek.Select(ProtoName)],
                Dates = p.Dates.Count == 0 ? null : [.. p.Dates],
                From = p.From.Length > 0 ? p.From : null,
                To = p.To.Length > 0 ? p.To : null,
                Competence = p.HasCompetence ? p.Competence : null,
                Minimum = p.HasMinimum ? p.Minimum : null,
                Ideal = p.HasIdeal ? p.Ideal : null,
            })],
        });
    }

    /// <summary>A weekday as the contract writes it (MONDAY, WEEKDAY_UNSPECIFIED), or its number when the contract has no such value.</summary>
    private static string ProtoName(V1.Weekday day) =>
        typeof(V1.Weekday).GetField(day.ToString())?.GetCustomAttribute<OriginalNameAttribute>()?.Name ?? ((int)day).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// A unit's pack: its rules read as a problem's pack would be, for a day it applies on (a floor loosened is refused),
    /// and every rule it must hold present (<see cref="RequiredRules"/>). Its dates are held to a period when one is
    /// solved; the <c>cost</c> and <c>budget</c> rules to the unit's cost section when a problem is assembled.
    /// </summary>
    private static List<ProblemError> CheckRulePack(V1.RulePack pack)
    {
        var file = new RulePackDto
        {
            Id = pack.DisplayName.Length > 0 ? pack.DisplayName : IdOf(pack.Name),
            Version = pack.Version.Length > 0 ? pack.Version : null,
            AppliesFrom = pack.AppliesFrom.Length > 0 ? pack.AppliesFrom : null,
            AppliesTo = pack.AppliesTo.Length > 0 ? pack.AppliesTo : null,
            Rules = pack.Rules.Count == 0 ? null : [.. pack.Rules.Select(r => new RuleDto
            {
                Id = r.Id.Length > 0 ? r.Id : null,
                Source = r.HasSource ? r.Source : null,
                Hard = r.HasHard ? r.Hard : null,
                Weight = r.HasWeight ? r.Weight : null,
                Parameters = r.Parameters.Count == 0 ? null : r.Parameters.ToDictionary(kv => kv.Key, kv => Json(kv.Value)),
            })],
        };
        var errors = ProblemItemReader.RulePack(file, SelfServiceKinds.ParseDate(pack.AppliesFrom) ?? FirstDay).ToList();
        errors.AddRange(RequiredRules.Omitted(pack.Rules.Select(r => r.Id)).Select(reason => new ProblemError("rules", reason)));
        return errors;
    }

    /// <summary>The day a pack without a first day is read for: any day will do, as its dates are held to a period when one is solved.</summary>
    private static readonly LocalDate FirstDay = new(2000, 1, 3);

    /// <summary>A rule parameter's JSON value (the form the rules read their parameters in).</summary>
    private static JsonElement Json(Google.Protobuf.WellKnownTypes.Value value)
    {
        using var document = JsonDocument.Parse(JsonFormatter.Default.Format(value));
        return document.RootElement.Clone();
    }

    private static IReadOnlyList<ProblemError> CheckWish(V1.Wish w)
    {
        var check = new FieldChecks();
        var employee = check.Id(w.Employee, "employee", s => new EmployeeId(s));
        var date = check.Date(w.Date, "date");
        var shift = check.OptionalId(w.Shift, "shift", s => new ShiftCode(s));
        var kind = w.Kind switch
        {
            V1.WishKind.ShiftOn => Domain.WishKind.ShiftOn,
            V1.WishKind.ShiftOff => Domain.WishKind.ShiftOff,
            V1.WishKind.DayOff => Domain.WishKind.DayOff,
            _ => (Domain.WishKind?)null,
        };
        if (kind is null) check.Add("kind", "is required");
        if (kind is Domain.WishKind.ShiftOn or Domain.WishKind.ShiftOff && w.Shift.Length == 0) check.Add("shift", $"is required for a {ProblemFileReader.UpperSnake(kind.Value.ToString())} wish");
        if (kind is Domain.WishKind.DayOff && w.Shift.Length > 0) check.Add("shift", "must be absent for a DAY_OFF wish");
        if (w.HasWeight && w.Weight < 0) check.Add("weight", "must not be negative");
        check.Construct("", () => _ = new Domain.Wish(employee!.Value, date!.Value, kind!.Value, shift, w.HasWeight ? w.Weight : 1));
        return check.Errors;
    }

    private static IReadOnlyList<ProblemError> CheckPin(V1.Pin p)
    {
        var check = new FieldChecks();
        var employee = check.Id(p.Employee, "employee", s => new EmployeeId(s));
        var date = check.Date(p.Date, "date");
        var shift = check.OptionalId(p.Shift, "shift", s => new ShiftCode(s));
        check.Construct("", () => _ = new Domain.Pin(employee!.Value, date!.Value, shift));
        return check.Errors;
    }

    private static IReadOnlyList<ProblemError> CheckUnavailable(V1.UnavailableDay u)
    {
        var check = new FieldChecks();
        var employee = check.Id(u.Employee, "employee", s => new EmployeeId(s));
        var date = check.Date(u.Date, "date");
        check.Construct("", () => _ = new Unavailability(employee!.Value, date!.Value));
        return check.Errors;
    }
}
