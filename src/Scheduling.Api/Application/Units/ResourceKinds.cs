using NodaTime;
using NodaTime.Text;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Files;
using Period = Scheduling.Api.V1.Period;

namespace Scheduling.Api.Application.Units;

/// <summary>
/// The kinds of stored resources and how each is checked before it is written. Contents are checked
/// by the problem file reader on a one-item problem, so a stored resource passes the same rules as a
/// problem file; references between resources (a wish's employee, a pin's shift) are checked when a
/// problem is assembled from them, so resources can be written in any order.
/// </summary>
public static class ResourceKinds
{
    public static readonly ResourceKind Unit = new("units", "unit", UnderUnit: false, GeneratedIds: false, m => CheckUnit((V1.Unit)m));
    public static readonly ResourceKind Employee = new("employees", "employee", true, false, m => CheckEmployee((V1.Employee)m));
    public static readonly ResourceKind ShiftTemplate = new("shiftTemplates", "shiftTemplate", true, false, m => CheckTemplate((V1.ShiftTemplate)m));
    public static readonly ResourceKind ShiftDemand = new("shiftDemands", "shiftDemand", true, true, m => CheckShiftDemand((V1.ShiftDemand)m));
    public static readonly ResourceKind DemandCurve = new("demandCurve", "demandCurve", true, false, m => CheckCurve((V1.DemandCurve)m));
    public static readonly ResourceKind RulePack = new("rulePacks", "rulePack", false, false, m => CheckRulePack((V1.RulePack)m));
    public static readonly ResourceKind Wish = new("wishes", "wish", true, true, m => CheckWish((V1.Wish)m));
    public static readonly ResourceKind Pin = new("pins", "pin", true, true, m => CheckPin((V1.Pin)m));
    public static readonly ResourceKind UnavailableDay = new("unavailableDays", "unavailableDay", true, true, m => CheckUnavailable((V1.UnavailableDay)m));

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

    public static RulePackSpec ToSpec(V1.RulePack pack) =>
        new() { Id = pack.DisplayName.Length > 0 ? pack.DisplayName : IdOf(pack.Name), Rules = { pack.Rules } };

    public static DemandCurveSpec ToSpec(V1.DemandCurve curve)
    {
        var spec = new DemandCurveSpec { Patterns = { curve.Patterns } };
        if (curve.SlotMinutes != 0) spec.SlotMinutes = curve.SlotMinutes;
        return spec;
    }

    private static Problem Stub(string? date = null) => new() { Period = new Period { StartDate = date ?? "2000-01-03", Days = 1 } };

    private static EmployeeSpec StubEmployee(string id) => new() { Id = id, EmploymentRate = 100 };

    private static ShiftTemplateSpec StubTemplate(string code) => new() { Code = code, StartTime = "07:00", DurationMinutes = 60 };

    /// <summary>Reads a one-item problem and keeps the errors about the item, renamed from <paramref name="from"/> to the resource's own fields.</summary>
    private static List<ProblemError> Read(Problem problem, string from, Func<string, string>? rename = null)
    {
        try
        {
            ProblemFileReader.Read(ProblemMapping.ToJson(problem));
            return [];
        }
        catch (ProblemValidationException ex)
        {
            return ex.Errors
                .Where(e => !e.Reason.StartsWith("unknown ", StringComparison.Ordinal) && !e.Reason.Contains("outside the period", StringComparison.Ordinal))
                .Select(e => e with { Field = Rename(e.Field, from, rename) })
                .ToList();
        }
    }

    private static string Rename(string field, string from, Func<string, string>? rename)
    {
        if (field == from) return "";
        if (field.StartsWith(from + ".", StringComparison.Ordinal)) return field[(from.Length + 1)..];
        return rename?.Invoke(field) ?? field;
    }

    private static IEnumerable<ProblemError> CheckEmployee(V1.Employee e)
    {
        var problem = Stub();
        var spec = ToSpec(e);
        problem.Employees.Add(spec);
        // Templates named in the limits are checked when a problem is assembled; stand-ins here.
        foreach (var code in spec.Limits?.MaxShiftsPerTemplate.Keys ?? Enumerable.Empty<string>())
            if (!string.IsNullOrWhiteSpace(code)) problem.ShiftTemplates.Add(StubTemplate(code));
        return Read(problem, "employees[0]", f => f.StartsWith("shiftTemplates", StringComparison.Ordinal) ? "limits.maxShiftsPerTemplate" : f)
            .Select(err => err.Field == "id" ? err with { Field = "name" } : err);
    }

