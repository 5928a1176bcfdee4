using System.Globalization;
using NodaTime;
using Scheduling.Domain;
using Scheduling.Domain.Rules;

namespace Scheduling.Benchmarks.Curtois;

/// <summary>
/// The parser behind <see cref="CurtoisImporter"/>. Every reference (employee, shift, day) is checked here,
/// with its line, before the domain sees it, so a bad file fails with a line number rather than a
/// domain validation error.
/// </summary>
internal sealed class CurtoisParser(string source)
{
    private const string Horizon = "SECTION_HORIZON";
    private const string Shifts = "SECTION_SHIFTS";
    private const string Staff = "SECTION_STAFF";
    private const string DaysOff = "SECTION_DAYS_OFF";
    private const string ShiftOnRequests = "SECTION_SHIFT_ON_REQUESTS";
    private const string ShiftOffRequests = "SECTION_SHIFT_OFF_REQUESTS";
    private const string Cover = "SECTION_COVER";

    private static readonly string[] KnownSections = [Horizon, Shifts, Staff, DaysOff, ShiftOnRequests, ShiftOffRequests, Cover];
    private static readonly string[] StaffColumns =
        ["ID", "MaxShifts", "MaxTotalMinutes", "MinTotalMinutes", "MaxConsecutiveShifts", "MinConsecutiveShifts", "MinConsecutiveDaysOff", "MaxWeekends"];

    /// <summary>One data line: its 1-based number and its comma-separated fields, trimmed.</summary>
    private sealed record Row(int Line, string[] Fields);

    private readonly Dictionary<string, (int Line, List<Row> Rows)> sections = [];
    private readonly Dictionary<ShiftCode, ShiftTemplate> templates = [];
    private readonly Dictionary<string, ShiftCode> shiftsByText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EmployeeId> employeesByText = new(StringComparer.Ordinal);
    private int days;

    public RosterProblem Parse(string text, string name)
    {
        Split(text);
        foreach (var required in new[] { Horizon, Shifts, Staff })
            if (!sections.ContainsKey(required)) throw Error(0, $"{required} is missing");

        days = ReadHorizon();
        var (shiftList, cannotFollow) = ReadShifts();
        var staff = ReadStaff();
        var unavailability = ReadDaysOff();
        // The format charges each request row; the same request twice is one wish of the summed weight (a problem takes each wish once).
        var wishes = ReadRequests(ShiftOnRequests, WishKind.ShiftOn).Concat(ReadRequests(ShiftOffRequests, WishKind.ShiftOff))
            .GroupBy(w => (w.Employee, w.Date, w.Kind, w.Shift))
            .Select(g => g.Count() == 1 ? g.First() : new Wish(g.Key.Employee, g.Key.Date, g.Key.Kind, g.Key.Shift, g.Sum(w => w.Weight)))
            .ToImmutableArray();
        var demands = ReadCover();
        try
        {
            return new RosterProblem(name, CurtoisCalendar.PeriodOf(days), shiftList, staff, CurtoisImporter.Rules(cannotFollow),
                shiftDemands: demands, wishes: wishes, unavailability: unavailability);
        }
        catch (ProblemValidationException e)
        {
            // Everything the domain checks was checked above with its line; reaching here is a parser bug.
            throw Error(0, $"the instance does not make a valid problem: {e.Message}");
        }
    }

    private void Split(string text)
    {
        List<Row>? current = null;
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith("SECTION_", StringComparison.Ordinal))
            {
                if (!KnownSections.Contains(line)) throw Error(i + 1, $"unknown section '{line}'; expected one of {string.Join(", ", KnownSections)}");
                if (sections.TryGetValue(line, out var earlier)) throw Error(i + 1, $"{line} appears a second time (first on line {earlier.Line})");
                current = [];
                sections[line] = (i + 1, current);
                continue;
            }

