using System.Buffers;
using NodaTime.Calendars;
using Scheduling.Domain;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Decomposition;

/// <summary>
/// A fast search for one employee's schedules of low reduced cost, in milliseconds where the CP-SAT pricing takes
/// a good part of a second: a dynamic program over the days whose states hold what the common per-person rules
/// look back on — the shift the day before (daily rest, forbidden successions), the run of days worked or off
/// (maximum and minimum runs), the weekends worked so far, and the first 7-day window still without its weekly
/// rest (each gap between shifts covers a run of windows) — with the hours steered towards the employee's target
/// by a price per minute worked, searched by bisection (a Lagrangian relaxation of the hours). It is a guide, not a
/// model: what it does not follow (caps per template above zero, preferences over the whole period, the hours'
/// exact penalty and bounds, any rule it does not know) is left to the rule checker, which costs every schedule it
/// proposes exactly or refuses it; and it proves nothing, so the bound still comes from the CP-SAT pricing.
/// With history before the period, the program starts from the state it leaves (the last shift, the run of days worked
/// or off and its length) and forbids the first days' shifts that a hard daily rest or succession rules out after the
/// history's shifts; the weekly-rest windows and the runs of weekends (max-weekends) that start before the period are
/// left to the checker.
/// </summary>
internal sealed class DynamicPricing
{
    private const int BisectionSteps = 14;

    /// <summary>Each shift's minutes are priced ± this share, fixed per shift, so ties between days break apart and the bisection can land between them.</summary>
    private const double Jitter = 0.04;

    /// <summary>Off runs are told apart up to this length (longer ones count as this long); their gap starts at the shift before.</summary>
    private const int OffTracked = 3;

    /// <summary>
    /// Weekends worked are counted in the states up to this many values (a cap of 15 weekends: Instance20's 13 of 26 is counted); a larger cap (a year's
    /// 26 of 52) is priced instead, per weekend worked, raised while the schedules found work more weekends than the
    /// cap allows (as templates over their caps are): the count would multiply the states by 27 and a year's program
    /// would take seconds a person.
    /// </summary>
    private const int ExactWeekendValues = 16;

    /// <summary>
    /// A larger cap is still counted while states × days stays within this: Instance22's 27 values on 92 states a day
    /// (182 440 counted against 308 933 priced, one run each), not Instance24's on 170 (its first round then takes past
    /// half the minute).
    /// </summary>
    private const long ExactWeekendCells = 1_000_000;

    private readonly PricingModel owner;
    private readonly int D;
    private readonly int T;
    private readonly long[,] minutes;
    private readonly double[,] jitter;
    private readonly Interval[,] intervals;

    /// <summary>begin[d, t], finish[d, t]: the shift's real start and end, in seconds from the period's first midnight (a number compares fast).</summary>
    private readonly long[,] begin;
    private readonly long[,] finish;
    /// <summary>restBefore[d]: the rest a shift starting on day d needs after the one before (shorter on a day with a recorded exception); null without a hard daily rest.</summary>
    private readonly long[]? restBefore;

    /// <summary>local[d, t]: the shift's own penalty in objective units from the rules one shift decides; null when a hard one forbids it.</summary>
    private readonly long?[,] local;

    /// <summary>pinned[d]: −2 free, −1 off by a pin, else the template pinned.</summary>
    private readonly int[] pinned;

    private readonly HashSet<(int From, int To)> forbidden = [];

    /// <summary>caps[t]: a hard cap on the shifts of template t above zero and below the period's days (zero is forbidden per shift); null without any.</summary>
    private readonly int?[]? caps;
    private readonly int? maxRun;
    private readonly RunRule workRuns;
    private readonly RunRule offRuns;
    private readonly int? maxWeekends;

    /// <summary>Whether the weekends worked are in the states (a small cap), else priced (<see cref="ExactWeekendValues"/>).</summary>
    private readonly bool exactWeekends;

    /// <summary>
    /// Without a daily or weekly rest to measure, a worked state needs only what the next day's shift may follow: templates
    /// with the same successors on every day (forbidden successions, overlaps) share a class, and the states hold the class;
    /// each transition takes the cheapest template of a class that may follow. With a rest to measure, each template is its
    /// own class (the gaps need its times), and the off states keep the template before the run.
    /// </summary>
    private readonly bool grouped;

    /// <summary>The number of classes (<see cref="T"/> when not grouped); classOf[t] and one member each, representative[c].</summary>
    private readonly int K;
    private readonly int[] classOf;
    private readonly int[] representative;

    /// <summary>mayFollow[(d·K + c)·T + t]: whether template t may be worked on day d after class c the day before (grouped only).</summary>
    private readonly bool[]? mayFollow;

    /// <summary>Values of an off state's template before the run: T + 1 (none is T), or 1 when grouped (always none).</summary>
    private readonly int befores;

    /// <summary>weekend[d]: the index of the weekend day d belongs to, −1 for a weekday.</summary>
    private readonly int[] weekend;

    private readonly WeeklyWindows? weekly;
    private readonly long? target;

    /// <summary>The price per minute that met the target last time: where the next round's search starts.</summary>
    private double? lastPrice;
    private readonly long? lower;

    /// <summary>The minutes the bisection steers to: the target, else the middle of hard bounds on the period's hours, else none.</summary>
    private readonly long? steer;
    private readonly long? upper;
    private readonly long hoursWeight;

    // The state space: kinds (worked: template × run × edge; off: template before × run × edge), × weekends worked ×
    // whether this weekend is counted, × the weekly-rest frontier.
    private readonly int runCap;
    private readonly int offCap;
    private readonly int edges;
    private readonly int weekendValues;
    private readonly int countedValues;
    private readonly int frontierValues;
    private readonly int states;
    private readonly State[] decode;

    /// <summary>Whether the problem knows the days before the period: then the run at day 0 goes on from them.</summary>
    private readonly bool hasHistory;

