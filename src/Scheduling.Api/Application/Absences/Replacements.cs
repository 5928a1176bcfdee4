using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Application.Review;
using Scheduling.Api.Application.Solving;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Mapping;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Review;
using Scheduling.Domain.Replacements;
using Scheduling.Domain.Rules;
using Scheduling.Solver;
using Duration = Google.Protobuf.WellKnownTypes.Duration;
using Roster = Scheduling.Api.V1.Roster;

namespace Scheduling.Api.Application.Absences;

/// <summary>
/// What an absence does to a roster: the shifts it opens with their ranked replacements (<see cref="ReplacementFinder"/>
/// over the roster's problem with the unit's current absences and unavailable days), one accepted as a new version that
/// differs only in that shift, or a re-plan of the days around the gap. A published roster is never changed: the change
/// makes a new proposed version, published by the manager as any other.
/// </summary>
public sealed class Replacements(
    Absences absences, RosterVersions versions, RosterRepository rosters, RosterWrites writes, UnitProblems units, WishPrices slots, IOptions<SchedulingOptions> options, IClock clock)
{
    public const int DefaultWindowDays = 3, MaxWindowDays = 14;

    public const double DefaultSeconds = 10, MaxSeconds = 60;

    /// <summary>A roster, an absence of its unit, the problem with the unit's current unavailability and the roster's pins, and today in its zone.</summary>
    private sealed record Context(RosterVersion Roster, V1.Absence Absence, RosterProblem Problem, AbsenceSpan Span, Domain.Roster Current, LocalDate Today)
    {
        public IEnumerable<Domain.Assignment> Opened => Span.OpenedShifts(Problem, Current);
    }

    private async Task<Context> ContextAsync(string rosterName, string absenceName, CancellationToken cancellation)
    {
        var roster = await versions.GetVersionAsync(rosterName, cancellation).ConfigureAwait(false);
        if (string.IsNullOrEmpty(absenceName)) throw ApiErrors.InvalidArgument("absence", "is required: units/{unit}/absences/{absence}");
        var absence = await absences.GetAsync(absenceName, cancellation).ConfigureAwait(false);
        if (roster.Unit.Length == 0 || !absenceName.StartsWith(roster.Unit + "/", StringComparison.Ordinal))
            throw ApiErrors.InvalidArgument("absence", $"{absenceName} is not an absence of {(roster.Unit.Length > 0 ? roster.Unit : "the roster's unit")}");
        if (roster.State == ReviewState.Superseded)
            throw ApiErrors.FailedPrecondition($"{roster.Name} has been superseded by a newer published version", [new ProblemError(roster.Name, "state is SUPERSEDED")]);
        var stored = await units.WithCurrentUnavailabilityAsync(await versions.StoredProblemAsync(roster, cancellation).ConfigureAwait(false), roster.Unit, cancellation).ConfigureAwait(false);
        var problem = stored.Problem.WithPins(roster.Pins);
        var zone = problem.Period.Zone;
        return new Context(roster, absence, problem, Absences.Span(absence, zone), roster.Assignments, clock.GetCurrentInstant().InZone(zone).Date);
    }

    /// <summary>The ranked replacements for each shift of the roster the absence opens.</summary>
    public async Task<ListReplacementsResponse> ListAsync(string rosterName, string absenceName, CancellationToken cancellation)
    {
        var context = await ContextAsync(rosterName, absenceName, cancellation).ConfigureAwait(false);
        var response = new ListReplacementsResponse { Roster = context.Roster.Name, Absence = context.Absence.Name };
        foreach (var shift in context.Opened)
        {
            cancellation.ThrowIfCancellationRequested();
            response.Shifts.Add(ToProto(ReplacementFinder.Find(context.Problem, context.Current, new OpenedShift(shift.Employee, shift.Date, shift.Shift), context.Today)));
        }

        return response;
    }

    /// <summary>
    /// Gives the absent employee's shift on <paramref name="date"/> to <paramref name="employee"/>, who must be able to take
    /// it without breaking a hard rule: a new version of a published roster, or the proposed version changed.
    /// </summary>
    public Task<AcceptReplacementResponse> AcceptAsync(string rosterName, string absenceName, string date, string employee, CancellationToken cancellation) =>
        writes.RunAsync(async () =>
        {
            var context = await ContextAsync(rosterName, absenceName, cancellation).ConfigureAwait(false);
            var day = LocalDatePattern.Iso.Parse(date ?? "");
            if (!day.Success) throw ApiErrors.InvalidArgument("date", $"'{date}' is not a date (yyyy-MM-dd)");
            var shift = context.Opened.FirstOrDefault(a => a.Date == day.Value)
                ?? throw ApiErrors.InvalidArgument("date", $"{context.Absence.Employee} has no shift on {date} in {context.Roster.Name} that the absence overlaps");
            var taker = new EmployeeId(string.IsNullOrEmpty(employee) ? "-" : employee);
            if (string.IsNullOrEmpty(employee) || !context.Problem.EmployeeById.ContainsKey(taker))
                throw ApiErrors.InvalidArgument("employee", $"'{employee}' is not an employee of this roster");
            if (taker == shift.Employee) throw ApiErrors.InvalidArgument("employee", $"{employee} is the absent employee");
            var list = ReplacementFinder.Find(context.Problem, context.Current, new OpenedShift(shift.Employee, shift.Date, shift.Shift), context.Today);
            if (list.Excluded.FirstOrDefault(e => e.Employee == taker) is { } excluded)
                throw ApiErrors.InvalidArgument("employee", $"{employee} cannot take {shift.Shift} on {date}: {ReplacementTexts.Excluded(excluded, ReplacementTexts.English)}");

            var assignments = context.Current.Assignments.Remove(shift).Add(new Domain.Assignment(taker, shift.Date, shift.Shift));
            var (roster, changes) = await SaveVersionAsync(context, new Domain.Roster(assignments), cancellation).ConfigureAwait(false);
            return new AcceptReplacementResponse { Roster = roster, Changes = { changes } };
        }, cancellation);

    /// <summary>
    /// Re-plans the days around the absence: a solve in the call of the roster's problem (the unit's absences and
    /// unavailable days holding, pins kept) with every day outside the window held as it is and each changed day costing
    /// the rule stability, more the closer the day is to today: weight × (1 + the days it lies inside the 14-day notice),
    /// so of two equally good changes the one further ahead is made (tomorrow's costs 14 ×, one two weeks ahead 1 ×);
    /// warm-started from the roster without the opened shifts; the result saved as the next version.
    /// </summary>
    public async Task<ReplanAbsenceResponse> ReplanAsync(string rosterName, string absenceName, int windowDays, Duration? timeLimit, CancellationToken cancellation)
    {
        if (windowDays is < 0 or > MaxWindowDays) throw ApiErrors.InvalidArgument("windowDays", $"must be 0 (the default, {DefaultWindowDays}) to {MaxWindowDays}");
        var window = windowDays == 0 ? DefaultWindowDays : windowDays;
        var limit = TimeLimit(timeLimit);
        var context = await ContextAsync(rosterName, absenceName, cancellation).ConfigureAwait(false);
        var opened = context.Opened.ToList();
        if (opened.Count == 0)
            throw ApiErrors.FailedPrecondition($"{context.Absence.Name} opens no shift of {context.Roster.Name}", [new ProblemError("absence", "overlaps none of the employee's shifts")]);
        var first = opened.Min(a => a.Date).PlusDays(-window);
        var last = opened.Max(a => a.Date).PlusDays(window);
        var problem = Held(context.Problem, context.Current, first, last);
        problem = Replanning.WithReference(problem, context.Current, context.Today);
        var hint = new Domain.Roster([.. context.Current.Assignments.Except(opened)]);

        using var slot = await slots.SlotAsync(cancellation).ConfigureAwait(false);
        var solverOptions = new SolverOptions { TimeLimit = limit, Workers = options.Value.DefaultWorkers, Hint = hint, RelaxWhenInfeasible = false, ExplainInfeasibility = false };
        var result = await Task.Run(() => RosterSolver.Solve(problem, solverOptions, cancellation: cancellation), cancellation).ConfigureAwait(false);
        cancellation.ThrowIfCancellationRequested();
        // Hard violations the roster had apart from the absence may remain; the re-plan must not add any.
        if (result.Roster is not { } replanned || RuleChecker.Evaluate(context.Problem, replanned).HardViolationCount > RuleChecker.Evaluate(context.Problem, hint).HardViolationCount)
            throw ApiErrors.FailedPrecondition($"no roster keeping the hard rules was found within {limit.TotalSeconds:0.#} s with the days {first:uuuu-MM-dd} to {last:uuuu-MM-dd} free to change ({result.Status}); widen the window or give more time",
                [new ProblemError("windowDays", $"{window} days on each side were not enough")]);

        return await writes.RunAsync(async () =>
        {
            var (roster, changes) = await SaveVersionAsync(context, replanned, cancellation).ConfigureAwait(false);
            return new ReplanAbsenceResponse { Roster = roster, Changes = { changes }, AffectedEmployees = { roster.AffectedEmployees } };
        }, cancellation).ConfigureAwait(false);
    }

    /// <summary>The problem with every employee's day outside <paramref name="first"/>..<paramref name="last"/> pinned to the roster (pins hard).</summary>
    private static RosterProblem Held(RosterProblem problem, Domain.Roster current, LocalDate first, LocalDate last)
    {
        var pinned = problem.Pins.Select(p => (p.Employee, p.Date)).ToHashSet();
        var shifts = current.Assignments.GroupBy(a => (a.Employee, a.Date)).ToDictionary(g => g.Key, g => g.First().Shift);
        var held = problem.Employees.SelectMany(e => problem.Period.Dates
            .Where(d => (d < first || d > last) && !pinned.Contains((e.Id, d)))
            .Select(d => new Domain.Pin(e.Id, d, shifts.TryGetValue((e.Id, d), out var code) ? code : null)));
        var rules = problem.Rules.Get<PinsRule>() is { Enforcement.IsHard: true }
            ? problem.Rules
            : new Domain.Rules.RulePack(problem.Rules.Id, [.. problem.Rules.Rules.Where(r => r is not PinsRule), new PinsRule()]);
        return problem.WithRules(rules).WithPins([.. problem.Pins, .. held]);
    }

    /// <summary>
    /// Stores <paramref name="changed"/> as the next version of the context's roster (a new one of a published roster, else
    /// in place), without pins on the absent employees' opened days, re-checked and reported against its problem: the
    /// roster as stored, with the shifts that differ.
    /// </summary>
    private async Task<(Roster Roster, List<MovedShift> Changes)> SaveVersionAsync(Context context, Domain.Roster changed, CancellationToken cancellation)
    {
        var now = clock.GetCurrentInstant();
        var openedDays = context.Opened.Select(a => (a.Employee, a.Date)).ToHashSet();
        var target = RosterEdits.Editable(context.Roster, now) with
        {
            Assignments = new Domain.Roster([.. changed.Assignments.Select(a => a with { Unit = null })]), // stored without units, as before
            Pins = [.. context.Roster.Pins.Where(p => !openedDays.Contains((p.Employee, p.Date)))],
            Updated = now,
        };
        var review = await versions.ProblemAsync(target, cancellation).ConfigureAwait(false);
        target = await versions.WithAffectedAsync(target, cancellation).ConfigureAwait(false);
        var saved = await rosters.SaveReportedAsync(target, review, RuleChecker.Evaluate(review, target.Assignments), null, cancellation).ConfigureAwait(false);
        var (version, report) = await versions.GetAsync(saved.Name, cancellation).ConfigureAwait(false);
        return (RosterMapping.ToProto(version, report), [.. RosterChanges.Between(context.Roster.Assignments, target.Assignments).Select(MovedShifts.ToProto)]);
    }

    private static TimeSpan TimeLimit(Duration? requested)
    {
        if (requested is null) return TimeSpan.FromSeconds(DefaultSeconds);
        if (requested.Seconds < 0 || requested.Nanos is < 0 or > 999_999_999 || requested.ToTimeSpan() <= TimeSpan.Zero || requested.ToTimeSpan().TotalSeconds > MaxSeconds)
            throw ApiErrors.InvalidArgument("timeLimit", $"must be above 0 s and at most {MaxSeconds} s");
        return requested.ToTimeSpan();
    }

    private static OpenedShiftReplacements ToProto(ReplacementList list)
    {
        var proto = new OpenedShiftReplacements
        {
            Employee = list.Shift.Employee.Value,
            Date = ProblemMapping.Date(list.Shift.Date),
            Shift = list.Shift.Shift.Value,
            NeedsConsent = list.Candidates.Any(c => c.NeedsConsent),
        };
        foreach (var c in list.Candidates)
        {
            var candidate = new V1.ReplacementCandidate
            {
                Employee = c.Employee.Value,
                EmployeeName = c.Name,
                Rank = c.Rank,
                PenaltyDifference = c.PenaltyDifference,
                ExtraPayKronor = c.ExtraPayKronor,
                UnsocialHoursKronor = c.UnsocialHoursKronor,
                MertidKronor = c.MertidKronor,
                OvertimeKronor = c.OvertimeKronor,
                BasePayKronor = c.BasePayKronor,
                WorkedMinutesBefore = c.WorkedMinutesBefore,
                WorkedMinutesAfter = c.WorkedMinutesAfter,
                FairShareExcess = (double)c.FairShareExcess,
                NeedsConsent = c.NeedsConsent,
                ReasonSv = c.ReasonSwedish,
                ReasonEn = c.ReasonEnglish,
            };
            candidate.PenaltyByRule.Add(c.PenaltyByRule);
            if (c.TargetMinutes is { } target) candidate.TargetMinutes = target;
            proto.Candidates.Add(candidate);
        }

        foreach (var e in list.Excluded)
        {
            proto.Excluded.Add(new V1.ReplacementExclusion
            {
                Employee = e.Employee.Value,
                EmployeeName = e.Name,
                Broken = { e.Broken.Select(v => new RuleBreach { Rule = v.RuleId, Dates = { v.Dates.Select(ProblemMapping.Date) }, MessageSv = v.MessageIn(ReplacementTexts.Swedish), MessageEn = v.Message }) },
                ReasonSv = ReplacementTexts.Excluded(e, ReplacementTexts.Swedish),
                ReasonEn = ReplacementTexts.Excluded(e, ReplacementTexts.English),
            });
        }

        if (list.Substitute is { } s)
            proto.Substitute = new SubstituteLine { Kronor = s.Kronor, WorkingMinutes = s.Minutes, ReasonSv = s.ReasonSwedish, ReasonEn = s.ReasonEnglish };
        return proto;
    }
}