            if (current is null) throw Error(i + 1, "data before the first SECTION_ header");
            current.Add(new Row(i + 1, [.. line.Split(',').Select(f => f.Trim())]));
        }
    }

    private List<Row> RowsOf(string section) => sections.TryGetValue(section, out var s) ? s.Rows : [];

    private int ReadHorizon()
    {
        var (line, rows) = sections[Horizon];
        if (rows.Count != 1) throw Error(rows.Count == 0 ? line : rows[1].Line, $"{Horizon} must hold exactly one number, the days of the horizon");
        Expect(rows[0], 1, "the horizon length in days");
        return Int(rows[0], 0, "the horizon length", 1, SchedulePeriod.MaxDays);
    }

    private (ImmutableArray<ShiftTemplate> Templates, ImmutableArray<ShiftSuccession> CannotFollow) ReadShifts()
    {
        var pending = new List<(Row Row, ShiftCode From, string[] Followers)>();
        foreach (var row in RowsOf(Shifts))
        {
            if (row.Fields.Length is not (2 or 3)) throw Error(row.Line, $"a shift has 3 fields (ShiftID, Length in mins, Shifts which cannot follow), found {row.Fields.Length}");
            var code = Code(row, 0);
            if (templates.ContainsKey(code)) throw Error(row.Line, $"shift '{code}' is defined twice");
            var minutes = Int(row, 1, $"the length of shift '{code}'", 1, 24 * 60);
            shiftsByText[code.Value] = code;
            templates[code] = new ShiftTemplate(code, LocalTime.Midnight, Duration.FromMinutes(minutes), ShiftKind.Day);
            var followers = row.Fields.Length == 3 ? row.Fields[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            pending.Add((row, code, followers));
        }

        if (templates.Count == 0) throw Error(sections[Shifts].Line, $"{Shifts} defines no shift");
        // A shift may name followers defined further down, so they are resolved once all are known.
        var successions = new List<ShiftSuccession>();
        foreach (var (row, from, followers) in pending)
            foreach (var follower in followers)
            {
                var to = KnownShift(row, follower);
                if (!successions.Contains(new ShiftSuccession(from, to))) successions.Add(new ShiftSuccession(from, to));
            }

        return ([.. templates.Values], [.. successions]);
    }

    private ImmutableArray<Employee> ReadStaff()
    {
        var list = ImmutableArray.CreateBuilder<Employee>();
        foreach (var row in RowsOf(Staff))
        {
            Expect(row, StaffColumns.Length, string.Join(", ", StaffColumns));
            var id = Id(row, 0);
            if (!employeesByText.TryAdd(id.Value, id)) throw Error(row.Line, $"employee '{id}' is listed twice");
            var maxTotal = Int(row, 2, $"{id}'s MaxTotalMinutes", 0, int.MaxValue);
            var minTotal = Int(row, 3, $"{id}'s MinTotalMinutes", 0, int.MaxValue);
            if (minTotal > maxTotal) throw Error(row.Line, $"{id}'s MinTotalMinutes {minTotal} exceeds MaxTotalMinutes {maxTotal}");
            var limits = new EmployeeLimits
            {
                MaxShiftsPerTemplate = MaxShifts(row, id),
                MaxConsecutiveDays = Int(row, 4, $"{id}'s MaxConsecutiveShifts", 0, int.MaxValue),
                MinConsecutiveDays = Int(row, 5, $"{id}'s MinConsecutiveShifts", 0, int.MaxValue),
                MinConsecutiveDaysOff = Int(row, 6, $"{id}'s MinConsecutiveDaysOff", 0, int.MaxValue),
                MaxWeekends = Int(row, 7, $"{id}'s MaxWeekends", 0, int.MaxValue),
            };
            var contract = new WorkingTimeContract(minimumTotal: Duration.FromMinutes(minTotal), maximumTotal: Duration.FromMinutes(maxTotal));
            list.Add(new Employee(id, id.Value, contract, limits: limits));
        }

        if (list.Count == 0) throw Error(sections[Staff].Line, $"{Staff} lists no employee");
        return list.ToImmutable();
    }

    private ImmutableDictionary<ShiftCode, int> MaxShifts(Row row, EmployeeId id)
    {
        var limits = ImmutableDictionary.CreateBuilder<ShiftCode, int>();
        foreach (var entry in row.Fields[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = entry.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2) throw Error(row.Line, $"{id}'s MaxShifts entry '{entry}' is not of the form ShiftID=Count");
            var code = KnownShift(row, parts[0]);
            if (limits.ContainsKey(code)) throw Error(row.Line, $"{id}'s MaxShifts names shift '{code}' twice");
            limits[code] = ParseInt(row, parts[1], $"{id}'s MaxShifts for '{code}'", 0, int.MaxValue);
        }

        return limits.ToImmutable();
    }

    private ImmutableArray<Unavailability> ReadDaysOff()
    {
        var list = ImmutableArray.CreateBuilder<Unavailability>();
        foreach (var row in RowsOf(DaysOff))
        {
            var id = KnownEmployee(row, row.Fields[0]);
            for (var i = 1; i < row.Fields.Length; i++)
            {
                if (row.Fields[i].Length == 0) continue;
                list.Add(new Unavailability(id, CurtoisCalendar.DateOf(Day(row, i))));
            }
        }

        return list.ToImmutable();
    }

    private IEnumerable<Wish> ReadRequests(string section, WishKind kind)
    {
        foreach (var row in RowsOf(section))
        {
            Expect(row, 4, "EmployeeID, Day, ShiftID, Weight");
            var id = KnownEmployee(row, row.Fields[0]);
            var day = Day(row, 1);
            var shift = KnownShift(row, row.Fields[2]);
            var weight = Int(row, 3, "the request's weight", 0, int.MaxValue);
            yield return new Wish(id, CurtoisCalendar.DateOf(day), kind, shift, weight);
        }
    }

    private ImmutableArray<ShiftDemand> ReadCover()
    {
        var list = ImmutableArray.CreateBuilder<ShiftDemand>();
        var seen = new Dictionary<(int, ShiftCode), int>();
        foreach (var row in RowsOf(Cover))
        {
            Expect(row, 5, "Day, ShiftID, Requirement, Weight for under, Weight for over");
            var day = Day(row, 0);
            var shift = KnownShift(row, row.Fields[1]);
            if (!seen.TryAdd((day, shift), row.Line)) throw Error(row.Line, $"cover for shift '{shift}' on day {day} is given twice (first on line {seen[(day, shift)]})");
            list.Add(new ShiftDemand(CurtoisCalendar.DateOf(day), shift,
                Int(row, 2, "the requirement", 0, int.MaxValue), Int(row, 3, "the weight for under", 0, int.MaxValue), Int(row, 4, "the weight for over", 0, int.MaxValue)));
        }

        return list.ToImmutable();
    }

    private void Expect(Row row, int count, string columns)
    {
        if (row.Fields.Length != count)
            throw Error(row.Line, $"expected {count} field{(count == 1 ? "" : "s")} ({columns}), found {row.Fields.Length}");
    }

    private int Day(Row row, int index) => Int(row, index, "the day index", 0, days - 1);

    private int Int(Row row, int index, string what, int min, int max) => ParseInt(row, row.Fields[index], what, min, max);

    private int ParseInt(Row row, string text, string what, int min, int max)
    {
        // One public instance writes a zero as "-0" (a signed zero from the tool that wrote it); it is 0. Any
        // other sign stays an error: every number of the format is a count, a length or a weight.
        var digits = text.Length > 1 && text[0] == '-' && text.AsSpan(1).TrimStart('0').IsEmpty ? "0" : text;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            throw Error(row.Line, $"{what} must be a whole number, was '{text}'");
        if (value < min || value > max)
            throw Error(row.Line, $"{what} must be between {min} and {max}, was {value}");
        return value;
    }

    private ShiftCode Code(Row row, int index)
    {
        try { return new ShiftCode(row.Fields[index]); }
        catch (DomainException e) { throw Error(row.Line, e.Message); }
    }

    private EmployeeId Id(Row row, int index)
    {
        try { return new EmployeeId(row.Fields[index]); }
        catch (DomainException e) { throw Error(row.Line, e.Message); }
    }

    private ShiftCode KnownShift(Row row, string text) =>
        shiftsByText.TryGetValue(text, out var code) ? code : throw Error(row.Line, $"unknown shift '{text}'");

    private EmployeeId KnownEmployee(Row row, string text) =>
        employeesByText.TryGetValue(text, out var id) ? id : throw Error(row.Line, $"unknown employee '{text}'");

    private CurtoisFormatException Error(int line, string reason) => new(source, line, reason);
}