    private static IEnumerable<ProblemError> CheckTemplate(V1.ShiftTemplate t)
    {
        var problem = Stub();
        problem.ShiftTemplates.Add(ToSpec(t));
        return Read(problem, "shiftTemplates[0]").Select(err => err.Field switch { "code" => err with { Field = "name" }, "name" => err with { Field = "displayName" }, _ => err });
    }

    private static List<ProblemError> CheckShiftDemand(V1.ShiftDemand d)
    {
        var problem = Stub(Valid(d.Date));
        problem.ShiftDemands.Add(ToSpec(d));
        if (d.Shift.Length > 0) problem.ShiftTemplates.Add(StubTemplate(d.Shift));
        return Read(problem, "shiftDemands[0]", f => f.StartsWith("shiftTemplates", StringComparison.Ordinal) ? "shift" : f);
    }

    /// <summary>Most patterns a unit's demand curve may have: checking one expands it over a day, every slot against every pattern.</summary>
    public const int MaxCurvePatterns = 1000;

    private static List<ProblemError> CheckCurve(V1.DemandCurve curve)
    {
        if (curve.Patterns.Count > MaxCurvePatterns) return [new("patterns", $"at most {MaxCurvePatterns} patterns, was {curve.Patterns.Count}")];
        var problem = Stub();
        problem.DemandCurve = ToSpec(curve);
        return Read(problem, "demandCurve");
    }

    private static List<ProblemError> CheckRulePack(V1.RulePack pack)
    {
        var problem = Stub();
        problem.RulePack = ToSpec(pack);
        // The `cost` and `budget` rules need a cost section, which belongs to the unit, not the pack: a
        // stand-in lets the pack be checked alone; the unit's real one is checked when a problem is assembled.
        problem.Cost = new CostSpec { SocialFeeFactor = 1, DefaultMonthlyPay = 1, Budget = 1 };
        return Read(problem, "rulePack");
    }

    private static List<ProblemError> CheckWish(V1.Wish w)
    {
        var problem = Stub(Valid(w.Date));
        problem.Wishes.Add(ToSpec(w));
        if (!string.IsNullOrWhiteSpace(w.Employee)) problem.Employees.Add(StubEmployee(w.Employee));
        if (w.Shift.Length > 0) problem.ShiftTemplates.Add(StubTemplate(w.Shift));
        return Read(problem, "wishes[0]", f => f.StartsWith("employees", StringComparison.Ordinal) ? "employee" : f.StartsWith("shiftTemplates", StringComparison.Ordinal) ? "shift" : f);
    }

    private static List<ProblemError> CheckPin(V1.Pin p)
    {
        var problem = Stub(Valid(p.Date));
        problem.Pins.Add(ToSpec(p));
        if (!string.IsNullOrWhiteSpace(p.Employee)) problem.Employees.Add(StubEmployee(p.Employee));
        if (p.Shift.Length > 0) problem.ShiftTemplates.Add(StubTemplate(p.Shift));
        return Read(problem, "pins[0]", f => f.StartsWith("employees", StringComparison.Ordinal) ? "employee" : f.StartsWith("shiftTemplates", StringComparison.Ordinal) ? "shift" : f);
    }

    private static List<ProblemError> CheckUnavailable(V1.UnavailableDay u)
    {
        var problem = Stub(Valid(u.Date));
        problem.Unavailability.Add(new EmployeeDate { Employee = u.Employee, Date = u.Date });
        if (!string.IsNullOrWhiteSpace(u.Employee)) problem.Employees.Add(StubEmployee(u.Employee));
        return Read(problem, "unavailability[0]", f => f.StartsWith("employees", StringComparison.Ordinal) ? "employee" : f);
    }

    /// <summary>The date itself when it parses (so the one-day stand-in period contains it), else a fixed one.</summary>
    private static string? Valid(string date) => LocalDatePattern.Iso.Parse(date ?? "").Success ? date : null;
}