    /// <summary>The state the history leaves before day 0 (the period's own "rest of unknown length" without history).</summary>
    private readonly State startState;

    /// <summary>The end of the history's shift that a start state refers to (day −run − 1 or −1), in seconds from the period's first midnight.</summary>
    private readonly long historyFinish;

    /// <summary>A minimum length of runs (of work or of days off): hard, or a weight per day short; edges bind or not.</summary>
    private readonly record struct RunRule(int Minimum, bool Hard, long Weight, bool BindAtEdges)
    {
        public static readonly RunRule None = new(0, false, 0, false);

        /// <summary>The penalty of a run of <paramref name="length"/> ending; null when it is forbidden.</summary>
        public long? End(int length, bool touchesEdge)
        {
            if (length >= Minimum || (touchesEdge && !BindAtEdges)) return 0;
            return Hard ? null : checked(Weight * (Minimum - length));
        }
    }

    /// <summary>A state's parts: worked template (or −1 off), run length, template before an off run (T: none), edge, weekends, counted, frontier.</summary>
    private readonly record struct State(int Template, int Run, int Before, bool Edge, int Weekends, bool Counted, int Frontier)
    {
        public bool Worked => Template >= 0;
    }

    /// <param name="owner">The employee's pricing model: their problem, and the checker's verdict on a schedule.</param>
    /// <param name="calculator">The whole problem's cost calculator (its shift times are cached for everyone), or null for the employee's own.</param>
    public DynamicPricing(PricingModel owner, CostCalculator? calculator = null)
    {
        this.owner = owner;
        var problem = owner.Problem;
        var person = problem.Employees[0];
        var zone = problem.Period.Zone;
        D = problem.Period.Days;
        T = problem.Templates.Length;
        minutes = new long[D, T];
        jitter = new double[D, T];
        intervals = new Interval[D, T];
        begin = new long[D, T];
        finish = new long[D, T];
        var origin = problem.Period.DateOf(0).AtStartOfDayInZone(zone).ToInstant();
        var random = new Random(HashCode.Combine(person.Id.Value.Length, person.Id.Value.Sum(c => c)));
        for (var d = 0; d < D; d++)
            for (var t = 0; t < T; t++)
            {
                var date = problem.Period.DateOf(d);
                intervals[d, t] = problem.Templates[t].IntervalOn(date, zone);
                begin[d, t] = (long)(intervals[d, t].Start - origin).TotalSeconds;
                finish[d, t] = (long)(intervals[d, t].End - origin).TotalSeconds;
                minutes[d, t] = (long)problem.Templates[t].WorkingTimeOn(date, zone).TotalMinutes;
                jitter[d, t] = 1 + (Jitter * ((2 * random.NextDouble()) - 1));
            }

        local = LocalPenalties(problem, calculator);
        surcharge = new double[T];
        pinned = Enumerable.Repeat(-2, D).ToArray();
        if (problem.Rules.Get<PinsRule>() is { Enforcement.IsHard: true })
            foreach (var pin in problem.Pins)
                if (problem.Period.IndexOf(pin.Date) is var d and >= 0)
                    pinned[d] = pin.Shift is { } code ? problem.Templates.IndexOf(problem.TemplateByCode[code]) : -1;

        if (problem.Rules.Get<DailyRestRule>() is { Enforcement.IsHard: true } rest)
        {
            var dailyRestSeconds = (long)rest.MinimumRest.TotalSeconds;

            // A recorded exception lets the rest before its day be as short as the exception's minimum; the compensation after it is the checker's.
            restBefore = new long[D];
            for (var d = 0; d < D; d++)
                restBefore[d] = rest.IsExcepted(person.Id, problem.Period.DateOf(d)) ? (long)rest.ExceptionMinimum.TotalSeconds : dailyRestSeconds;
        }
        if (problem.Rules.Get<WeeklyRestRule>() is { Enforcement.IsHard: true } week)
            weekly = new WeeklyWindows(problem.Period, week.WindowDays, week.MinimumRest);
        if (problem.Rules.Get<ForbiddenSuccessionsRule>() is { Enforcement.IsHard: true } successions)
            foreach (var s in successions.Successions)
                if (problem.TemplateByCode.TryGetValue(s.From, out var from) && problem.TemplateByCode.TryGetValue(s.To, out var to))
                    forbidden.Add((problem.Templates.IndexOf(from), problem.Templates.IndexOf(to)));

        if (problem.Rules.Get<MaxShiftsPerTemplateRule>() is { Enforcement.IsHard: true } perTemplate)
        {
            var limits = problem.Templates.Select(t => person.Limits.MaxShiftsPerTemplate.TryGetValue(t.Code, out var most) ? most : perTemplate.DefaultMaximum)
                .Select(most => most is > 0 && most < D ? most : (int?)null).ToArray();
            if (limits.Any(l => l is not null)) caps = limits;
        }

        if (problem.Rules.Get<MaxConsecutiveDaysRule>() is { Enforcement.IsHard: true } most)
            maxRun = person.Limits.MaxConsecutiveDays ?? most.DefaultMaximum;
        workRuns = problem.Rules.Get<MinConsecutiveDaysRule>() is { } work && (person.Limits.MinConsecutiveDays ?? work.DefaultMinimum) is { } workMin
            ? new RunRule(workMin, work.Enforcement.IsHard, work.Enforcement.IsHard ? 0 : work.Enforcement.Weight, work.BindAtHorizonEdges)
            : RunRule.None;
        offRuns = problem.Rules.Get<MinConsecutiveDaysOffRule>() is { } off && (person.Limits.MinConsecutiveDaysOff ?? off.DefaultMinimum) is { } offMin
            ? new RunRule(offMin, off.Enforcement.IsHard, off.Enforcement.IsHard ? 0 : off.Enforcement.Weight, off.BindAtHorizonEdges)
            : RunRule.None;

        weekend = Enumerable.Repeat(-1, D).ToArray();
        if (problem.Rules.Get<MaxWeekendsRule>() is { Enforcement.IsHard: true } weekends && (person.Limits.MaxWeekends ?? weekends.DefaultMaximum) is { } cap)
        {
            maxWeekends = cap;
            var weeks = WeekYearRules.Iso;
            var ids = new Dictionary<(int, int), int>();
            for (var d = 0; d < D; d++)
            {
                var date = problem.Period.DateOf(d);
                if (!weekends.WeekendDays.Contains(date.DayOfWeek)) continue;
                var key = (weeks.GetWeekYear(date), weeks.GetWeekOfWeekYear(date));
                if (!ids.TryGetValue(key, out var id)) ids[key] = id = ids.Count;
                weekend[d] = id;
            }
        }

        target = person.Contract.TargetFor(D) is { } goal ? (long)goal.TotalMinutes : null;
        if (problem.Rules.Get<PeriodHoursRule>() is { Enforcement.IsHard: true })
        {
            var (min, max) = person.Contract.BoundsFor(D);
            lower = min is { } lo ? (long)lo.TotalMinutes : null;
            upper = max is { } hi ? (long)hi.TotalMinutes : null;
        }
        hoursWeight = problem.Rules.Get<HoursTargetRule>()?.Enforcement.Weight ?? 0;

        grouped = restBefore is null && weekly is null;
        (classOf, representative) = grouped ? Classes() : (Enumerable.Range(0, T).ToArray(), Enumerable.Range(0, T).ToArray());
        K = representative.Length;
        if (grouped)
        {
            mayFollow = new bool[D * K * T];
            for (var d = 0; d < D; d++)
                for (var c = 0; c < K; c++)
                    for (var t = 0; t < T; t++)
                        mayFollow[(((d * K) + c) * T) + t] = !forbidden.Contains((representative[c], t)) && Rested(d - 1, representative[c], d, t);
        }
        befores = grouped ? 1 : T + 1;
        runCap = Math.Max(1, Math.Max(maxRun ?? 0, workRuns.Minimum));
        offCap = Math.Max(OffTracked, offRuns.Minimum);
        edges = workRuns.Minimum > 1 || offRuns.Minimum > 1 ? 2 : 1;
        frontierValues = weekly is null ? 1 : WeeklyWindows.FrontierValues;
        var unweighted = (long)((K * runCap) + (befores * offCap)) * edges * (maxWeekends is null ? 1 : 2) * frontierValues;
        exactWeekends = maxWeekends is { } weekendCap && (weekendCap + 1 <= ExactWeekendValues || unweighted * (weekendCap + 1) * D <= ExactWeekendCells);
        weekendValues = exactWeekends ? maxWeekends!.Value + 1 : 1;
        countedValues = maxWeekends is null ? 1 : 2;
        states = ((K * runCap) + (befores * offCap)) * edges * weekendValues * countedValues * frontierValues;
        decode = new State[states];
        for (var s = 0; s < states; s++) decode[s] = Decode(s);

        var history = new HistoryShifts(problem);
        hasHistory = !history.IsEmpty;
        startState = new State(-1, offCap, T, true, 0, false, weekly?.Start ?? 0);
        steer = target ?? (lower is { } low && upper is { } high ? (low + high) / 2 : null);
        historyFinish = WeeklyWindows.Never;
        if (hasHistory)
        {
            AcrossSeam(problem, history, origin);
            var last = history.TemplateOn(0, -1);
            var run = 1;
            while (run < history.Days && history.Works(0, -run - 1) == last >= 0) run++;
            var edge = run == history.Days;
            var before = last >= 0 || edge || run >= offCap || grouped ? T : history.TemplateOn(0, -run - 1);
            if (history.IntervalOn(0, last >= 0 ? -1 : -run - 1) is { } end && (last >= 0 || before < T))
                historyFinish = (long)(end.End - origin).TotalSeconds;
            startState = last >= 0
                ? new State(classOf[last], Math.Min(run, runCap), T, edge, 0, false, weekly?.Start ?? 0)
                : new State(-1, Math.Min(run, offCap), before, edge, 0, false, weekly?.Start ?? 0);
        }
    }

