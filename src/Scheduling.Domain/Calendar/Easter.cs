namespace Scheduling.Domain.Calendar;

/// <summary>Påskdagen: Easter Sunday of the Gregorian calendar, by the computus.</summary>
public static class Easter
{
    /// <summary>
    /// Easter Sunday of <paramref name="year"/> by the anonymous Gregorian algorithm (Meeus, Jones, Butcher):
    /// the first Sunday after the ecclesiastical full moon on or after 21 March.
    /// </summary>
    public static LocalDate Sunday(int year)
    {
        if (year is < 1583 or > 9999) throw new DomainException($"Easter is computed for Gregorian years 1583–9999, not {year}");
        var a = year % 19;                  // place in the 19-year Metonic cycle
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;               // the Moon's orbit correction
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;  // epact: days from 21 March to the full moon
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;  // days from the full moon to the Sunday after
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }
}
