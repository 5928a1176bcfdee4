using System.Collections.Immutable;
using Google.Protobuf;
using NodaTime.Text;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Application;

/// <summary>
/// The one reading of the contract's forms as domain types, shared by the store (its rows) and the service edge (a
/// request): a <see cref="Problem"/> is the problem file in its canonical JSON form, read by the domain's problem file
/// reader (its validation and field paths, no second copy of the rules); a roster's assignments are the domain roster.
/// </summary>
public static class DomainReader
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);

    /// <summary>The problem file form of a problem (what the CLI reads).</summary>
    public static string Json(Problem problem) => Formatter.Format(problem);

    /// <summary>The domain problem of a problem file; <see cref="ProblemValidationException"/> naming each bad field.</summary>
    public static RosterProblem Problem(Problem file) => ProblemFileReader.Read(Json(file));

    /// <summary>
    /// A stored problem file as the domain problem: each wish once, at the heaviest weight it was stored with (a job
    /// queued before the service refused a wish twice may have one twice, at two weights).
    /// </summary>
    public static StoredProblem Stored(Problem file)
    {
        var once = file.Clone();
        CollapseWishes(once);
        return new StoredProblem(once, Problem(once));
    }

    /// <summary>
    /// One wish per employee, date, kind and shift, at the heaviest weight it was given (by the manager, the employee, or
    /// stored twice before the service refused duplicates): a problem takes each wish once.
    /// </summary>
    public static void CollapseWishes(Problem problem)
    {
        static int Weight(WishSpec w) => w.HasWeight ? w.Weight : 1;
        var collapsed = problem.Wishes
            .GroupBy(w => (w.Employee, w.Date, w.Kind, w.Shift ?? ""))
            .Select(g => g.OrderByDescending(Weight).First())
            .ToList();
        if (collapsed.Count == problem.Wishes.Count) return;
        problem.Wishes.Clear();
        problem.Wishes.AddRange(collapsed);
    }

    /// <summary>The domain roster of a roster's assignments.</summary>
    public static Domain.Roster Roster(V1.Roster roster) =>
        new([.. roster.Assignments.Select(a => new Domain.Assignment(new EmployeeId(a.Employee), LocalDatePattern.Iso.Parse(a.Date).Value, new ShiftCode(a.Shift))
        {
            Unit = a.Unit.Length > 0 ? new UnitId(a.Unit) : null,
        })]);

    /// <summary>A roster's pins as the domain's.</summary>
    public static ImmutableArray<Domain.Pin> Pins(IEnumerable<PinSpec> pins) =>
        [.. pins.Select(p => new Domain.Pin(new EmployeeId(p.Employee), LocalDatePattern.Iso.Parse(p.Date).Value, p.HasShift ? new ShiftCode(p.Shift) : null))];
}