    /// <summary>
    /// Templates grouped by what may follow them: the same forbidden successors, and on every day the same shifts of the
    /// next day that would overlap them. Each template's class, and the first member of each class.
    /// </summary>
    private (int[] ClassOf, int[] Representative) Classes()
    {
        var blocked = new bool[T][];
        for (var t = 0; t < T; t++)
        {
            blocked[t] = new bool[T * Math.Max(1, D)];
            for (var next = 0; next < T; next++)
            {
                blocked[t][next] = forbidden.Contains((t, next));
                for (var d = 1; d < D; d++)
                    blocked[t][(d * T) + next] = begin[d, next] < finish[d - 1, t];
            }
        }

        var classes = new int[T];
        var representatives = new List<int>();
        for (var t = 0; t < T; t++)
        {
            var same = representatives.FindIndex(r => blocked[r].AsSpan().SequenceEqual(blocked[t]));
            if (same < 0)
            {
                same = representatives.Count;
                representatives.Add(t);
            }

            classes[t] = same;
        }

        return (classes, [.. representatives]);
    }

    /// <summary>Forbids the shifts of the first days that a hard daily rest or forbidden succession rules out after the history's shifts.</summary>
    private void AcrossSeam(RosterProblem problem, HistoryShifts history, Instant origin)
    {
        foreach (var (day, template, interval) in history.ShiftsOf(0))
        {
            var end = (long)(interval.End - origin).TotalSeconds;
            for (var d = 0; d < D; d++)
                for (var t = 0; t < T; t++)
                    if (begin[d, t] >= end && begin[d, t] - end < (restBefore?[d] ?? 0))
                        local[d, t] = null;
            if (day == -1)
                for (var t = 0; t < T; t++)
                    if (forbidden.Contains((template, t)))
                        local[0, t] = null;
        }
    }

