using Google.Protobuf.WellKnownTypes;
using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Application.Solving;
using Scheduling.Api.Mapping;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Files;
using Roster = Scheduling.Api.V1.Roster;
using Violation = Scheduling.Domain.Checking.Violation;

namespace Scheduling.Api.Application.Review;

/// <summary>
/// Changes to a roster: one day by hand (shift and/or pin), re-checked at once by the rule checker, and a re-solve
/// that keeps the pins and changes few days. A published roster is never changed: the change makes a new version.
/// </summary>
public sealed class RosterEdits(ISchedulingStore store, RosterVersions versions, RosterWrites writes, SolveAdmission admission, Units.UnitProblems units, IClock clock)
{
    private Timestamp Now() => Timestamp.FromDateTimeOffset(clock.GetCurrentInstant().ToDateTimeOffset());

    /// <summary>
    /// Changes one day by hand (shift and/or pin) and re-checks the roster. A published roster is not
    /// changed: the change goes to a new version made from it.
    /// </summary>
    public Task<(Roster Roster, RosterChange Change)> EditAsync(string name, string employee, string date, string? shift, bool? pinned, CancellationToken cancellation) =>
        writes.RunAsync(() => EditLockedAsync(name, employee, date, shift, pinned, cancellation), cancellation);

    private async Task<(Roster Roster, RosterChange Change)> EditLockedAsync(string name, string employee, string date, string? shift, bool? pinned, CancellationToken cancellation)
    {
        var roster = await versions.GetAsync(name, cancellation).ConfigureAwait(false);
        var problem = await versions.ProblemAsync(roster, cancellation).ConfigureAwait(false);
        CheckEdit(roster, problem, employee, date, shift, pinned);
        var now = Now();
        var target = Editable(roster, now);
        var change = Apply(target, problem, employee, date, shift, pinned, now);
        await MarkAffectedAsync(target, cancellation).ConfigureAwait(false);
        await store.SaveRostersAsync([target], cancellation).ConfigureAwait(false);
        return (target, change);
    }

    /// <summary>INVALID_ARGUMENT for a day that is not the roster's; FAILED_PRECONDITION for a superseded version.</summary>
    private static void CheckEdit(Roster roster, RosterProblem problem, string employee, string date, string? shift, bool? pinned)
    {
        var errors = new List<ProblemError>();
        if (!problem.EmployeeById.ContainsKey(new EmployeeId(employee ?? ""))) errors.Add(new("employee", $"'{employee}' is not an employee of this roster"));
        var day = LocalDatePattern.Iso.Parse(date ?? "");
        if (!day.Success || !problem.Period.Contains(day.Value)) errors.Add(new("date", $"'{date}' is not a date (yyyy-MM-dd) in the roster's period"));
        if (!string.IsNullOrEmpty(shift) && !problem.TemplateByCode.ContainsKey(new ShiftCode(shift))) errors.Add(new("shift", $"'{shift}' is not a shift code of this roster"));
        if (shift is null && pinned is null) errors.Add(new("shift", "give a shift (\"\" for a day off), a pin, or both"));
        if (errors.Count > 0) throw ApiErrors.InvalidArgument(errors);
        if (roster.State == RosterState.Superseded)
            throw ApiErrors.FailedPrecondition($"{roster.Name} has been superseded by a newer published version", [new ProblemError(roster.Name, "state is SUPERSEDED")]);
    }

    /// <summary>The version a change goes to: a new proposed version of a published roster, else the roster itself, proposed again.</summary>
    internal static Roster Editable(Roster roster, Timestamp now)
    {
        if (roster.State == RosterState.Published)
        {
            var next = roster.Clone();
            next.Etag = ""; // a new roster: inserted, not changed in place
            next.Name = "rosters/" + Guid.CreateVersion7().ToString("N");
            next.Parent = roster.Name;
            next.Version = roster.Version + 1;
            next.State = RosterState.Proposed;
            next.CreateTime = now;
            next.ApproveTime = null;
            next.PublishTime = null;
            next.PublishReason = "";
            return next;
        }

        if (roster.State == RosterState.Approved)
        {
            roster.State = RosterState.Proposed;
            roster.ApproveTime = null;
        }

        return roster;
    }

