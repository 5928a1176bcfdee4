using System.Globalization;
using System.Text;
using NodaTime.Text;
using Scheduling.Domain.Payroll;

namespace Scheduling.Exports;

/// <summary>
/// Writes a payroll period as CSV by RFC 4180: UTF-8 without a byte order mark, comma-separated, CRLF line ends,
/// a header row, fields with a comma, a quote or a line break in double quotes (a quote doubled). Numbers and
/// dates are culture-invariant: hours with a dot and two decimals, dates ISO 8601. A text field that a spreadsheet
/// would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) is
/// written with a leading <c>'</c>, as OWASP advises against CSV injection.
/// </summary>
public static class PayrollCsvWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="period"/> to <paramref name="stream"/>, which is left open.</summary>
    public static void Write(PayrollPeriod period, Stream stream)
    {
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 16 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        Write(period, writer);
    }

    public static void Write(PayrollPeriod period, TextWriter writer)
    {
        var table = PayrollTable.For(period);
        writer.Write(string.Join(',', table.Columns.Select(c => Field(c.Name))));
        writer.Write("\r\n");
        foreach (var row in table.Rows)
        {
            writer.Write(string.Join(',', row.Cells.Select(Format)));
            writer.Write("\r\n");
        }

        writer.Flush();
    }

    private static string Format(object? cell) => cell switch
    {
        null => "",
        string text => Field(Neutralised(text)),
        LocalDate date => LocalDatePattern.Iso.Format(date),
        decimal hours => hours.ToString("0.00", CultureInfo.InvariantCulture),
        int count => count.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"a payroll cell holds {cell.GetType().Name}"),
    };

    private static string Neutralised(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