    /// <summary>The end of shift (d, t), also for a history day (d &lt; 0), where the start state's shift is the one meant.</summary>
    private long Finish(int d, int t) => d >= 0 ? finish[d, t] : historyFinish;

    /// <summary>
    /// Each shift's penalty under the rules a single shift decides, computed as the checker and the model do: a hard
    /// availability, competence, length or zero cap forbids it; refused wishes, preferences against it and its
    /// unsocial-hours pay cost what their rules charge. The schedule's exact cost is the checker's, later.
    /// </summary>
    private long?[,] LocalPenalties(RosterProblem problem, CostCalculator? shared)
    {
        var person = problem.Employees[0];
        var result = new long?[D, T];
        var unavailable = problem.Unavailability.Where(u => u.Employee == person.Id).Select(u => u.Date).ToHashSet();
        var availability = problem.Rules.Get<AvailabilityRule>();
        var competence = problem.Rules.Get<CompetenceRule>();
        var longest = problem.Rules.Get<MaxShiftLengthRule>();
        var caps = problem.Rules.Get<MaxShiftsPerTemplateRule>();
        var wishes = problem.Rules.Get<WishesRule>();
        var preferences = problem.Rules.Get<PreferencesRule>();
        var cost = problem.Rules.Get<CostRule>() is { } c && c.Kinds.Contains(CostKind.UnsocialHours) ? c : null;
        var calculator = cost is null ? null : shared ?? CostCalculator.For(problem);
        var wishesOn = problem.Wishes.Where(w => w.Employee == person.Id && w.Weight > 0).ToLookup(w => w.Date);
        var against = problem.Preferences.Where(p => p.Employee == person.Id && p.Weight > 0).ToList();
        for (var d = 0; d < D; d++)
        {
            var date = problem.Period.DateOf(d);
            for (var t = 0; t < T; t++)
            {
                var template = problem.Templates[t];
                long penalty = 0;
                bool Breaks(Rule? rule, bool broken, long units)
                {
                    if (rule is null || !broken) return false;
                    if (rule.Enforcement.IsHard) return true;
                    penalty += rule.Enforcement.Weight * units;
                    return false;
                }

                if (Breaks(availability, unavailable.Contains(date), 1) ||
                    Breaks(competence, template.RequiredCompetence is { } required && !person.HoldsOn(required, date), 1) ||
                    Breaks(longest, longest is not null && intervals[d, t].Duration > longest.Maximum, longest is null ? 0 : (long)(intervals[d, t].Duration - longest.Maximum).TotalMinutes) ||
                    Breaks(caps, caps is not null && (person.Limits.MaxShiftsPerTemplate.TryGetValue(template.Code, out var most) ? most : caps.DefaultMaximum) == 0, 1))
                    continue;

                if (wishes is not null)
                    foreach (var wish in wishesOn[date])
                    {
                        // Against the same wish with the day off: what working this shift changes.
                        var worked = wish.IsGrantedBy([template.Code]) ? 0 : wish.Weight;
                        var rested = wish.IsGrantedBy([]) ? 0 : wish.Weight;
                        penalty += wishes.Enforcement.Weight * (worked - rested);
                    }

                if (preferences is not null)
                    foreach (var preference in against)
                        if (preference.IsAgainst(template, date))
                            penalty += preferences.Enforcement.Weight * preference.Weight;

                if (calculator is not null)
                    foreach (var line in calculator.PriceAssignment(person.Id, date, template))
                        if (line.Kind == CostKind.UnsocialHours)
                            penalty += cost!.Enforcement.Weight * line.WholeKronor;

                result[d, t] = penalty;
            }
        }

        return result;
    }

    /// <summary>
    /// Schedules of low reduced cost under <paramref name="scaledDuals"/> (what the master pays, in 1/<paramref name="scale"/>
    /// of an objective unit, for a shift of template t on day d), each costed exactly by the checker; those breaking
    /// a hard rule are dropped. Best (least reduced cost) first. A cancellation stops the program between days: the
    /// schedules found before it are still costed, and none when it was cancelled before it began.
    /// </summary>
    public IReadOnlyList<(Column Column, long ReducedCost)> Price(long[,] scaledDuals, long scale, CancellationToken cancellation = default)
    {
        var result = new List<(Column, long)>();
        var refused = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var schedule in Candidates(scaledDuals, scale, cancellation))
        {
            if (owner.ColumnOf(schedule, out var evaluation) is not { } column)
            {
                foreach (var rule in evaluation.HardViolations.Select(v => v.RuleId).Distinct())
                    refused[rule] = refused.GetValueOrDefault(rule) + 1;
                continue;
            }

            var reduced = checked(column.Cost * scale);
            for (var d = 0; d < D; d++)
                if (schedule[d] >= 0)
                    reduced -= scaledDuals[d, schedule[d]];
            result.Add((column, reduced));
        }

