using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Application.Solving;
using Scheduling.Api.Storage;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Files;
using Scheduling.Domain.Review;
using Violation = Scheduling.Domain.Checking.Violation;

namespace Scheduling.Api.Application.Review;

/// <summary>
/// Changes to a roster: one day by hand (shift and/or pin), re-checked at once by the rule checker, and a re-solve
/// that keeps the pins and changes few days. A published roster is never changed: the change makes a new version.
/// </summary>
public sealed class RosterEdits(RosterVersions versions, RosterRepository rosters, RosterWrites writes, SolveAdmission admission, Units.UnitProblems units, IClock clock)
{
    /// <summary>
    /// Changes one day by hand (shift and/or pin) and re-checks the roster: the version as saved and the change as the
    /// rule checker saw it. A published roster is not changed: the change goes to a new version made from it.
    /// </summary>
    public Task<(RosterVersion Roster, DayEdit Change)> EditAsync(string name, string employee, string date, string? shift, bool? pinned, CancellationToken cancellation) =>
        writes.RunAsync(() => EditLockedAsync(name, employee, date, shift, pinned, cancellation), cancellation);

    private async Task<(RosterVersion Roster, DayEdit Change)> EditLockedAsync(string name, string employee, string date, string? shift, bool? pinned, CancellationToken cancellation)
    {
        var roster = await versions.GetVersionAsync(name, cancellation).ConfigureAwait(false);
        var problem = await versions.ProblemAsync(roster, cancellation).ConfigureAwait(false);
        var day = CheckEdit(roster, problem, employee, date, shift, pinned);
        var now = clock.GetCurrentInstant();
        var (target, changedProblem, evaluation, change) = Apply(Editable(roster, now), problem, day, shift, pinned, now);
        target = await versions.WithAffectedAsync(target, cancellation).ConfigureAwait(false);
        return (await rosters.SaveReportedAsync(target, changedProblem, evaluation, change, cancellation).ConfigureAwait(false), change);
    }

    /// <summary>
    /// The day an edit changes; INVALID_ARGUMENT for a day that is not the roster's, FAILED_PRECONDITION for a superseded
    /// version.
    /// </summary>
    private static (EmployeeId Employee, LocalDate Date) CheckEdit(RosterVersion roster, RosterProblem problem, string employee, string date, string? shift, bool? pinned)
    {
        var errors = new List<ProblemError>();
        if (!problem.EmployeeById.ContainsKey(new EmployeeId(employee ?? ""))) errors.Add(new("employee", $"'{employee}' is not an employee of this roster"));
        var day = LocalDatePattern.Iso.Parse(date ?? "");
        if (!day.Success || !problem.Period.Contains(day.Value)) errors.Add(new("date", $"'{date}' is not a date (yyyy-MM-dd) in the roster's period"));
        if (!string.IsNullOrEmpty(shift) && !problem.TemplateByCode.ContainsKey(new ShiftCode(shift))) errors.Add(new("shift", $"'{shift}' is not a shift code of this roster"));
        if (shift is null && pinned is null) errors.Add(new("shift", "give a shift (\"\" for a day off), a pin, or both"));
        if (errors.Count > 0) throw ApiErrors.InvalidArgument(errors);
        if (roster.State == ReviewState.Superseded)
            throw ApiErrors.FailedPrecondition($"{roster.Name} has been superseded by a newer published version", [new ProblemError(roster.Name, "state is SUPERSEDED")]);
        return (new EmployeeId(employee!), day.Value);
    }

    /// <summary>The version a change goes to: a new proposed version of a published roster, else the roster itself, proposed again.</summary>
    internal static RosterVersion Editable(RosterVersion roster, Instant now) => roster.State switch
    {
        ReviewState.Published => roster with
        {
            Etag = "", // a new roster: inserted, not changed in place
            Name = "rosters/" + Guid.CreateVersion7().ToString("N"),
            Parent = roster.Name,
            Version = roster.Version + 1,
            State = ReviewState.Proposed,
            Created = now,
            Approved = null,
            Published = null,
            PublishReason = "",
        },
        ReviewState.Approved => roster with { State = ReviewState.Proposed, Approved = null },
        _ => roster,
    };

