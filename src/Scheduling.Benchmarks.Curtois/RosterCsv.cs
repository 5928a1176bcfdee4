using System.Globalization;
using Scheduling.Domain;

namespace Scheduling.Benchmarks.Curtois;

/// <summary>
/// A roster as <c>employee,day,shift</c> CSV: day 0-based from the period's start, one row per assignment,
/// no row for a day off. The form of the published rosters and of the quality runner's output.
/// </summary>
public static class RosterCsv
{
    public const string Header = "employee,day,shift";

    /// <summary>Reads a roster file for <paramref name="problem"/>.</summary>
    /// <exception cref="CurtoisFormatException">A row is malformed or names an unknown employee, shift or day.</exception>
    public static Roster Load(string path, RosterProblem problem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path), problem, Path.GetFileName(path));
    }

    public static Roster Parse(string text, RosterProblem problem, string sourceName = "roster")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problem);
        var employees = problem.Employees.ToDictionary(e => e.Id.Value, e => e.Id, StringComparer.Ordinal);
        var shifts = problem.Templates.ToDictionary(t => t.Code.Value, t => t.Code, StringComparer.Ordinal);
        var assignments = ImmutableArray.CreateBuilder<Assignment>();
        var lines = text.Split('\n');
        var sawHeader = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            if (!sawHeader)
            {
                if (line != Header) throw new CurtoisFormatException(sourceName, i + 1, $"expected the header '{Header}', found '{line}'");
                sawHeader = true;
                continue;
            }

            var fields = line.Split(',').Select(f => f.Trim()).ToArray();
            if (fields.Length != 3) throw new CurtoisFormatException(sourceName, i + 1, $"expected 3 fields ({Header}), found {fields.Length}");
            if (!employees.TryGetValue(fields[0], out var employee)) throw new CurtoisFormatException(sourceName, i + 1, $"unknown employee '{fields[0]}'");
            if (!int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var day) || day >= problem.Period.Days)
                throw new CurtoisFormatException(sourceName, i + 1, $"day must be a whole number from 0 to {problem.Period.Days - 1}, was '{fields[1]}'");
            if (!shifts.TryGetValue(fields[2], out var shift)) throw new CurtoisFormatException(sourceName, i + 1, $"unknown shift '{fields[2]}'");
            assignments.Add(new Assignment(employee, problem.Period.DateOf(day), shift));
        }

        if (!sawHeader) throw new CurtoisFormatException(sourceName, 0, $"the file is empty; expected the header '{Header}'");
        return new Roster(assignments.ToImmutable());
    }

    /// <summary>Writes the roster in the problem's employee order, then by day; line ends are '\n'.</summary>
    public static void Write(Roster roster, RosterProblem problem, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(writer);
        var order = problem.Employees.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i);
        writer.Write(Header + "\n");
        foreach (var a in roster.Assignments.OrderBy(a => order.GetValueOrDefault(a.Employee, int.MaxValue)).ThenBy(a => a.Date))
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{a.Employee},{problem.Period.IndexOf(a.Date)},{a.Shift}\n"));
    }

    public static string Format(Roster roster, RosterProblem problem)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(roster, problem, writer);
        return writer.ToString();
    }
}
