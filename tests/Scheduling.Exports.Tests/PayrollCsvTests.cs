using System.Globalization;
using System.Text;
using Scheduling.Domain;
using Scheduling.Domain.Payroll;
using static Scheduling.Exports.Tests.Payroll;

namespace Scheduling.Exports.Tests;

public class PayrollCsvTests
{
    private static readonly EmployeeId Cleo = new("cleo");
    private static readonly LocalDate Wednesday = Monday.PlusDays(2);

    private static RosterProblem Problem() => Payroll.Problem(Monday, 7,
        [Person(Anna, name: "Lind, \"Kalle\" Anna"), Person(Bo, 50m), Person(Cleo, name: "=HYPERLINK(\"http://x\",\"pay\")")],
        unavailability: [new Unavailability(Bo, Monday.PlusDays(4))]);

    private static readonly Roster Roster = RosterOf(
        Works(Anna, Wednesday, Night),
        Works(Anna, Monday.PlusDays(3), Early),
        Works(Bo, Monday, Early),
        Works(Bo, Monday.PlusDays(1), Early),
        Works(Bo, Monday.PlusDays(2), Early));

    private static string Write(RosterProblem problem, Roster roster)
    {
        using var stream = new MemoryStream();
        PayrollExport.WriteCsv(problem, roster, stream);
        var bytes = stream.ToArray();
        Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
        return Encoding.UTF8.GetString(bytes);
    }

    [Fact]
    public void Round_trip_gives_back_the_header_rows_and_names_with_commas_and_quotes()
    {
        var records = Csv.Parse(Write(Problem(), Roster));

        var header = records[0];
        Assert.Equal(
            ["row", "employee_id", "employee_name", "date", "shifts", "worked_hours",
             "ob_weekday-evening_hours", "ob_night_hours", "ob_weekend_hours", "ob_night-before-weekend_hours", "ob_storhelg_hours", "ob_storhelg-night_hours",
             "mertid_hours", "overtime_hours", "absence", "absence_days", "target_hours", "full_time_hours"],
            header);
        var rows = records.Skip(1).Select(r => header.Zip(r).ToDictionary(x => x.First, x => x.Second)).ToList();
        Assert.All(records, r => Assert.Equal(header.Length, r.Length));

        // Anna: two days and a total; Bo: three days, an absence and a total; Cleo: a total only.
        Assert.Equal(["anna", "anna", "anna", "bo", "bo", "bo", "bo", "bo", "cleo"], rows.Select(r => r["employee_id"]).ToArray());
        Assert.Equal("Lind, \"Kalle\" Anna", rows[0]["employee_name"]);

        var night = rows[0];
        Assert.Equal(("day", "2026-01-14", "N"), (night["row"], night["date"], night["shifts"]));
        Assert.Equal(("10.00", "0.75", "8.00", "0.00"), (night["worked_hours"], night["ob_weekday-evening_hours"], night["ob_night_hours"], night["ob_weekend_hours"]));
        Assert.Equal(("0.00", "0.00", "", "0", "", ""), (night["mertid_hours"], night["overtime_hours"], night["absence"], night["absence_days"], night["target_hours"], night["full_time_hours"]));

        var annaTotal = rows[2];
        Assert.Equal(("total", "", "", "18.00"), (annaTotal["row"], annaTotal["date"], annaTotal["shifts"], annaTotal["worked_hours"]));
        Assert.Equal(("40.00", "40.00", "0.00"), (annaTotal["target_hours"], annaTotal["full_time_hours"], annaTotal["mertid_hours"]));

        var absent = rows[6];
        Assert.Equal(("2026-01-16", "", "0.00", "unavailable", "1"), (absent["date"], absent["shifts"], absent["worked_hours"], absent["absence"], absent["absence_days"]));
        var boTotal = rows[7];
        // 50 % of 40 h in a week: a target of 20 h; 24 h worked, 4 h of mertid.
        Assert.Equal(("24.00", "4.00", "1", "20.00"), (boTotal["worked_hours"], boTotal["mertid_hours"], boTotal["absence_days"], boTotal["target_hours"]));
    }

    [Fact]
    public void A_night_across_the_autumn_clock_change_shows_eleven_hours_and_an_hour_of_overtime()
    {
        var saturday = new LocalDate(2026, 10, 24);
        var records = Csv.Parse(Write(Payroll.Problem(new LocalDate(2026, 10, 19), 7), RosterOf(Works(Anna, saturday, Night))));
        var header = records[0];
        string Field(string[] record, string column) => record[Array.IndexOf(header, column)];

        var (day, total) = (records[1], records[2]);
        Assert.Equal(("2026-10-24", "11.00", "2.00", "8.00", "1.00"),
            (Field(day, "date"), Field(day, "worked_hours"), Field(day, "ob_weekend_hours"), Field(day, "ob_night-before-weekend_hours"), Field(day, "overtime_hours")));
        Assert.Equal(("total", "11.00", "1.00"), (Field(total, "row"), Field(total, "worked_hours"), Field(total, "overtime_hours")));
    }

    [Fact]
    public void Quoting_follows_RFC_4180_with_CRLF_line_ends()
    {
        var text = Write(Problem(), Roster);

        Assert.Contains(",\"Lind, \"\"Kalle\"\" Anna\",", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_starting_with_an_equals_sign_is_not_left_to_run_as_a_formula()
    {
        var cleo = Csv.Parse(Write(Problem(), Roster)).Single(r => r[1] == "cleo");
        Assert.Equal("'=HYPERLINK(\"http://x\",\"pay\")", cleo[2]);
    }

    [Fact]
    public void Numbers_are_culture_invariant_under_a_Swedish_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("sv-SE");
            var anna = Csv.Parse(Write(Problem(), Roster))[1];
            Assert.Equal(("2026-01-14", "10.00", "0.75"), (anna[3], anna[5], anna[6]));
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Hours_round_to_two_decimals_half_away_from_zero_from_exact_minutes()
    {
        Assert.Equal(0.75m, PayrollTable.Hours(Duration.FromMinutes(45)));
        Assert.Equal(0.17m, PayrollTable.Hours(Duration.FromMinutes(10)));
        Assert.Equal(0.33m, PayrollTable.Hours(Duration.FromMinutes(20)));
        Assert.Equal(8.5m, PayrollTable.Hours(Duration.FromMinutes(510)));
    }

    [Fact]
    public async Task The_async_form_writes_the_same_bytes_to_a_stream_that_cannot_seek()
    {
        var expected = Write(Problem(), Roster);
        using var target = new ForwardOnlyStream();
        await PayrollExport.WriteCsvAsync(Problem(), Roster, target);
        Assert.Equal(expected, Encoding.UTF8.GetString(target.Written.ToArray()));
    }
}
