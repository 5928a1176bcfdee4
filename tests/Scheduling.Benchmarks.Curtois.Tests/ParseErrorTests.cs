namespace Scheduling.Benchmarks.Curtois.Tests;

public class ParseErrorTests
{
    private const string Valid = """
        SECTION_HORIZON
        14
        SECTION_SHIFTS
        E,480,
        L,480,E
        SECTION_STAFF
        A,E=14|L=14,4320,3360,5,2,2,1
        SECTION_DAYS_OFF
        A,3
        SECTION_SHIFT_ON_REQUESTS
        A,5,L,1
        SECTION_SHIFT_OFF_REQUESTS
        A,6,E,2
        SECTION_COVER
        0,E,1,100,1
        """;

    private static CurtoisFormatException ErrorOf(string text) =>
        Assert.Throws<CurtoisFormatException>(() => CurtoisImporter.Parse(text, "bad", "bad.txt"));

    private static string Replace(string line, string with) =>
        Valid.Contains(line, StringComparison.Ordinal) ? Valid.Replace(line, with, StringComparison.Ordinal) : throw new ArgumentException(line);

    [Fact]
    public void The_valid_text_imports() => Assert.Single(CurtoisImporter.Parse(Valid, "ok").Employees);

    [Theory]
    [InlineData("L,480,E", "L,480,X", 5, "unknown shift 'X'")]
    [InlineData("L,480,E", "L,4x0,E", 5, "length of shift 'L' must be a whole number")]
    [InlineData("A,E=14|L=14,4320,3360,5,2,2,1", "A,E=14|L=14,4320,3360,5,2,2", 7, "expected 8 fields")]
    [InlineData("A,E=14|L=14,4320,3360,5,2,2,1", "A,E=14|N=14,4320,3360,5,2,2,1", 7, "unknown shift 'N'")]
    [InlineData("A,E=14|L=14,4320,3360,5,2,2,1", "A,E=14|L=14,3000,3360,5,2,2,1", 7, "MinTotalMinutes 3360 exceeds MaxTotalMinutes 3000")]
    [InlineData("A,3", "A,14", 9, "day index must be between 0 and 13")]
    [InlineData("A,5,L,1", "B,5,L,1", 11, "unknown employee 'B'")]
    [InlineData("A,6,E,2", "A,6,E,-2", 13, "weight must be a whole number")]
    [InlineData("0,E,1,100,1", "0,E,1,100", 15, "expected 5 fields")]
    [InlineData("SECTION_COVER", "SECTION_COVERS", 14, "unknown section 'SECTION_COVERS'")]
    [InlineData("14", "fourteen", 2, "horizon length must be a whole number")]
    public void A_bad_line_is_reported_with_its_number(string line, string with, int lineNumber, string reason)
    {
        var error = ErrorOf(Replace(line, with));

        Assert.Equal(lineNumber, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"bad.txt, line {lineNumber}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cover_given_twice_names_both_lines()
    {
        var error = ErrorOf(Valid + "\n0,E,2,100,1");

        Assert.Equal(16, error.Line);
        Assert.Contains("first on line 15", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_before_the_first_section_is_an_error() =>
        Assert.Equal(1, ErrorOf("14\n" + Valid).Line);

    [Fact]
    public void A_missing_section_is_named() =>
        Assert.Contains("SECTION_STAFF is missing", ErrorOf("SECTION_HORIZON\n14\nSECTION_SHIFTS\nE,480,\n").Message, StringComparison.Ordinal);

    [Fact]
    public void Windows_line_ends_and_comments_are_accepted() =>
        Assert.Equal(14, CurtoisImporter.Parse("# comment\r\n" + Valid.Replace("\n", "\r\n", StringComparison.Ordinal), "crlf").Period.Days);
}
