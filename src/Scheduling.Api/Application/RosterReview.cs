using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;
using Pin = Scheduling.Domain.Pin;
using Roster = Scheduling.Api.V1.Roster;
using Violation = Scheduling.Domain.Checking.Violation;

namespace Scheduling.Api.Application;

/// <summary>
/// The verksamhetschef's review of a roster: versions (proposed → approved → published; a change after
/// publication makes a new version), changes by hand re-checked at once by the rule checker, a re-solve
/// that keeps the pins and changes few days, comparison of two versions. The gRPC RosterService and the
/// review pages both call this.
/// </summary>
public sealed partial class RosterReview(ISchedulingStore store, SolveJobs jobs, Resources resources, IClock clock) : IDisposable
{
    /// <summary>Days of notice a published roster gives before its period starts (ATL §12, AB).</summary>
    public const int NoticeDays = 14;

    private const int CachedProblems = 32;

    // Changes read a roster, change it and store it: one at a time, so two at once cannot lose one.
    private readonly SemaphoreSlim writing = new(1, 1);
    private readonly ConcurrentDictionary<string, (Problem Proto, RosterProblem Domain)> problems = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Domain.Reporting.RosterReport>> reports = new(StringComparer.Ordinal);

    // One employee's outcomes of a roster version, by the same key and the employee: small, and many (one per employee who asks).
    private const int CachedOwnReports = 1024;
    private readonly ConcurrentDictionary<string, Lazy<Domain.Reporting.RosterReport>> ownReports = new(StringComparer.Ordinal);
    private long reportsBuilt;

    /// <summary>Reports explained so far (whole rosters and employees' own), for tests and telemetry: a kept one is not counted again.</summary>
    public long ReportsBuilt => Interlocked.Read(ref reportsBuilt);

    [GeneratedRegex(@"\Arosters/[A-Za-z0-9_-]{1,63}\z")]
    private static partial Regex RosterName();

    private Timestamp Now() => Timestamp.FromDateTimeOffset(clock.GetCurrentInstant().ToDateTimeOffset());

    public static void CheckName(string name, string field = "name")
    {
        if (!RosterName().IsMatch(name ?? "")) throw ApiErrors.InvalidArgument(field, $"must be rosters/{{roster}}, was '{name}'");
    }

    /// <summary>A roster with its lifecycle filled in (rosters stored before versions read as version 1, proposed).</summary>
    public async Task<Roster> GetAsync(string name, CancellationToken cancellation)
    {
        CheckName(name);
        var roster = await store.GetRosterAsync(name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name);
        if (roster.Version == 0)
        {
            roster.Version = 1;
            roster.State = RosterState.Proposed;
            if (await JobProblemAsync(roster, cancellation).ConfigureAwait(false) is { } p) roster.Pins.AddRange(p.Proto.Pins);
        }

        if (roster.State == RosterState.Unspecified) roster.State = RosterState.Proposed;
        return roster;
    }

    /// <summary>The problem a roster is reviewed against: its job's problem with the roster's own pins.</summary>
    public async Task<RosterProblem> ProblemAsync(Roster roster, CancellationToken cancellation)
    {
        var job = await JobProblemAsync(roster, cancellation).ConfigureAwait(false)
            ?? throw ApiErrors.FailedPrecondition($"{roster.Name} has no stored problem", [new ProblemError("solveJob", $"{roster.SolveJob} has no problem")]);
        return job.Domain.WithPins(ToDomain(roster.Pins));
    }

    private async Task<(Problem Proto, RosterProblem Domain)?> JobProblemAsync(Roster roster, CancellationToken cancellation)
    {
        if (problems.TryGetValue(roster.SolveJob, out var cached)) return cached;
        if (await store.GetJobProblemAsync(roster.SolveJob, cancellation).ConfigureAwait(false) is not { } proto) return null;
        // A problem stored before a problem took each wish once may have one twice (at two weights): read as the heaviest.
        UnitProblems.CollapseWishes(proto);
        var entry = (proto, ProblemMapping.ToDomain(proto));
        if (problems.Count >= CachedProblems) problems.Clear();
        problems[roster.SolveJob] = entry;
        return entry;
    }

