using System.Collections.Immutable;
using System.Globalization;
using Scheduling.Domain.Payroll;

namespace Scheduling.Exports;

/// <summary>
/// A <see cref="PayrollPeriod"/> laid out as the export's columns and rows, the one layout the CSV and Excel writers
/// share: per employee, in the problem's order, a row for each day with a shift or an absence, then a total row.
/// The columns are documented in PAYROLL.md; the OB columns follow the period's OB table, one per window.
/// </summary>
public sealed class PayrollTable
{
    public const string DayRow = "day";
    public const string TotalRow = "total";
    public const string UnavailableAbsence = "unavailable";

    private PayrollTable(ImmutableArray<PayrollColumn> columns, ImmutableArray<PayrollRow> rows)
    {
        Columns = columns;
        Rows = rows;
    }

    public ImmutableArray<PayrollColumn> Columns { get; }
    public ImmutableArray<PayrollRow> Rows { get; }

    /// <summary>The header of the OB column of window <paramref name="code"/>.</summary>
    public static string UnsocialHoursColumn(string code) => $"ob_{code}_hours";

    /// <summary>The columns of a period whose OB table is <paramref name="period"/>'s.</summary>
    public static ImmutableArray<PayrollColumn> ColumnsOf(PayrollPeriod period)
    {
        var table = period.UnsocialHours;
        return
        [
            new("row", PayrollValueKind.Text, $"'{DayRow}' for an employee's day, '{TotalRow}' for their total over the period (after their days)."),
            new("employee_id", PayrollValueKind.Text, "The employee's id in the problem."),
            new("employee_name", PayrollValueKind.Text, "The employee's name."),
            new("date", PayrollValueKind.Date, "The roster day (ISO 8601); a shift belongs wholly to the day it starts on, a night's hours after midnight included. Empty on a total row."),
            new("shifts", PayrollValueKind.Text, "The codes of the shifts starting on the day, in start order, separated by spaces; empty on a day of absence only and on a total row."),
            new("worked_hours", PayrollValueKind.Hours, "Hours worked: the shifts' real length on the clock (an hour less across the spring clock change, an hour more across the autumn one) less unpaid breaks. Total: the sum over the period."),
            .. table.Windows.Select(w => new PayrollColumn(UnsocialHoursColumn(w.Code), PayrollValueKind.Hours,
                $"OB hours in window '{w.Code}' ({w.Name}), {w.KronorPerHour.ToString("0.00", CultureInfo.InvariantCulture)} kr/h before social fees, table {table.Id}. " +
                "An hour in several windows counts once, under the best-paid; the unpaid break is taken from the least-paid hours, the autumn extra hour from the best-paid (it is paid as overtime). Total: the sum over the period.")),
            new("mertid_hours", PayrollValueKind.Hours, "Mertid: hours beyond the contract's target up to full time, settled over the period; 0 on a day row. Empty on the total row of an employee without an employment rate."),
            new("overtime_hours", PayrollValueKind.Hours, "Övertid. Day: the extra hour of a night across the autumn clock change. Total: hours beyond full time over the period plus the days' autumn hours."),
            new("absence", PayrollValueKind.Text, $"Why the employee is away on the day: '{UnavailableAbsence}' where the problem marks the day unavailable (no reason is recorded); empty otherwise and on a total row."),
            new("absence_days", PayrollValueKind.Count, "1 on a day with an absence, else 0. Total: the days with an absence."),
            new("target_hours", PayrollValueKind.Hours, "Total row only: the hours the contract asks for in the period (employment rate × full time, less the time bank carried in). Empty without an employment rate."),
            new("full_time_hours", PayrollValueKind.Hours, "Total row only: full time for the period, less the time bank carried in; hours beyond it are overtime. Empty without an employment rate."),
        ];
    }

    public static PayrollTable For(PayrollPeriod period)
    {
        var rows = ImmutableArray.CreateBuilder<PayrollRow>();
        foreach (var employee in period.Employees)
        {
            foreach (var day in employee.Days)
                rows.Add(new PayrollRow(false,
                [
                    DayRow, employee.Employee.Value, employee.Name, day.Date, string.Join(' ', day.Shifts.Select(s => s.Value)),
                    Hours(day.Worked), .. day.UnsocialHours.Select(h => (object?)Hours(h)), Hours(Duration.Zero), Hours(day.Overtime),
                    AbsenceText(day.Absence), day.Absence is null ? 0 : 1, null, null,
                ]));
            rows.Add(new PayrollRow(true,
            [
                TotalRow, employee.Employee.Value, employee.Name, null, null,
                Hours(employee.Worked), .. employee.UnsocialHours.Select(h => (object?)Hours(h)),
                employee.Target is null ? null : Hours(employee.Mertid), Hours(employee.Overtime),
                null, employee.AbsenceDays, employee.Target is { } t ? Hours(t) : null, employee.FullTime is { } f ? Hours(f) : null,
            ]));
        }

        return new PayrollTable(ColumnsOf(period), rows.ToImmutable());
    }

    private static string? AbsenceText(AbsenceKind? kind) => kind switch
    {
        null => null,
        AbsenceKind.Unavailable => UnavailableAbsence,
        _ => throw new InvalidOperationException($"absence kind {kind} has no text in the payroll export"),
    };

    /// <summary>Hours with two decimals, rounded half away from zero from the exact duration.</summary>
    public static decimal Hours(Duration duration) =>
        Math.Round((decimal)duration.BclCompatibleTicks / TimeSpan.TicksPerHour, 2, MidpointRounding.AwayFromZero);
}
