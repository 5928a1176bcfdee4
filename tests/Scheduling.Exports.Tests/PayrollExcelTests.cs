using ClosedXML.Excel;
using Scheduling.Domain;
using static Scheduling.Exports.Tests.Payroll;

namespace Scheduling.Exports.Tests;

public class PayrollExcelTests
{
    private static readonly LocalDate Wednesday = Monday.PlusDays(2);

    private static RosterProblem January() => Problem(Monday, 7,
        [Person(Anna, name: "=1+1"), Person(Bo, 50m)], unavailability: [new Unavailability(Bo, Monday.PlusDays(4))]);

    private static readonly Roster JanuaryRoster = RosterOf(Works(Anna, Wednesday, Night), Works(Bo, Monday, Early));

    private static XLWorkbook Open(Action<Stream> write)
    {
        var stream = new MemoryStream();
        write(stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    }

    [Fact]
    public void A_period_sheet_has_typed_cells_a_frozen_header_and_bold_totals()
    {
        using var workbook = Open(s => PayrollExport.WriteExcel(January(), JanuaryRoster, s));

        Assert.Equal(["2026-01-12 to 2026-01-18", PayrollExcelWriter.ColumnsSheet], workbook.Worksheets.Select(w => w.Name).ToArray());
        var sheet = workbook.Worksheet(1);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        var header = sheet.Row(1).Cells(1, 18).Select(c => c.GetString()).ToList();
        Assert.Equal(["row", "employee_id", "employee_name", "date", "shifts", "worked_hours"], header.Take(6));
        int Column(string name) => header.IndexOf(name) + 1;

        // Row 2: Anna's night.
        var date = sheet.Cell(2, Column("date"));
        Assert.Equal(XLDataType.DateTime, date.DataType);
        Assert.Equal(new DateTime(2026, 1, 14), date.GetDateTime());
        Assert.Equal("yyyy-mm-dd", date.Style.DateFormat.Format);
        var worked = sheet.Cell(2, Column("worked_hours"));
        Assert.Equal(XLDataType.Number, worked.DataType);
        Assert.Equal(10.0, worked.GetDouble());
        Assert.Equal("0.00", worked.Style.NumberFormat.Format);
        Assert.Equal(0.75, sheet.Cell(2, Column("ob_weekday-evening_hours")).GetDouble());
        Assert.Equal(8.0, sheet.Cell(2, Column("ob_night_hours")).GetDouble());
        Assert.Equal(XLDataType.Number, sheet.Cell(2, Column("absence_days")).DataType);
        Assert.True(sheet.Cell(2, Column("target_hours")).IsEmpty());

        // A name starting with '=' stays text, never a formula.
        var name = sheet.Cell(2, Column("employee_name"));
        Assert.Equal(XLDataType.Text, name.DataType);
        Assert.False(name.HasFormula);
        Assert.Equal("=1+1", name.GetString());

        // Row 3: Anna's total, bold, with her target.
        Assert.Equal("total", sheet.Cell(3, 1).GetString());
        Assert.True(sheet.Row(3).Style.Font.Bold);
        Assert.False(sheet.Row(2).Style.Font.Bold);
        Assert.True(sheet.Cell(3, Column("date")).IsEmpty());
        Assert.Equal(10.0, sheet.Cell(3, Column("worked_hours")).GetDouble());
        Assert.Equal(40.0, sheet.Cell(3, Column("target_hours")).GetDouble());

        // Bo: Monday, Friday away, total.
        Assert.Equal("unavailable", sheet.Cell(5, Column("absence")).GetString());
        Assert.Equal(1, sheet.Cell(6, Column("absence_days")).GetValue<int>());
        Assert.Equal(6, sheet.LastRowUsed().RowNumber());
    }

    [Fact]
    public void The_columns_sheet_describes_every_column_of_the_period_sheet()
    {
        using var workbook = Open(s => PayrollExport.WriteExcel(January(), JanuaryRoster, s));

        var period = workbook.Worksheet(1);
        var columns = workbook.Worksheet(PayrollExcelWriter.ColumnsSheet);
        var names = period.Row(1).CellsUsed().Select(c => c.GetString()).ToList();
        Assert.Equal(["column", "type", "description"], columns.Row(1).CellsUsed().Select(c => c.GetString()));
        Assert.Equal(names, columns.Column(1).CellsUsed().Skip(1).Select(c => c.GetString()));
        Assert.All(columns.Column(3).CellsUsed().Skip(1), c => Assert.False(string.IsNullOrWhiteSpace(c.GetString())));
        var night = columns.Column(1).CellsUsed().Single(c => c.GetString() == "ob_night_hours");
        Assert.Equal("hours", night.CellRight().GetString());
        Assert.Contains("58.40 kr/h", night.CellRight(2).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_looks_like_a_number_or_a_date_stays_text()
    {
        string[] texts = ["007", "2026-01-01", "1e5"];
        var ids = texts.Select(id => new EmployeeId(id)).ToList();
        var problem = Problem(Monday, 7, [.. ids.Select(id => Person(id, name: id.Value))]);
        using var workbook = Open(s => PayrollExport.WriteExcel(problem, RosterOf([.. ids.Select(id => Works(id, Monday, Early))]), s));

        var sheet = workbook.Worksheet(1);
        for (var i = 0; i < ids.Count; i++)
        {
            // Each employee has a day row and a total row; employee_id and employee_name are columns 2 and 3.
            var row = sheet.Row(2 + (2 * i));
            Assert.All(row.Cells(2, 3), cell =>
            {
                Assert.Equal(XLDataType.Text, cell.DataType);
                Assert.Equal(ids[i].Value, cell.GetString());
            });
        }
    }

    [Fact]
    public void Several_periods_give_a_sheet_each()
    {
        var february = Problem(new LocalDate(2026, 2, 2), 28);
        using var workbook = Open(s => PayrollExport.WriteExcel([(January(), JanuaryRoster), (february, RosterOf(Works(Anna, new LocalDate(2026, 2, 3), Day)))], s));

        Assert.Equal(["2026-01-12 to 2026-01-18", "2026-02-02 to 2026-03-01", PayrollExcelWriter.ColumnsSheet], workbook.Worksheets.Select(w => w.Name).ToArray());
        Assert.Equal(8.0, workbook.Worksheet(2).Cell(2, 6).GetDouble());
    }

    [Fact]
    public async Task A_stream_that_cannot_seek_gets_a_whole_workbook()
    {
        using var target = new ForwardOnlyStream();
        await PayrollExport.WriteExcelAsync(January(), JanuaryRoster, target);
        using var workbook = Open(s => target.Written.WriteTo(s));
        Assert.Equal(2, workbook.Worksheets.Count);
    }
}
