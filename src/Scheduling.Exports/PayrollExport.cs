using System.Globalization;
using Scheduling.Domain;
using Scheduling.Domain.Payroll;

namespace Scheduling.Exports;

/// <summary>
/// The payroll export of a roster, for the CLI and the service to call: CSV (<see cref="PayrollCsvWriter"/>) or an
/// Excel workbook (<see cref="PayrollExcelWriter"/>) of the figures <see cref="PayrollPeriod.Compute"/> gives.
/// The columns are documented in PAYROLL.md. The stream is left open. The async forms build the file in memory
/// and copy it, for a response body that allows no synchronous writes.
/// </summary>
public static class PayrollExport
{
    public const string CsvContentType = "text/csv; charset=utf-8";
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A file name for the export of <paramref name="period"/>: "payroll-2027-03-01-2027-03-28.csv".</summary>
    public static string FileName(SchedulePeriod period, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"payroll-{period.Start:uuuu-MM-dd}-{period.End.PlusDays(-1):uuuu-MM-dd}.{extension.TrimStart('.')}");

    public static void WriteCsv(RosterProblem problem, Roster roster, Stream stream) =>
        PayrollCsvWriter.Write(PayrollPeriod.Compute(problem, roster), stream);

    public static void WriteExcel(RosterProblem problem, Roster roster, Stream stream) =>
        PayrollExcelWriter.Write([PayrollPeriod.Compute(problem, roster)], stream);

    /// <summary>One workbook with a sheet per period.</summary>
    public static void WriteExcel(IEnumerable<(RosterProblem Problem, Roster Roster)> periods, Stream stream) =>
        PayrollExcelWriter.Write([.. periods.Select(p => PayrollPeriod.Compute(p.Problem, p.Roster))], stream);

    public static Task WriteCsvAsync(RosterProblem problem, Roster roster, Stream stream, CancellationToken cancellationToken = default) =>
        Buffered(buffer => WriteCsv(problem, roster, buffer), stream, cancellationToken);

    public static Task WriteExcelAsync(RosterProblem problem, Roster roster, Stream stream, CancellationToken cancellationToken = default) =>
        Buffered(buffer => WriteExcel(problem, roster, buffer), stream, cancellationToken);

    private static async Task Buffered(Action<Stream> write, Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        write(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
    }
}