        result.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        lastRefused = refused;
        return result;
    }

    private Dictionary<string, int> lastRefused = [];

    /// <summary>For the trace: the hard rules the last <see cref="Price"/>'s refused candidates broke, with how many broke each.</summary>
    public string Refusals => string.Join(", ", lastRefused.OrderByDescending(r => r.Value).Select(r => $"{r.Key} ×{r.Value}"));

    /// <summary>The column of a schedule (its exact own cost by the checker), null when it breaks a hard rule of the employee's.</summary>
    public Column? ColumnOf(int[] schedule) => owner.ColumnOf(schedule);

    /// <summary>The schedules the program proposes (template per day, −1 off), before the checker has seen them.</summary>
    internal IReadOnlyCollection<int[]> Candidates(long[,] scaledDuals, long scale, CancellationToken cancellation = default)
    {
        if (cancellation.IsCancellationRequested) return [];
        this.cancellation = cancellation;
        var day = new double[D, T];
        for (var d = 0; d < D; d++)
            for (var t = 0; t < T; t++)
                if (local[d, t] is { } own)
                    day[d, t] = ((double)own * scale) - scaledDuals[d, t];

        var found = new Dictionary<string, int[]>(StringComparer.Ordinal);
        if (caps is null && (exactWeekends || maxWeekends is null)) 
        {
            Bisect(day, scale, 0, found);
            return found.Values;
        }

        // Caps per template above zero are not in the states (nor a large cap on weekends): while no schedule found
        // keeps the caps within the hours' hard bounds, the templates (or weekends) the one nearest the hours works over
        // their caps are priced up (a Lagrangian price per shift or weekend worked, doubled each round it is still over)
        // and the search runs again. The prices stay for the next call, whose duals differ little.
        var priced = new double[D, T];
        // The weekend's price is bisected once bracketed: too low (over the cap) and too high (the hours out of reach).
        double tooLow = 0;
        double? tooHigh = null;
        for (var round = 0; ; round++)
        {
            for (var d = 0; d < D; d++)
                for (var t = 0; t < T; t++)
                    priced[d, t] = day[d, t] + surcharge[t];
            var latest = Bisect(priced, scale, weekendSurcharge, found);
            if (round == CapRounds || cancellation.IsCancellationRequested || found.Values.Any(f => Excess(f) == 0 && WithinBounds(f)) ||
                latest.Where(f => f.Any(t => t >= 0)).MinBy(f => Math.Abs(Minutes(f) - (steer ?? Minutes(f)))) is not { } nearest) break;
            var moved = false;
            for (var t = 0; t < T; t++)
                if (caps?[t] is { } cap && Count(nearest, t) > cap)
                {
                    surcharge[t] = surcharge[t] == 0 ? Typical(day, t) : surcharge[t] * 2;
                    moved = true;
                }

            if (!exactWeekends && maxWeekends is { } most)
            {
                var weekends = Weekends(nearest);
                if (weekends > most)
                {
                    tooLow = weekendSurcharge;
                    weekendSurcharge = tooHigh is { } high ? (weekendSurcharge + high) / 2 : weekendSurcharge == 0 ? 2 * TypicalWeekend(day) : weekendSurcharge * 2;
                    moved = true;
                }
                else if (weekendSurcharge > 0 && !WithinBounds(nearest) && weekends < most)
                {
                    // Within the cap but not within the hours: the weekends are priced out of the hours' reach.
                    tooHigh = weekendSurcharge;
                    weekendSurcharge = (tooLow + weekendSurcharge) / 2;
                    moved = true;
                }
            }

            if (!moved) break;
        }

        return found.Values;
    }

    /// <summary>The price per shift of each template over its cap, and per weekend worked over a priced cap, kept from call to call.</summary>
    private double[] surcharge = [];
    private double weekendSurcharge;

    /// <summary>Whether a schedule's minutes are within the hard bounds on the period's hours (any, without them).</summary>
    private bool WithinBounds(int[] schedule)
    {
        var worked = Minutes(schedule);
        return (lower is not { } least || worked >= least) && (upper is not { } most || worked <= most);
    }

    private CancellationToken cancellation;

    /// <summary>How many times the program has run over the days (for tests: a stopped program runs none).</summary>
    internal int Solves { get; private set; }

    /// <summary>The states of the program per day (for the trace and tests).</summary>
    internal int States => states;

    /// <summary>What a weekend day's shift is worth on average (at least one unit): the first price of a weekend over the cap.</summary>
    private double TypicalWeekend(double[,] day)
    {
        double sum = 0;
        var cells = 0;
        for (var d = 0; d < D; d++)
            if (weekend[d] >= 0)
                for (var t = 0; t < T; t++)
                    if (local[d, t] is not null)
                    {
                        sum += Math.Abs(day[d, t]);
                        cells++;
                    }

        return Math.Max(1, cells == 0 ? 0 : sum / cells);
    }

    /// <summary>The weekends of the period a schedule works on.</summary>
    private int Weekends(int[] schedule)
    {
        var worked = new HashSet<int>();
        for (var d = 0; d < D; d++)
            if (weekend[d] >= 0 && schedule[d] >= 0)
                worked.Add(weekend[d]);
        return worked.Count;
    }

    /// <summary>Rounds of pricing templates over their caps at most (the price doubles each round).</summary>
    private const int CapRounds = 6;

    /// <summary>The first price of a template over its cap: what a shift of it is worth on an average day it may be worked (at least one unit).</summary>
    private double Typical(double[,] day, int t)
    {
        double sum = 0;
        var days = 0;
        for (var d = 0; d < D; d++)
            if (local[d, t] is not null)
            {
                sum += Math.Abs(day[d, t]);
                days++;
            }

        return Math.Max(1, days == 0 ? 0 : sum / days);
    }

    private static int Count(int[] schedule, int template)
    {
        var count = 0;
        foreach (var t in schedule)
            if (t == template)
                count++;
        return count;
    }

    /// <summary>How many shifts a schedule works over the caps of their templates, all templates together, and weekends over a priced cap.</summary>
    private int Excess(int[] schedule)
    {
        var excess = 0;
        if (caps is not null)
            for (var t = 0; t < T; t++)
                if (caps[t] is { } cap)
                    excess += Math.Max(0, Count(schedule, t) - cap);
        if (!exactWeekends && maxWeekends is { } most)
            excess += Math.Max(0, Weekends(schedule) - most);
        return excess;
    }

    /// <summary>
    /// The schedules of least cost under <paramref name="day"/> with the hours steered to the target by a price per
    /// minute (bisected), and the nearest one above a hard upper bound trimmed to it; each added to <paramref name="found"/>, and returned (this search's alone).
    /// </summary>
    private List<int[]> Bisect(double[,] day, long scale, double weekendPrice, Dictionary<string, int[]> found)
    {
        var met = new List<int[]>();
        var largest = 1.0;
        for (var d = 0; d < D; d++)
            for (var t = 0; t < T; t++)
                if (local[d, t] is not null)
                    largest = Math.Max(largest, Math.Abs(day[d, t]) / Math.Max(1, minutes[d, t]));

        void Keep(int[]? schedule)
        {
            if (schedule is null) return;
            met.Add(schedule);
            found.TryAdd(string.Join(',', schedule), schedule);
        }

        if (steer is not { } goal)
        {
            Keep(Solve(day, scale, 0, weekendPrice).Schedule);
        }
        else
        {
            // Minutes worked fall as the price per minute rises: bisect the price for the target, keeping every
            // schedule met on the way (each a different balance of hours against the rest).
            var span = (2 * largest) + (2.0 * hoursWeight * scale) + 1;
            double low = -span, high = span;
            var steps = BisectionSteps;
            if (lastPrice is { } last)
            {
                // The duals move little from one round to the next, and so does the price that meets the target.
                var near = span / 16;
                var (below, fewest) = Solve(day, scale, last + near, weekendPrice);
                var (above, largestWorked) = Solve(day, scale, last - near, weekendPrice);
                Keep(below);
                Keep(above);
                if (below is not null && above is not null && fewest <= goal && largestWorked >= goal)
                {
                    (low, high) = (last - near, last + near);
                    steps = BisectionSteps / 2;
                }
            }

            for (var step = 0; step < steps; step++)
            {
                var price = (low + high) / 2;
                var (schedule, worked) = Solve(day, scale, price, weekendPrice);
                Keep(schedule);
                // Without a target, any hours within the hard bounds will do.
                if (schedule is null || worked == goal || (target is null && worked >= lower && worked <= upper)) break;
                if (worked > goal) low = price;
                else high = price;
            }

            lastPrice = (low + high) / 2;
        }

        // The price per minute moves the hours in steps of whole weeks where the days look alike; from the nearest
        // schedule above the bounds, drop the shifts the duals value least until it is within them.
        if (upper is { } most && met.Where(f => Minutes(f) > most).MinBy(Minutes) is { } over)
            Keep(Trimmed(over, day, most));
        // And from the nearest below them, add the shifts the duals value most on days off until it reaches them (a price
        // on weekends or templates over their caps can leave every schedule a shift short of a narrow band).
        // (Not under a weekly rest, which an added shift could break unseen.)
        if (weekly is null && lower is { } least && met.Where(f => Minutes(f) < least).MaxBy(Minutes) is { } under)
            Keep(Padded(under, day, least));
        return met;
    }

    private long Minutes(int[] schedule)
    {
        long total = 0;
        for (var d = 0; d < D; d++)
            if (schedule[d] >= 0)
                total += minutes[d, schedule[d]];
        return total;
    }

    /// <summary>The schedule less its dearest shifts (by the day's cost) until its minutes are at most <paramref name="most"/>, or null when that takes it under the target.</summary>
    private int[]? Trimmed(int[] schedule, double[,] day, long most)
    {
        var trimmed = (int[])schedule.Clone();
        var worked = Minutes(trimmed);
        var order = Enumerable.Range(0, D).Where(d => trimmed[d] >= 0 && pinned[d] == -2).OrderByDescending(d => day[d, trimmed[d]]).ToList();
        foreach (var d in order)
        {
            if (worked <= most) break;
            var shift = trimmed[d];
            trimmed[d] = -1;
            if (HardRunsHold(trimmed)) worked -= minutes[d, shift];
            else trimmed[d] = shift;
        }

        return worked <= most && (lower is not { } least || worked >= least) ? trimmed : null;
    }

    /// <summary>
    /// The schedule with the cheapest shifts (by the day's cost) added on free days off until its minutes are at least
    /// <paramref name="least"/>, each only where it keeps the successions, the longest run, the hard minimum runs, the
    /// caps and a priced weekend cap; null when that takes it over the upper bound or no such shifts are left.
    /// </summary>
    private int[]? Padded(int[] schedule, double[,] day, long least)
    {
        var padded = (int[])schedule.Clone();
        var worked = Minutes(padded);
        var options = new List<(int Day, int Template, double Cost)>();
        for (var d = 0; d < D; d++)
            if (padded[d] < 0 && pinned[d] == -2)
                for (var t = 0; t < T; t++)
                    if (local[d, t] is not null)
                        options.Add((d, t, day[d, t]));
        foreach (var (d, t, _) in options.OrderBy(o => o.Cost))
        {
            if (worked >= least) break;
            if (padded[d] >= 0 || !MayAdd(padded, d, t)) continue;
            padded[d] = t;
            if (HardRunsHold(padded)) worked += minutes[d, t];
            else padded[d] = -1;
        }

        return worked >= least && (upper is not { } most || worked <= most) ? padded : null;
    }

    /// <summary>Whether shift (d, t) may go into a schedule: successions and rest with its neighbours, the longest run, the cap of t, a priced weekend cap.</summary>
    private bool MayAdd(int[] schedule, int d, int t)
    {
        if (d > 0 && schedule[d - 1] >= 0 && (forbidden.Contains((schedule[d - 1], t)) || !Rested(d - 1, schedule[d - 1], d, t))) return false;
        if (d + 1 < D && schedule[d + 1] >= 0 && (forbidden.Contains((t, schedule[d + 1])) || !Rested(d, t, d + 1, schedule[d + 1]))) return false;
        if (caps?[t] is { } cap && Count(schedule, t) + 1 > cap) return false;
        if (maxRun is { } longest)
        {
            var run = 1;
            var b = d - 1;
            for (; b >= 0 && schedule[b] >= 0; b--) run++;
            for (var a = d + 1; a < D && schedule[a] >= 0; a++) run++;
            // A run from the period's first day goes on from the history's.
            if (b < 0 && hasHistory && startState.Worked) run += startState.Run;
            if (run > longest) return false;
        }

        if (maxWeekends is { } most && weekend[d] >= 0)
        {
            schedule[d] = t;
            var over = Weekends(schedule) > most;
            schedule[d] = -1;
            if (over) return false;
        }

        return true;
    }

    /// <summary>Whether every run of work and of days off is as long as a hard minimum asks (a dropped shift splits a run).</summary>
    private bool HardRunsHold(int[] schedule)
    {
        // The history's last run ends where day 0 is of the other kind.
        if (hasHistory && startState.Worked != (schedule[0] >= 0))
        {
            var before = startState.Worked ? workRuns : offRuns;
            if (before.Hard && before.End(startState.Run, startState.Edge) is null) return false;
        }

        var start = 0;
        for (var d = 1; d <= D; d++)
        {
            if (d < D && (schedule[d] >= 0) == (schedule[start] >= 0)) continue;
            var rule = schedule[start] >= 0 ? workRuns : offRuns;
            // With history the period's first day is no edge (a run there is judged with the history's, here more strictly alone).
            if (rule.Hard && rule.End(d - start, (start == 0 && !hasHistory) || d == D) is null) return false;
            start = d;
        }

        return true;
    }

    private int Encode(State s)
    {
        var kind = s.Worked
            ? (s.Template * runCap) + (s.Run - 1)
            : (K * runCap) + ((befores == 1 ? 0 : s.Before) * offCap) + (Math.Min(s.Run, offCap) - 1);
        var index = (kind * edges) + (edges == 2 && s.Edge ? 1 : 0);
        index = (index * weekendValues) + s.Weekends;
        index = (index * countedValues) + (countedValues == 2 && s.Counted ? 1 : 0);
        return (index * frontierValues) + s.Frontier;
    }

    private State Decode(int index)
    {
        var frontier = index % frontierValues;
        index /= frontierValues;
        var counted = countedValues == 2 && index % 2 == 1;
        index /= countedValues;
        var weekends = index % weekendValues;
        index /= weekendValues;
        var edge = edges == 2 && index % 2 == 1;
        index /= edges;
        if (index < K * runCap) return new State(index / runCap, (index % runCap) + 1, T, edge, weekends, counted, frontier);
        var off = index - (K * runCap);
        return new State(-1, (off % offCap) + 1, befores == 1 ? T : off / offCap, edge, weekends, counted, frontier);
    }

    private (int[]? Schedule, long Minutes) Solve(double[,] day, long scale, double price, double weekendPrice)
    {
        if (cancellation.IsCancellationRequested) return (null, 0);
        Solves++;
        var costs = ArrayPool<double>.Shared.Rent((D + 1) * states);
        var froms = ArrayPool<int>.Shared.Rent((D + 1) * states);
        var picks = ArrayPool<int>.Shared.Rent((D + 1) * states);
        var steps = grouped ? ArrayPool<double>.Shared.Rent(D * (K + 1) * K) : null;
        var chosen = grouped ? ArrayPool<int>.Shared.Rent(D * (K + 1) * K) : null;
        try
        {
            Array.Fill(costs, double.PositiveInfinity, 0, (D + 1) * states);
            if (grouped) Cheapest(day, price, steps!, chosen!);
            return Search(day, scale, price, weekendPrice, costs, froms, picks, steps, chosen);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(costs);
            ArrayPool<int>.Shared.Return(froms);
            ArrayPool<int>.Shared.Return(picks);
            if (grouped)
            {
                ArrayPool<double>.Shared.Return(steps!);
                ArrayPool<int>.Shared.Return(chosen!);
            }
        }
    }

    /// <summary>
    /// For each day, class worked the day before (K: none, an off day or the period's start) and class: the cheapest
    /// template of the class that may be worked that day after it (−1 when none may), and its cost with the hours' price.
    /// </summary>
    private void Cheapest(double[,] day, double price, double[] steps, int[] chosen)
    {
        for (var d = 0; d < D; d++)
            for (var from = 0; from <= K; from++)
            {
                var at = ((d * (K + 1)) + from) * K;
                for (var c = 0; c < K; c++)
                {
                    steps[at + c] = double.PositiveInfinity;
                    chosen[at + c] = -1;
                }

                var follows = from < K ? ((d * K) + from) * T : -1;
                for (var t = 0; t < T; t++)
                {
                    if ((pinned[d] != -2 && pinned[d] != t) || local[d, t] is null) continue;
                    if (follows >= 0 && !mayFollow![follows + t]) continue;
                    var step = day[d, t] + (price * minutes[d, t] * jitter[d, t]);
                    var c = classOf[t];
                    if (step < steps[at + c]) (steps[at + c], chosen[at + c]) = (step, t);
                }
            }
    }

    private (int[]? Schedule, long Minutes) Search(double[,] day, long scale, double price, double weekendPrice, double[] costs, int[] froms, int[] picks, double[]? steps, int[]? chosen)
    {
        // costs[d × states + s]: the least cost of reaching state s after d days; froms: the state before it.

        // Before day 0 is rest of unknown length: an off run that touches the period's start, after no shift.
        var active = new List<int> { Encode(startState) };
        costs[active[0]] = 0;
        var nextActive = new List<int>();
        for (var d = 0; d < D; d++)
        {
            if (cancellation.IsCancellationRequested) return (null, 0);
            var now = d * states;
            var next = (d + 1) * states;
            nextActive.Clear();
            var sameWeekend = d > 0 && weekend[d] >= 0 && weekend[d] == weekend[d - 1];
            foreach (var s in active)
            {
                var here = decode[s];
                var counted = sameWeekend && here.Counted;

                // Off on day d.
                if (pinned[d] is -2 or -1 && (here.Worked ? workRuns.End(here.Run, here.Edge) : 0) is { } p)
                {
                    // A run of days off from day 0 counts from day 0 where the rule binds at the edges, else it
                    // goes on the rest before the period, of unknown length.
                    var rest = here.Worked
                        ? here with { Template = -1, Run = 1, Before = grouped ? T : here.Template, Edge = false, Counted = counted }
                        : here with { Run = d == 0 && offRuns.BindAtEdges && !hasHistory ? 1 : Math.Min(here.Run + 1, offCap), Counted = counted };
                    int? frontier = 0;
                    if (weekly is not null)
                    {
                        var since = here.Worked ? Finish(d - 1, here.Template) : here.Before == T ? WeeklyWindows.Never : Finish(d - here.Run - 1, here.Before);
                        frontier = weekly.Advance(here.Frontier, d, since, weekly.EndOf(d), since);
                    }

                    if (frontier is { } f) Relax(Encode(rest with { Frontier = f }), costs[now + s] + (p * (double)scale), s, -1);
                }

                var cheapest = ((d * (K + 1)) + (here.Worked ? here.Template : K)) * K;
                for (var c = 0; c < K; c++)
                {
                    int t;
                    double step;
                    if (grouped)
                    {
                        // The cheapest template of the class that may follow (forbidden successions and overlaps are in it).
                        t = chosen![cheapest + c];
                        if (t < 0) continue;
                        step = steps![cheapest + c];
                    }
                    else
                    {
                        t = c;
                        if ((pinned[d] != -2 && pinned[d] != t) || local[d, t] is null) continue;
                        step = day[d, t] + (price * minutes[d, t] * jitter[d, t]);
                    }

                    long penalty = 0;
                    double extra = 0;
                    State shift;
                    int gapFromDay, gapFromTemplate;
                    if (here.Worked)
                    {
                        if ((!grouped && (!Rested(d - 1, here.Template, d, t) || forbidden.Contains((here.Template, t)))) || (maxRun is { } m && here.Run + 1 > m)) continue;
                        shift = here with { Template = c, Run = Math.Min(here.Run + 1, runCap) };
                        (gapFromDay, gapFromTemplate) = (d - 1, here.Template);
                    }
                    else
                    {
                        // The rest before the period is no run of the period's own.
                        if ((d == 0 && !hasHistory ? 0 : offRuns.End(here.Run, here.Edge)) is not { } q) continue;
                        penalty = q;
                        (gapFromDay, gapFromTemplate) = here.Before == T ? (-1, -1) : (d - here.Run - 1, here.Before);
                        if (gapFromDay >= 0 && !Rested(gapFromDay, gapFromTemplate, d, t)) continue;
                        shift = here with { Template = c, Run = 1, Before = T, Edge = d == 0 && !hasHistory };
                    }

                    if (weekly is not null)
                    {
                        var gapFrom = gapFromDay >= 0 ? finish[gapFromDay, gapFromTemplate] : gapFromTemplate >= 0 ? historyFinish : WeeklyWindows.Never;
                        if (weekly.Advance(here.Frontier, d, gapFrom, begin[d, t], finish[d, t]) is not { } frontier) continue;
                        shift = shift with { Frontier = frontier };
                    }

                    if (weekend[d] >= 0 && maxWeekends is { } cap && !counted)
                    {
                        if (exactWeekends)
                        {
                            if (shift.Weekends + 1 > cap) continue;
                            shift = shift with { Weekends = shift.Weekends + 1, Counted = true };
                        }
                        else
                        {
                            // A large cap is priced per weekend worked (see ExactWeekendValues), the checker judges the count.
                            extra = weekendPrice;
                            shift = shift with { Counted = true };
                        }
                    }
                    else
                    {
                        shift = shift with { Counted = counted };
                    }

                    Relax(Encode(shift), costs[now + s] + (penalty * (double)scale) + step + extra, s, t);
                }
            }

            (active, nextActive) = (nextActive, active);

            void Relax(int state, double value, int previous, int template)
            {
                if (value >= costs[next + state]) return;
                if (double.IsPositiveInfinity(costs[next + state])) nextActive.Add(state);
                costs[next + state] = value;
                froms[next + state] = previous;
                picks[next + state] = template;
            }
        }

        // The last run touches the period's end; the weekly windows left must be covered by the rest after the last shift.
        var best = -1;
        var bestCost = double.PositiveInfinity;
        foreach (var s in active)
        {
            var here = decode[s];
            if ((here.Worked ? workRuns : offRuns).End(here.Run, touchesEdge: true) is not { } p) continue;
            if (weekly is not null)
            {
                var lastEnd = here.Worked ? Finish(D - 1, here.Template) : here.Before == T ? WeeklyWindows.Never : Finish(D - here.Run - 1, here.Before);
                if (!weekly.Finish(here.Frontier, D, lastEnd)) continue;
            }

            var value = costs[(D * states) + s] + (p * (double)scale);
            if (value < bestCost) (best, bestCost) = (s, value);
        }

        if (best < 0) return (null, 0);
        var schedule = new int[D];
        long total = 0;
        for (var d = D; d >= 1; d--)
        {
            var t = picks[(d * states) + best];
            schedule[d - 1] = t;
            if (t >= 0) total += minutes[d - 1, t];
            best = froms[(d * states) + best];
        }

        return (schedule, total);
    }

    /// <summary>At least the daily rest between the end of (d1, t1) and the start of (d2, t2); true when d1 lies before the period.</summary>
    private bool Rested(int d1, int t1, int d2, int t2) =>
        d1 < 0 || begin[d2, t2] - finish[d1, t1] >= (restBefore?[d2] ?? 0);
}
