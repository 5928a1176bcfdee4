using System.Collections.Immutable;
using Scheduling.Domain;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Payroll;
using Scheduling.Domain.Rules;

namespace Scheduling.Exports.Tests;

/// <summary>Small problems for hand-computed payroll figures under the default OB table (Kommunal HÖK 2026).</summary>
internal static class Payroll
{
    public static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    /// <summary>A Monday in January, far from both clock changes.</summary>
    public static readonly LocalDate Monday = new(2026, 1, 12);

    public static readonly EmployeeId Anna = new("anna");
    public static readonly EmployeeId Bo = new("bo");

    /// <summary>Night 21:15–07:15, no unpaid break.</summary>
    public static readonly ShiftTemplate Night = Template("N", 21, 15, 600);

    /// <summary>Day 07:00–15:30 with a 30-minute unpaid break.</summary>
    public static readonly ShiftTemplate Day = Template("D", 7, 0, 510, breakMinutes: 30);

    /// <summary>Early 07:00–15:00, no break: 8 h, no OB on a weekday.</summary>
    public static readonly ShiftTemplate Early = Template("A", 7, 0, 480);

    public static readonly ImmutableArray<ShiftTemplate> Templates = [Night, Day, Early];

    public static ShiftTemplate Template(string code, int hour, int minute, int minutes, int breakMinutes = 0) =>
        new(new ShiftCode(code), new LocalTime(hour, minute), Duration.FromMinutes(minutes), ShiftKind.Day, unpaidBreak: Duration.FromMinutes(breakMinutes));

    /// <summary>Anna works full time of 40 h a week unless told otherwise.</summary>
    public static Employee Person(EmployeeId id, decimal ratePercent = 100m, string? name = null) =>
        new(id, name ?? id.Value, new WorkingTimeContract(new EmploymentRate(ratePercent), Duration.FromHours(40)));

    public static RosterProblem Problem(LocalDate start, int days, ImmutableArray<Employee> employees = default,
        ImmutableArray<Unavailability> unavailability = default, CostModel? cost = null) =>
        new("payroll test", new SchedulePeriod(start, days, Stockholm), Templates,
            employees.IsDefault ? [Person(Anna)] : employees, new RulePack("empty", []), unavailability: unavailability, cost: cost);

    public static Assignment Works(EmployeeId employee, LocalDate date, ShiftTemplate template) => new(employee, date, template.Code);

    public static Roster RosterOf(params Assignment[] assignments) => new([.. assignments]);

    /// <summary>OB hours of a day or total by window code, only the windows with time.</summary>
    public static Dictionary<string, decimal> Ob(PayrollPeriod period, ImmutableArray<Duration> byWindow) =>
        period.UnsocialHours.Windows.Zip(byWindow)
            .Where(x => x.Second != Duration.Zero)
            .ToDictionary(x => x.First.Code, x => (decimal)x.Second.TotalMinutes / 60m);
}
