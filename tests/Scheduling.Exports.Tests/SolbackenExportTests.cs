using System.Globalization;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Files;
using Scheduling.Domain.Payroll;

namespace Scheduling.Exports.Tests;

/// <summary>
/// The bundled example end to end: Solbacken's 37 staff over March 2027 (its last night crosses the spring clock
/// change) on a simple roster built here, exported, and the export added up again.
/// </summary>
public class SolbackenExportTests
{
    // Days off in two four-week patterns from a Monday: a day off at least every fifth day keeps 36 h of rest in
    // every seven days, and each pattern leaves two of the four weekends free.
    private static readonly int[][] DaysOff = [[5, 6, 10, 15, 19, 20, 24], [3, 8, 12, 13, 17, 22, 26, 27]];

    private static readonly RosterProblem Problem =
        ProblemFileReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "care-home-solbacken.json")));

    private static readonly Roster Roster = SimpleRoster(Problem);

    /// <summary>
    /// Each employee works the first shift they may work on the last days of their pattern that reach their target
    /// (the nights so cross the spring clock change), never on a day they are unavailable: a roster that keeps
    /// the contracts, rest and limits, if not the need.
    /// </summary>
    private static Roster SimpleRoster(RosterProblem problem)
    {
        var assignments = new List<Assignment>();
        for (var i = 0; i < problem.Employees.Length; i++)
        {
            var employee = problem.Employees[i];
            var template = problem.Templates.First(t => employee.Limits.MaxShiftsPerTemplate.GetValueOrDefault(t.Code, int.MaxValue) > 0);
            var target = employee.Contract.TargetFor(problem.Period.Days)!.Value;
            var shifts = (int)Math.Round(target / (template.Length - template.UnpaidBreak), MidpointRounding.AwayFromZero);
            var workdays = problem.Period.Dates
                .Where(d => !DaysOff[i % 2].Contains(problem.Period.IndexOf(d)) && !problem.Unavailability.Contains(new Unavailability(employee.Id, d)))
                .TakeLast(shifts);
            assignments.AddRange(workdays.Select(d => new Assignment(employee.Id, d, template.Code)));
        }

        return new Roster([.. assignments]);
    }

    [Fact]
    public void The_simple_roster_breaks_no_hard_rule()
    {
        var hard = RuleChecker.Evaluate(Problem, Roster).HardViolations.ToList();
        Assert.True(hard.Count == 0, string.Join("\n", hard.Take(10).Select(v => $"{v.RuleId} {v.Employee} {v.Message}")));
    }

    [Fact]
    public void Hours_are_the_roster_shift_lengths_and_totals_the_sums_of_the_days()
    {
        var payroll = PayrollPeriod.Compute(Problem, Roster);
        var zone = Problem.Period.Zone;

        Assert.Equal(Problem.Employees.Select(e => e.Id), payroll.Employees.Select(e => e.Employee));
        foreach (var employee in payroll.Employees)
        {
            var own = Roster.Assignments.Where(a => a.Employee == employee.Employee).ToList();
            Assert.Equal(own.Select(a => a.Date), employee.Days.Where(d => d.Shifts.Length > 0).Select(d => d.Date));
            foreach (var day in employee.Days.Where(d => d.Shifts.Length > 0))
            {
                var template = Problem.TemplateByCode[Assert.Single(day.Shifts)];
                Assert.Equal(template.WorkingTimeOn(day.Date, zone), day.Worked);
                Assert.True(Sum(day.UnsocialHours) <= day.Worked);
            }

            Assert.Equal(Sum(own.Select(a => Problem.TemplateByCode[a.Shift].WorkingTimeOn(a.Date, zone))), employee.Worked);
            for (var w = 0; w < payroll.UnsocialHours.Windows.Length; w++)
                Assert.Equal(Sum(employee.Days.Select(d => d.UnsocialHours[w])), employee.UnsocialHours[w]);
            Assert.Equal(employee.Days.Count(d => d.Absence is not null), employee.AbsenceDays);
        }

        // The night of Saturday 27 March 2027 loses the hour the clock skips.
        var springNight = payroll.Employees.SelectMany(e => e.Days).First(d => d.Date == new LocalDate(2027, 3, 27) && d.Shifts.Contains(new ShiftCode("N")));
        Assert.Equal(Duration.FromHours(9), springNight.Worked);

        // The five unavailable days are absences.
        Assert.Equal(Problem.Unavailability.Length, payroll.Employees.Sum(e => e.AbsenceDays));
    }

    [Fact]
    public void The_CSV_totals_equal_the_sums_of_its_day_rows()
    {
        using var stream = new MemoryStream();
        PayrollExport.WriteCsv(Problem, Roster, stream);
        var records = Csv.Parse(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        var header = records[0];
        var summed = header.Select((name, index) => (name, index))
            .Where(c => c.name is "worked_hours" or "absence_days" || c.name.StartsWith("ob_", StringComparison.Ordinal)).ToList();

        var rows = records.Skip(1).ToList();
        Assert.Equal(Problem.Employees.Length, rows.Count(r => r[0] == "total"));
        foreach (var employee in rows.GroupBy(r => r[1]))
        {
            var days = employee.Where(r => r[0] == "day").ToList();
            var total = Assert.Single(employee, r => r[0] == "total");
            foreach (var (name, index) in summed)
                Assert.True(days.Sum(r => Number(r[index])) == Number(total[index]), $"{employee.Key} {name}: rows {days.Sum(r => Number(r[index]))}, total {total[index]}");
        }

        var worked = rows.Where(r => r[0] == "total").Sum(r => Number(r[header.IndexOf("worked_hours")]));
        var expected = Roster.Assignments.Sum(a => (decimal)Problem.TemplateByCode[a.Shift].WorkingTimeOn(a.Date, Problem.Period.Zone).TotalMinutes) / 60m;
        Assert.Equal(expected, worked);
    }

    [Fact]
    public void The_workbook_opens_with_a_sheet_for_March_2027()
    {
        using var stream = new MemoryStream();
        PayrollExport.WriteExcel(Problem, Roster, stream);
        stream.Position = 0;
        using var workbook = new ClosedXML.Excel.XLWorkbook(stream);
        var sheet = workbook.Worksheet("2027-03-01 to 2027-03-28");
        var rows = PayrollTable.For(PayrollPeriod.Compute(Problem, Roster)).Rows.Length;
        Assert.Equal(rows + 1, sheet.LastRowUsed().RowNumber());
    }

    private static Duration Sum(IEnumerable<Duration> durations) => durations.Aggregate(Duration.Zero, (a, b) => a + b);

    private static decimal Number(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
}
