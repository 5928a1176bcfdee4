using Scheduling.Domain;

namespace Scheduling.Benchmarks.Curtois.Tests;

public class RosterCsvTests
{
    private static readonly RosterProblem Problem = CurtoisImporter.Load(SharedInstances.PathOf("Instance2.txt"));

    [Fact]
    public void A_published_roster_survives_a_round_trip()
    {
        var text = File.ReadAllText(SharedInstances.PathOf(Path.Combine("published-rosters", "Instance2.solution.csv")));
        var roster = RosterCsv.Parse(text, Problem);

        var again = RosterCsv.Parse(RosterCsv.Format(roster, Problem), Problem);

        Assert.Equal(roster.Assignments.Order(AssignmentOrder.Instance), again.Assignments.Order(AssignmentOrder.Instance));
        Assert.StartsWith(RosterCsv.Header + "\n", RosterCsv.Format(roster, Problem), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("employee,day,shift\nA,0,X", 2, "unknown shift 'X'")]
    [InlineData("employee,day,shift\nZ,0,E", 2, "unknown employee 'Z'")]
    [InlineData("employee,day,shift\nA,14,E", 2, "day must be a whole number from 0 to 13")]
    [InlineData("A,0,E", 1, "expected the header")]
    public void A_bad_row_is_reported_with_its_line(string text, int line, string reason)
    {
        var error = Assert.Throws<CurtoisFormatException>(() => RosterCsv.Parse(text, Problem));

        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private sealed class AssignmentOrder : IComparer<Assignment>
    {
        public static readonly AssignmentOrder Instance = new();

        public int Compare(Assignment? x, Assignment? y) =>
            (x, y) switch
            {
                (null, null) => 0,
                (null, _) => -1,
                (_, null) => 1,
                _ => string.CompareOrdinal(x.Employee.Value, y.Employee.Value) is var e and not 0 ? e : x.Date.CompareTo(y.Date),
            };
    }
}