    private static ImmutableArray<Pin> ToDomain(IEnumerable<PinSpec> pins) =>
        [.. pins.Select(p => new Pin(new EmployeeId(p.Employee), LocalDatePattern.Iso.Parse(p.Date).Value, p.HasShift ? new ShiftCode(p.Shift) : null))];

    /// <summary>
    /// Changes one day by hand (shift and/or pin) and re-checks the roster. A published roster is not
    /// changed: the change goes to a new version made from it.
    /// </summary>
    public async Task<(Roster Roster, RosterChange Change)> EditAsync(string name, string employee, string date, string? shift, bool? pinned, CancellationToken cancellation)
    {
        await writing.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            return await EditLockedAsync(name, employee, date, shift, pinned, cancellation).ConfigureAwait(false);
        }
        finally
        {
            writing.Release();
        }
    }

    private async Task<(Roster Roster, RosterChange Change)> EditLockedAsync(string name, string employee, string date, string? shift, bool? pinned, CancellationToken cancellation)
    {
        var roster = await GetAsync(name, cancellation).ConfigureAwait(false);
        var problem = await ProblemAsync(roster, cancellation).ConfigureAwait(false);
        var errors = new List<ProblemError>();
        if (!problem.EmployeeById.ContainsKey(new EmployeeId(employee ?? ""))) errors.Add(new("employee", $"'{employee}' is not an employee of this roster"));
        var day = LocalDatePattern.Iso.Parse(date ?? "");
        if (!day.Success || !problem.Period.Contains(day.Value)) errors.Add(new("date", $"'{date}' is not a date (yyyy-MM-dd) in the roster's period"));
        if (!string.IsNullOrEmpty(shift) && !problem.TemplateByCode.ContainsKey(new ShiftCode(shift))) errors.Add(new("shift", $"'{shift}' is not a shift code of this roster"));
        if (shift is null && pinned is null) errors.Add(new("shift", "give a shift (\"\" for a day off), a pin, or both"));
        if (errors.Count > 0) throw ApiErrors.InvalidArgument(errors);
        if (roster.State == RosterState.Superseded)
            throw ApiErrors.FailedPrecondition($"{name} has been superseded by a newer published version", [new ProblemError(name, "state is SUPERSEDED")]);

        var now = Now();
        var target = roster;
        var saved = new List<Roster>();
        if (roster.State == RosterState.Published)
        {
            target = roster.Clone();
            target.Etag = ""; // a new roster: inserted, not changed in place
            target.Name = "rosters/" + Guid.CreateVersion7().ToString("N");
            target.Parent = roster.Name;
            target.Version = roster.Version + 1;
            target.State = RosterState.Proposed;
            target.CreateTime = now;
            target.ApproveTime = null;
            target.PublishTime = null;
            target.PublishReason = "";
        }
        else if (roster.State == RosterState.Approved)
        {
            target.State = RosterState.Proposed;
            target.ApproveTime = null;
        }

        var before = ProblemMapping.ToDomain(target);
        var beforeEvaluation = RuleChecker.Evaluate(problem, before);
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

        var changedProblem = problem.WithPins(ToDomain(target.Pins));
        var after = ProblemMapping.ToDomain(target);
        var afterEvaluation = RuleChecker.Evaluate(changedProblem, after);
        ProblemMapping.Report(changedProblem, after, afterEvaluation, target);
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
        change.AddedViolations.AddRange(added.Select(ProblemMapping.ToProto));
        change.RemovedViolations.AddRange(removed.Select(ProblemMapping.ToProto));
        target.LastChange = change;
        target.UpdateTime = now;
        if (target.Parent.Length > 0 && await store.GetRosterAsync(target.Parent, cancellation).ConfigureAwait(false) is { } parent)
        {
            target.AffectedEmployees.Clear();
            target.AffectedEmployees.AddRange(Moved(parent, target).Select(m => m.Employee).Distinct().Order(StringComparer.Ordinal));
        }

        saved.Add(target);
        await store.SaveRostersAsync(saved, cancellation).ConfigureAwait(false);
        return (target, change);
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

    /// <summary>Approves a proposed roster.</summary>
    public async Task<Roster> ApproveAsync(string name, CancellationToken cancellation)
    {
        await writing.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            return await ApproveLockedAsync(name, cancellation).ConfigureAwait(false);
        }
        finally
        {
            writing.Release();
        }
    }

    private async Task<Roster> ApproveLockedAsync(string name, CancellationToken cancellation)
    {
        var roster = await GetAsync(name, cancellation).ConfigureAwait(false);
        if (roster.State != RosterState.Proposed)
            throw ApiErrors.FailedPrecondition($"{name} is {State(roster.State)}; only a PROPOSED roster can be approved", [new ProblemError(name, $"state is {State(roster.State)}")]);
        roster.State = RosterState.Approved;
        roster.ApproveTime = Now();
        roster.UpdateTime = roster.ApproveTime;
        await store.SaveRostersAsync([roster], cancellation).ConfigureAwait(false);
        return roster;
    }

    /// <summary>
    /// Publishes an approved roster. With less than <see cref="NoticeDays"/> days before the period starts
    /// (today in the period's zone, by the clock) a reason must be recorded.
    /// </summary>
    public async Task<Roster> PublishAsync(string name, string? reason, CancellationToken cancellation)
    {
        await writing.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            return await PublishLockedAsync(name, reason, cancellation).ConfigureAwait(false);
        }
        finally
        {
            writing.Release();
        }
    }

    private async Task<Roster> PublishLockedAsync(string name, string? reason, CancellationToken cancellation)
    {
        var roster = await GetAsync(name, cancellation).ConfigureAwait(false);
        if (roster.State != RosterState.Approved)
            throw ApiErrors.FailedPrecondition($"{name} is {State(roster.State)}; approve it before publishing", [new ProblemError(name, $"state is {State(roster.State)}")]);
        var noticeDays = NoticeDaysLeft(roster);
        reason = reason?.Trim() ?? "";
        if (noticeDays < NoticeDays && reason.Length == 0)
            throw ApiErrors.FailedPrecondition(
                $"the period starts in {noticeDays} days, less than the {NoticeDays} days' notice (ATL §12, AB): record a reason to publish",
                [new ProblemError("reason", $"required: {noticeDays} days' notice is less than {NoticeDays}")], "NOTICE");
        var now = Now();
        roster.State = RosterState.Published;
        roster.PublishTime = now;
        roster.UpdateTime = now;
        roster.PublishReason = noticeDays < NoticeDays ? reason : "";
        var saved = new List<Roster> { roster };
        if (roster.Parent.Length > 0 && await store.GetRosterAsync(roster.Parent, cancellation).ConfigureAwait(false) is { State: RosterState.Published } parent)
        {
            parent.State = RosterState.Superseded;
            parent.UpdateTime = now;
            saved.Add(parent);
        }

        var carried = await CarryForwardAsync(roster, now, cancellation).ConfigureAwait(false);
        await store.SaveRostersAsync(saved, [.. carried.Select(c => Resources.Row(c, CarryForwards.Kind))], cancellation).ConfigureAwait(false);
        return roster;
    }

    /// <summary>
    /// What a roster being published carries into its unit's next period: the time bank and fairness ledger
    /// after it, from the balances carried out of the latest earlier period (else its problem's own); then the
    /// carries of the later periods already published, recomputed in order from the new one (their stored
    /// reports keep the balances they were solved with). None for a roster of an inline problem or without a
    /// stored problem.
    /// </summary>
    private async Task<List<CarryForward>> CarryForwardAsync(Roster roster, Timestamp now, CancellationToken cancellation)
    {
        var carried = new List<CarryForward>();
        if (roster.Unit.Length == 0 || roster.Period is null || SelfServiceKinds.ParseDate(roster.Period.StartDate) is not { } start) return carried;
        var all = await resources.AllAsync<CarryForward>(roster.Unit, CarryForwards.Kind, cancellation).ConfigureAwait(false);
        if (await CarryAsync(roster, all, start, now, cancellation).ConfigureAwait(false) is not { } first) return carried;
        carried.Add(first);
        var current = all.Where(c => c.Name != first.Name).Append(first).ToList();
        var later = all
            .Select(c => (Carry: c, First: SelfServiceKinds.ParseDate(c.Period?.StartDate ?? "")))
            .Where(x => x.First is { } f && f > start)
            .OrderBy(x => x.First)
            .ToList();
        foreach (var (carry, laterStart) in later)
        {
            if (await store.GetRosterAsync(carry.Roster, cancellation).ConfigureAwait(false) is not { } published) continue;
            if (await CarryAsync(published, current, laterStart!.Value, now, cancellation).ConfigureAwait(false) is not { } again) continue;
            again.CreateTime = carry.CreateTime;
            carried.Add(again);
            current = [.. current.Where(c => c.Name != again.Name), again];
        }

        return carried;
    }

    private async Task<CarryForward?> CarryAsync(Roster roster, IEnumerable<CarryForward> carries, LocalDate start, Timestamp now, CancellationToken cancellation)
    {
        if (await JobProblemAsync(roster, cancellation).ConfigureAwait(false) is not { } job) return null;
        var problem = job.Proto.Clone();
        problem.Pins.Clear();
        problem.Pins.AddRange(roster.Pins);
        CarryForwards.ApplyIn(problem, CarryForwards.Before(carries, start));
        return CarryForwards.Compute(roster, problem, now);
    }

    /// <summary>
    /// The roster with its wishes' and preferences' reasons in <paramref name="language"/>: as stored for Swedish,
    /// from its kept report (<see cref="Report"/>, which the review page shares) otherwise.
    /// </summary>
    public async Task<Roster> InLanguageAsync(Roster roster, Domain.Reporting.ReportLanguage language, CancellationToken cancellation)
    {
        if (language == Domain.Reporting.ReportLanguage.Swedish) return roster;
        var problem = await ProblemAsync(roster, cancellation).ConfigureAwait(false);
        var translated = roster.Clone();
        ProblemMapping.Outcomes(await Task.Run(() => Report(roster, problem, language), cancellation).ConfigureAwait(false), translated);
        return translated;
    }

    /// <summary>
    /// One employee's wish and preference outcomes in a roster as the employee sees them: the reasons in
    /// <paramref name="language"/>, colleagues who could have covered counted, not named (<see cref="Domain.Reporting.WishExplanation.OwnText"/>).
    /// From the roster's kept report when the review page or GetRoster has made it; otherwise the employee's own are
    /// explained (a re-check per refused wish) and kept the same way, by roster version, language and employee.
    /// </summary>
    public async Task<(List<V1.WishOutcome> Wishes, List<V1.PreferenceOutcome> Preferences)> OwnOutcomesAsync(Roster roster, Domain.Reporting.ReportLanguage language, string employee, CancellationToken cancellation)
    {
        var problem = await ProblemAsync(roster, cancellation).ConfigureAwait(false);
        var key = ReportKey(roster, language);
        Domain.Reporting.RosterReport report;
        if (reports.TryGetValue(key, out var whole) && whole.IsValueCreated)
        {
            report = whole.Value;
        }
        else
        {
            if (ownReports.Count >= CachedOwnReports && !ownReports.ContainsKey($"{key}|{employee}")) ownReports.Clear();
            var own = ownReports.GetOrAdd($"{key}|{employee}", _ => new Lazy<Domain.Reporting.RosterReport>(() =>
            {
                Interlocked.Increment(ref reportsBuilt);
                return OwnReport(problem, ProblemMapping.ToDomain(roster), language, new EmployeeId(employee));
            }));
            report = await Task.Run(() => own.Value, cancellation).ConfigureAwait(false);
        }

        return ([.. report.Wishes.Where(w => w.Wish.Employee.Value == employee).Select(w => ProblemMapping.ToProto(w, own: true))],
            [.. report.Preferences.Where(p => p.Preference.Employee.Value == employee).Select(ProblemMapping.ToProto)]);
    }

    /// <summary>A report holding one employee's wish and preference outcomes only (what <see cref="OwnOutcomesAsync"/> keeps).</summary>
    private static Domain.Reporting.RosterReport OwnReport(RosterProblem problem, Domain.Roster roster, Domain.Reporting.ReportLanguage language, EmployeeId employee)
    {
        var explained = Domain.Reporting.WishExplainer.Explain(problem, roster, problem.Wishes.Where(w => w.Employee == employee), language);
        return new Domain.Reporting.RosterReport([], [], [], [.. explained.Select(x => new Domain.Reporting.WishOutcome(x.Wish, x.Explanation.Reason == Domain.Reporting.WishReason.Granted, x.Explanation))])
        {
            Preferences = [.. Domain.Reporting.WishExplainer.Preferences(problem, roster, language).Where(p => p.Preference.Employee == employee)],
            Language = language,
        };
    }

    /// <summary>A roster version in a language: by content (assignments and pins), not update time, since two changes can carry the same time (a coarse or a test clock).</summary>
    private static string ReportKey(Roster roster, Domain.Reporting.ReportLanguage language)
    {
        var content = new Roster { Assignments = { roster.Assignments }, Pins = { roster.Pins } }.ToByteArray();
        return $"{roster.Name}|{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content))}|{language}";
    }

    /// <summary>
    /// The report of a roster version in a language, with every wish explained and the fairness figures. Explaining
    /// re-checks the roster once per wish (seconds at 150 staff × 16 weeks), so the last few reports are kept, by
    /// roster, content (assignments and pins) and language.
    /// </summary>
    public Domain.Reporting.RosterReport Report(Roster roster, RosterProblem problem, Domain.Reporting.ReportLanguage language)
    {
        var key = ReportKey(roster, language);
        if (reports.Count >= CachedProblems && !reports.ContainsKey(key)) reports.Clear();
        var report = reports.GetOrAdd(key, _ => new Lazy<Domain.Reporting.RosterReport>(() =>
        {
            Interlocked.Increment(ref reportsBuilt);
            return Domain.Reporting.RosterReport.Build(problem, ProblemMapping.ToDomain(roster), language);
        }));
        return report.Value;
    }

    /// <summary>Whole days from today (in the period's zone) to the period's first day.</summary>
    public int NoticeDaysLeft(Roster roster)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(roster.Period?.TimeZone ?? "") ?? DateTimeZoneProviders.Tzdb["Europe/Stockholm"];
        var today = clock.GetCurrentInstant().InZone(zone).Date;
        var start = LocalDatePattern.Iso.Parse(roster.Period?.StartDate ?? "").GetValueOrThrow();
        return NodaTime.Period.DaysBetween(today, start);
    }

    /// <summary>Starts a re-solve from a roster: its problem with its pins, warm-started from it, few days changed.</summary>
    public async Task<SolveJob> ResolveAsync(string name, SolveOptions? options, CancellationToken cancellation, string? owner = null)
    {
        var roster = await GetAsync(name, cancellation).ConfigureAwait(false);
        var job = await JobProblemAsync(roster, cancellation).ConfigureAwait(false)
            ?? throw ApiErrors.FailedPrecondition($"{name} has no stored problem", [new ProblemError("solveJob", $"{roster.SolveJob} has no problem")]);
        var problem = job.Proto.Clone();
        problem.Pins.Clear();
        problem.Pins.AddRange(roster.Pins);
        var effective = options?.Clone() ?? new SolveOptions();
        effective.WarmStartRoster = name;
        return await jobs.StartAsync(problem, roster.Unit, effective, cancellation, referenceRoster: name, owner: owner).ConfigureAwait(false);
    }

    /// <summary>
    /// The problem a re-solve optimises: the stored problem with the rule stability referring to the roster
    /// it re-plans (the rule pack's weight when it has the rule, else the default).
    /// </summary>
    public static RosterProblem WithReference(RosterProblem problem, Domain.Roster reference)
    {
        var existing = problem.Rules.Get<StabilityRule>();
        var rule = (existing ?? new StabilityRule()) with { Reference = reference };
        return problem.WithRules(new Domain.Rules.RulePack(problem.Rules.Id, [.. problem.Rules.Rules.Where(r => r is not StabilityRule), rule]));
    }

    /// <summary>Marks a solve's new roster with its place among the versions.</summary>
    public static void StampVersion(Roster roster, Problem problem, Roster? reference)
    {
        roster.State = RosterState.Proposed;
        roster.Version = reference is null ? 1 : Math.Max(1, reference.Version) + 1;
        roster.Parent = reference?.Name ?? "";
        roster.Pins.Clear();
        roster.Pins.AddRange(problem.Pins);
        roster.UpdateTime = roster.CreateTime;
        if (reference is not null)
            roster.AffectedEmployees.AddRange(Moved(reference, roster).Select(m => m.Employee).Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>Days whose shift differs between two rosters, by employee and date.</summary>
    public static List<MovedShift> Moved(Roster before, Roster after)
    {
        var old = before.Assignments.ToDictionary(a => (a.Employee, a.Date), a => a.Shift);
        var now = after.Assignments.ToDictionary(a => (a.Employee, a.Date), a => a.Shift);
        return [.. old.Keys.Union(now.Keys)
            .Select(k => new MovedShift { Employee = k.Employee, Date = k.Date, ShiftBefore = old.GetValueOrDefault(k) ?? "", ShiftAfter = now.GetValueOrDefault(k) ?? "" })
            .Where(m => m.ShiftBefore != m.ShiftAfter)
            .OrderBy(m => m.Employee, StringComparer.Ordinal).ThenBy(m => m.Date, StringComparer.Ordinal)];
    }

    /// <summary>How <paramref name="name"/> differs from <paramref name="other"/>.</summary>
    public async Task<RosterComparison> CompareAsync(string name, string other, CancellationToken cancellation)
    {
        CheckName(other, "other");
        var a = await GetAsync(name, cancellation).ConfigureAwait(false);
        var b = await GetAsync(other, cancellation).ConfigureAwait(false);
        var moved = Moved(b, a);
        var comparison = new RosterComparison
        {
            Name = a.Name,
            Other = b.Name,
            Moved = { moved },
            AffectedEmployees = { moved.Select(m => m.Employee).Distinct() },
            PenaltyDifference = a.Penalty - b.Penalty,
            HardViolationDifference = a.HardViolationCount - b.HardViolationCount,
            MinutesBelowMinimumDifference = ShortMinutes(a, ideal: false) - ShortMinutes(b, ideal: false),
            MinutesBelowIdealDifference = ShortMinutes(a, ideal: true) - ShortMinutes(b, ideal: true),
        };
        if (a.Cost is not null && b.Cost is not null) comparison.CostDifferenceKronor = a.Cost.TotalKronor - b.Cost.TotalKronor;
        return comparison;
    }

    /// <summary>Person-minutes below the demand curve's minimum (or ideal), from the roster's coverage gaps.</summary>
    public static long ShortMinutes(Roster roster, bool ideal)
    {
        var pattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");
        long total = 0;
        foreach (var gap in roster.CoverageGaps)
        {
            var need = ideal ? gap.Ideal : gap.Minimum;
            if (gap.Present >= need) continue;
            var minutes = NodaTime.Period.Between(pattern.Parse(gap.From).Value, pattern.Parse(gap.To).Value, PeriodUnits.Minutes).Minutes;
            total += (need - gap.Present) * minutes;
        }

        return total;
    }

    public void Dispose() => writing.Dispose();

    public static string State(RosterState state) => state == RosterState.Unspecified ? "PROPOSED" : Domain.Files.ProblemFileReader.UpperSnake(state.ToString());
}
