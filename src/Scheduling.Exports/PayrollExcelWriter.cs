using System.Globalization;
using ClosedXML.Excel;
using Scheduling.Domain;
using Scheduling.Domain.Payroll;

namespace Scheduling.Exports;

/// <summary>
/// Writes payroll periods as an Excel workbook (.xlsx): a sheet per period, named after its first and last day,
/// with the CSV's columns as typed cells (hours and counts as numbers, dates as dates, text as text, never a
/// formula), the header row frozen and filtered, each employee's total row in bold; and a last sheet, "Columns",
/// describing every column.
/// </summary>
public static class PayrollExcelWriter
{
    public const string ColumnsSheet = "Columns";

    private const string HoursFormat = "0.00";
    private const string DateFormat = "yyyy-mm-dd";

    /// <summary>The name of a period's sheet: "2027-03-01 to 2027-03-28".</summary>
    public static string SheetName(SchedulePeriod period) =>
        string.Create(CultureInfo.InvariantCulture, $"{period.Start:uuuu-MM-dd} to {period.End.PlusDays(-1):uuuu-MM-dd}");

    /// <summary>Writes <paramref name="periods"/> to <paramref name="stream"/>, which is left open.</summary>
    public static void Write(IReadOnlyList<PayrollPeriod> periods, Stream stream)
    {
        if (periods.Count == 0) throw new ArgumentException("a payroll workbook needs at least one period", nameof(periods));
        using var workbook = new XLWorkbook();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ColumnsSheet };
        var columns = new List<PayrollColumn>();
        foreach (var period in periods)
        {
            var table = PayrollTable.For(period);
            var name = SheetName(period.Period);
            for (var n = 2; !names.Add(name); n++) name = $"{SheetName(period.Period)} ({n})";
            AddPeriod(workbook.AddWorksheet(name), table);
            columns.AddRange(table.Columns.Where(c => columns.TrueForAll(known => known.Name != c.Name)));
        }

        AddColumns(workbook.AddWorksheet(ColumnsSheet), columns);
        if (stream.CanSeek)
        {
            workbook.SaveAs(stream);
            return;
        }

        // The package is written with seeks; a response body cannot seek.
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        buffer.Position = 0;
        buffer.CopyTo(stream);
    }

    private static void AddPeriod(IXLWorksheet sheet, PayrollTable table)
    {
        for (var c = 0; c < table.Columns.Length; c++)
        {
            var column = table.Columns[c];
            sheet.Cell(1, c + 1).SetValue(column.Name);
            sheet.Column(c + 1).Width = column.Kind switch
            {
                PayrollValueKind.Date => 12,
                PayrollValueKind.Text when column.Name == "employee_name" => 28,
                PayrollValueKind.Text => 14,
                _ => Math.Max(10, column.Name.Length + 2),
            };
        }

        for (var r = 0; r < table.Rows.Length; r++)
        {
            var row = table.Rows[r];
            for (var c = 0; c < row.Cells.Length; c++) SetCell(sheet.Cell(r + 2, c + 1), row.Cells[c]);
            if (row.IsTotal) sheet.Row(r + 2).Style.Font.Bold = true;
        }

        var header = sheet.Row(1);
        header.Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, table.Rows.Length + 1, table.Columns.Length).SetAutoFilter();
    }

    private static void SetCell(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                // SetValue keeps a leading '=' as text: a name is never run as a formula.
                cell.SetValue(text);
                cell.DataType = XLDataType.Text;
                break;
            case LocalDate date:
                cell.SetValue(date.ToDateTimeUnspecified());
                cell.Style.DateFormat.Format = DateFormat;
                break;
            case decimal hours:
                cell.SetValue(hours);
                cell.Style.NumberFormat.Format = HoursFormat;
                break;
            case int count:
                cell.SetValue(count);
                break;
            default:
                throw new InvalidOperationException($"a payroll cell holds {value.GetType().Name}");
        }
    }

    private static void AddColumns(IXLWorksheet sheet, List<PayrollColumn> columns)
    {
        string[] header = ["column", "type", "description"];
        for (var c = 0; c < header.Length; c++) sheet.Cell(1, c + 1).SetValue(header[c]);
        for (var r = 0; r < columns.Count; r++)
        {
            sheet.Cell(r + 2, 1).SetValue(columns[r].Name);
            sheet.Cell(r + 2, 2).SetValue(columns[r].Kind.ToString().ToLowerInvariant());
            sheet.Cell(r + 2, 3).SetValue(columns[r].Description);
        }

        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Column(1).Width = 30;
        sheet.Column(2).Width = 8;
        sheet.Column(3).Width = 120;
        sheet.Column(3).Style.Alignment.WrapText = true;
    }
}
