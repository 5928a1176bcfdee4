using Scheduling.Domain.Files;

namespace Scheduling.Domain.Tests;

/// <summary>The problem file's <c>history</c>: shifts before the period, read and checked with field paths.</summary>
public class HistoryFileTests
{
    private static string File(string history) => $$"""
        {
          "period": { "startDate": "2027-03-01", "days": 7 },
          "shiftTemplates": [ { "code": "D", "startTime": "07:00", "durationMinutes": 480 }, { "code": "N", "startTime": "21:00", "durationMinutes": 600, "kind": "NIGHT" } ],
          "employees": [ { "id": "A", "employmentRate": 50 }, { "id": "B", "employmentRate": 75 } ],
          "rulePack": { "id": "p", "rules": [ { "id": "daily-rest" } ] },
          "history": {{history}}
        }
        """;

    private static string[] Fields(string history) =>
        [.. Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(File(history))).Errors.Select(e => e.Field)];

    [Fact]
    public void History_is_read_and_covers_from_its_earliest_date()
    {
        var problem = ProblemFileReader.Read(File("""[ { "employee": "A", "date": "2027-02-28", "shift": "N" }, { "employee": "B", "date": "2027-02-25", "shift": "D" } ]"""));

        Assert.Equal(4, problem.History.Days);
        Assert.Equal([new Assignment(new EmployeeId("A"), new LocalDate(2027, 2, 28), new ShiftCode("N")), new Assignment(new EmployeeId("B"), new LocalDate(2027, 2, 25), new ShiftCode("D"))],
            problem.History.Assignments.ToArray());
    }

    [Fact]
    public void A_problem_without_history_has_an_empty_one()
    {
        var problem = ProblemFileReader.Read(File("[]"));
        Assert.True(problem.History.IsEmpty);
        Assert.Equal(0, problem.History.Days);
    }

    [Fact]
    public void Unknown_employee_and_shift_name_their_entry()
    {
        Assert.Equal(["history[0].employee", "history[1].shift"],
            Fields("""[ { "employee": "Z", "date": "2027-02-28", "shift": "N" }, { "employee": "A", "date": "2027-02-27", "shift": "X" } ]"""));
    }

    [Fact]
    public void A_date_in_the_period_or_missing_fields_are_refused()
    {
        Assert.Equal(["history[0].shift", "history[1].date"],
            Fields("""[ { "employee": "A", "date": "2027-02-27" }, { "employee": "B", "date": "28 feb", "shift": "D" } ]"""));
        Assert.Equal(["history[1].date"],
            Fields("""[ { "employee": "B", "date": "2027-02-28", "shift": "D" }, { "employee": "A", "date": "2027-03-01", "shift": "N" } ]"""));
    }

    [Fact]
    public void The_same_employee_and_date_twice_names_the_second()
    {
        var ex = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(File(
            """[ { "employee": "A", "date": "2027-02-28", "shift": "N" }, { "employee": "B", "date": "2027-02-28", "shift": "N" }, { "employee": "A", "date": "2027-02-28", "shift": "D" } ]""")));

        var error = Assert.Single(ex.Errors);
        Assert.Equal("history[2]", error.Field);
        Assert.Contains("history[0]", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void History_reaching_back_further_than_the_cap_is_refused()
    {
        // 2027-03-01 less 125 days: one day past the 124 that are read.
        var tooEarly = new LocalDate(2027, 3, 1).PlusDays(-(History.MaxDays + 1));
        Assert.Equal(["history", "history[1].date"],
            Fields($$"""[ { "employee": "A", "date": "2027-02-28", "shift": "N" }, { "employee": "A", "date": "{{tooEarly:uuuu-MM-dd}}", "shift": "D" } ]"""));

        var earliest = new LocalDate(2027, 3, 1).PlusDays(-History.MaxDays);
        Assert.Equal(History.MaxDays, ProblemFileReader.Read(File($$"""[ { "employee": "A", "date": "{{earliest:uuuu-MM-dd}}", "shift": "D" } ]""")).History.Days);
    }

    [Fact]
    public void Too_many_entries_are_refused_before_they_are_read()
    {
        var entries = string.Join(",", Enumerable.Repeat("""{ "employee": "A", "date": "2027-02-28", "shift": "N" }""", History.MaxEntries + 1));
        var ex = Assert.Throws<ProblemValidationException>(() => ProblemFileReader.Read(File($"[{entries}]")));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("history", error.Field);
        Assert.Contains($"at most {History.MaxEntries}", error.Reason, StringComparison.Ordinal);
    }
}
