using static Scheduling.Domain.Files.ProblemFileReader;

namespace Scheduling.Domain.Files;

/// <summary>
/// One item of a problem file read alone, by the reader's own methods (one source of the rules): what a service that
/// stores an employee, a demand curve or a rule pack on its own checks before any problem holds it. Errors name the
/// item's own fields (<c>employmentRate</c>, <c>patterns[0].from</c>, <c>rules[2].parameters.maximum</c>; the item
/// itself is the empty path). What concerns other items — a shift code the limits name, the period a curve is expanded
/// over or a pack's dates are held to — is checked when a problem is read from them.
/// </summary>
public static class ProblemItemReader
{
    /// <summary>An employee's fields and contract, and their limits (read as an employee of a problem file is).</summary>
    public static IReadOnlyList<ProblemError> Employee(EmployeeDto dto)
    {
        var errors = new Errors();
        var employee = ReadEmployee(dto, Item, errors);
        // A problem checks the limits once its items have been read, so a limit is only judged when the rest is sound.
        if (errors.Count == 0)
            foreach (var error in employee.Limits.Errors($"{Item}.limits"))
                errors.Add(error.Field, error.Reason);
        return Relative(errors);
    }

    /// <summary>A demand curve's slot length and patterns.</summary>
    public static IReadOnlyList<ProblemError> DemandCurve(DemandCurveDto dto)
    {
        var errors = new Errors();
        DemandCurveExpander.Read(dto, errors, Item);
        return Relative(errors);
    }

    /// <summary>
    /// A rule pack's rules (a floor loosened is refused) and its dates' form, read for <paramref name="day"/>: a rule's
    /// default may depend on the period (one weekend per fortnight), and a one-day period is the least it can be.
    /// </summary>
    public static IReadOnlyList<ProblemError> RulePack(RulePackDto dto, LocalDate day)
    {
        var errors = new Errors();
        RuleReader.Read(dto, errors, new SchedulePeriod(day, 1, SchedulePeriod.DefaultZone));
        return [.. errors.List.Select(e => e with { Field = Under(e.Field, "rulePack") })];
    }

    /// <summary>The path the item is read under, cut off again by <see cref="Relative"/>.</summary>
    private const string Item = "item";

    private static ProblemError[] Relative(Errors errors) => [.. errors.List.Select(e => e with { Field = Under(e.Field, Item) })];

    private static string Under(string field, string item) =>
        field == item ? "" : field.StartsWith(item + ".", StringComparison.Ordinal) ? field[(item.Length + 1)..] : field;
}