    /// <summary>
    /// <paramref name="target"/> with the day's shift and pin changed, the problem with its pins, the rule checker's
    /// evaluation of it, and the change as the checker saw it.
    /// </summary>
    private static (RosterVersion Target, RosterProblem Problem, Evaluation Evaluation, DayEdit Change) Apply(
        RosterVersion target, RosterProblem problem, (EmployeeId Employee, LocalDate Date) day, string? shift, bool? pinned, Instant now)
    {
        var before = RuleChecker.Evaluate(problem, target.Assignments);
        var oldShift = target.Assignments.Assignments.FirstOrDefault(a => a.Employee == day.Employee && a.Date == day.Date)?.Shift;
        var newShift = shift is null ? oldShift : shift.Length > 0 ? new ShiftCode(shift) : null;
        var oldPin = target.Pins.FirstOrDefault(p => p.Employee == day.Employee && p.Date == day.Date);
        var pinAfter = pinned ?? oldPin is not null;

        var assignments = target.Assignments.Assignments.Where(a => a.Employee != day.Employee || a.Date != day.Date).ToList();
        if (newShift is { } code) assignments.Add(new Assignment(day.Employee, day.Date, code));
        var pins = oldPin is null ? target.Pins : target.Pins.Remove(oldPin);
        if (pinAfter) pins = pins.Add(new Pin(day.Employee, day.Date, newShift));

        var changed = target with { Assignments = new Domain.Roster([.. assignments]), Pins = pins, Updated = now };
        var changedProblem = problem.WithPins(pins);
        var after = RuleChecker.Evaluate(changedProblem, changed.Assignments);
        var (added, removed) = Difference(before, after);
        var change = new DayEdit(day.Employee, day.Date, oldShift, newShift, pinAfter, [.. added], [.. removed],
            before.Penalty, after.Penalty, before.HardViolationCount, after.HardViolationCount, now);
        return (changed, changedProblem, after, change);
    }

    /// <summary>Violations only after, and only before; one is the same when rule, employee, dates and units agree.</summary>
    internal static (List<Violation> Added, List<Violation> Removed) Difference(Evaluation before, Evaluation after)
    {
        static string Key(Violation v) => $"{v.RuleId}|{v.Employee}|{string.Join(',', v.Dates)}|{v.Units}|{v.IsHard}";
        var old = before.Violations.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
        var added = new List<Violation>();
        foreach (var v in after.Violations)
        {
            if (old.TryGetValue(Key(v), out var n) && n > 0) old[Key(v)] = n - 1;
            else added.Add(v);
        }

        var now = after.Violations.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count());
        var removed = new List<Violation>();
        foreach (var v in before.Violations)
        {
            if (now.TryGetValue(Key(v), out var n) && n > 0) now[Key(v)] = n - 1;
            else removed.Add(v);
        }

        return (added, removed);
    }

    /// <summary>
    /// Starts a re-solve from a roster: its problem with its pins and the unit's current unavailable days and absences
    /// (not only those it was solved with), warm-started from it, few days changed.
    /// </summary>
    public async Task<SolveJobRecord> ResolveAsync(string name, JobOptions? options, CancellationToken cancellation, string? owner = null)
    {
        var roster = await versions.GetVersionAsync(name, cancellation).ConfigureAwait(false);
        var stored = await units.WithCurrentUnavailabilityAsync(await versions.StoredProblemAsync(roster, cancellation).ConfigureAwait(false), roster.Unit, cancellation).ConfigureAwait(false);
        var file = RosterVersions.FileWithPins(stored.File, roster.Pins);
        var effective = (options ?? JobOptions.None) with { WarmStartRoster = name };
        return await admission.StartAsync(new StoredProblem(file, stored.Problem.WithPins(roster.Pins)), roster.Unit, effective, cancellation, referenceRoster: name, owner: owner).ConfigureAwait(false);
    }
}
