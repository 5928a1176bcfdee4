using Scheduling.Domain.Payroll;

namespace Scheduling.Exports.Tests;

public class PayrollDocumentationTests
{
    [Fact]
    public void PAYROLL_md_documents_every_column()
    {
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PAYROLL.md"));
        var period = PayrollPeriod.Compute(Payroll.Problem(Payroll.Monday, 7), Payroll.RosterOf());
        var ob = period.UnsocialHours.Windows.Select(w => PayrollTable.UnsocialHoursColumn(w.Code)).ToHashSet();
        foreach (var column in PayrollTable.ColumnsOf(period).Where(c => !ob.Contains(c.Name)))
            Assert.Contains($"| `{column.Name}` |", doc, StringComparison.Ordinal);
        Assert.Contains("`ob_<window>_hours`", doc, StringComparison.Ordinal);
    }
}