    /// <summary>Changes the day's shift and pin in <paramref name="target"/>, re-checks it and fills its report; the change as seen by the rule checker.</summary>
    private static RosterChange Apply(Roster target, RosterProblem problem, string employee, string date, string? shift, bool? pinned, Timestamp now)
    {
        var beforeEvaluation = RuleChecker.Evaluate(problem, RosterMapping.Assignments(target));
        var oldShift = target.Assignments.FirstOrDefault(a => a.Employee == employee && a.Date == date)?.Shift ?? "";
        var newShift = shift ?? oldShift;
        var oldPin = target.Pins.FirstOrDefault(p => p.Employee == employee && p.Date == date);
        var pinAfter = pinned ?? oldPin is not null;

        var assignments = target.Assignments.Where(a => a.Employee != employee || a.Date != date).ToList();
        if (newShift.Length > 0) assignments.Add(new V1.Assignment { Employee = employee, Date = date, Shift = newShift });
        target.Assignments.Clear();
        target.Assignments.AddRange(assignments);
        if (oldPin is not null) target.Pins.Remove(oldPin);
        if (pinAfter)
        {
            var pin = new PinSpec { Employee = employee, Date = date };
            if (newShift.Length > 0) pin.Shift = newShift;
            target.Pins.Add(pin);
        }

        var changedProblem = problem.WithPins(RosterMapping.Pins(target.Pins));
        var after = RosterMapping.Assignments(target);
        var afterEvaluation = RuleChecker.Evaluate(changedProblem, after);
        ReportMapping.Report(changedProblem, after, afterEvaluation, target);
        var change = new RosterChange
        {
            Employee = employee,
            Date = date,
            ShiftBefore = oldShift,
            ShiftAfter = newShift,
            Pinned = pinAfter,
            PenaltyBefore = beforeEvaluation.Penalty,
            PenaltyAfter = afterEvaluation.Penalty,
            HardBefore = beforeEvaluation.HardViolationCount,
            HardAfter = afterEvaluation.HardViolationCount,
            Time = now,
        };
        var (added, removed) = Difference(beforeEvaluation, afterEvaluation);
        change.AddedViolations.AddRange(added.Select(ReportMapping.ToProto));
        change.RemovedViolations.AddRange(removed.Select(ReportMapping.ToProto));
        target.LastChange = change;
        target.UpdateTime = now;
        return change;
    }

    /// <summary>A version made from another lists the employees whose shifts differ from it.</summary>
    private async Task MarkAffectedAsync(Roster target, CancellationToken cancellation)
    {
        if (target.Parent.Length == 0 || await store.GetRosterMessageAsync(target.Parent, cancellation).ConfigureAwait(false) is not { } parent) return;
        target.AffectedEmployees.Clear();
        target.AffectedEmployees.AddRange(MovedShifts.Employees(parent, target));
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
        var roster = await versions.GetAsync(name, cancellation).ConfigureAwait(false);
        var stored = await units.WithCurrentUnavailabilityAsync(await versions.StoredProblemAsync(roster, cancellation).ConfigureAwait(false), roster.Unit, cancellation).ConfigureAwait(false);
        var file = ProblemFiles.Copy(stored.File);
        file.Pins = [.. roster.Pins.Select(ResourceMapping.ToDto<PinDto>)];
        var effective = (options ?? JobOptions.None) with { WarmStartRoster = name };
        return await admission.StartAsync(new StoredProblem(file, stored.Problem.WithPins(RosterMapping.Pins(roster.Pins))), roster.Unit, effective, cancellation, referenceRoster: name, owner: owner).ConfigureAwait(false);
    }
}
