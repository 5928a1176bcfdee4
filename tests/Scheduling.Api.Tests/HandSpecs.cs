using Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>
/// Each stored resource mapped by hand to the problem's message of it, field by field (the per-kind mapping the service
/// once kept): the oracle the one generic mapping (<c>ResourceMapping</c>, <c>ResourceItems</c>) and the direct checks
/// are held to.
/// </summary>
internal static class HandSpecs
{
    private static string IdOf(string name) => name[(name.LastIndexOf('/') + 1)..];

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
}
