using Scheduling.Domain;

namespace Scheduling.Benchmarks.Curtois.Tests;

/// <summary>One public instance writes a zero as <c>-0</c>; the importer reads it as 0 and still refuses any other sign.</summary>
public class SignedZeroTests
{
    private const string WithSignedZeros = """
        SECTION_HORIZON
        14
        SECTION_SHIFTS
        E,480,
        L,480,E
        SECTION_STAFF
        A,E=14|L=-0,4320,3360,5,2,-0,1
        SECTION_DAYS_OFF
        A,-0
        SECTION_SHIFT_ON_REQUESTS
        A,5,L,-0
        SECTION_SHIFT_OFF_REQUESTS
        A,6,E,2
        SECTION_COVER
        -0,E,1,100,-00
        """;

    [Fact]
    public void A_signed_zero_reads_as_zero_wherever_a_number_stands()
    {
        var problem = CurtoisImporter.Parse(WithSignedZeros, "signed-zero");

        var employee = Assert.Single(problem.Employees);
        Assert.Equal(0, employee.Limits.MaxShiftsPerTemplate[new ShiftCode("L")]);
        Assert.Equal(0, employee.Limits.MinConsecutiveDaysOff);
        Assert.Equal(CurtoisCalendar.DateOf(0), Assert.Single(problem.Unavailability).Date);
        Assert.Equal(0, problem.Wishes.Single(w => w.Kind == WishKind.ShiftOn).Weight);
        var cover = Assert.Single(problem.ShiftDemands);
        Assert.Equal(CurtoisCalendar.DateOf(0), cover.Date);
        Assert.Equal(0, cover.OverWeight);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("-")]
    [InlineData("+0")]
    [InlineData("-0x")]
    public void Any_other_sign_is_still_an_error(string weight)
    {
        var text = WithSignedZeros.Replace("A,6,E,2", "A,6,E," + weight, StringComparison.Ordinal);

        var error = Assert.Throws<CurtoisFormatException>(() => CurtoisImporter.Parse(text, "bad", "bad.txt"));

        Assert.Equal(13, error.Line);
        Assert.Contains("weight must be a whole number", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_shared_instance_file_imports()
    {
        var files = Directory.EnumerateFiles(SharedInstances.Folder, "Instance*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);

        var imported = files.Select(CurtoisImporter.Load).ToList();

        Assert.All(imported, p => Assert.NotEmpty(p.Employees));
        Assert.Equal(files.Select(Path.GetFileNameWithoutExtension), imported.Select(p => p.Name));
    }
}
