using Scheduling.Domain.Calendar;

namespace Scheduling.Domain.Cost;

/// <summary>
/// When an OB window opens: on each matching day at <see cref="From"/> (local time), until <see cref="To"/>
/// either <see cref="DaysLater"/> days later or on the first working day after the opening day
/// (<see cref="ToNextWorkingDay"/>: "till kl 07 vardag närmast efter"). A day matches when it is one of
/// <see cref="Days"/>, or when <see cref="BeforeHoliday"/> is set and the next day is a holiday (public or an
/// agreement eve).
/// </summary>
public sealed record WindowOpening
{
    private static readonly ImmutableArray<IsoDayOfWeek> EveryDay =
        [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];

    /// <param name="from">The local time it opens on a matching day.</param>
    /// <param name="to">The local time it closes on the closing day.</param>
    /// <param name="days">The weekdays it opens on; when not given, every day, or none when <paramref name="beforeHoliday"/> is set.</param>
    /// <param name="beforeHoliday">It also opens on a day before a public holiday or an agreement eve.</param>
    /// <param name="toNextWorkingDay">It closes on the first working day after the opening day.</param>
    /// <param name="daysLater">Days from the opening day to the closing day; when not given, 0 if <paramref name="to"/> is after <paramref name="from"/>, else 1.</param>
    public WindowOpening(LocalTime from, LocalTime to, ImmutableArray<IsoDayOfWeek> days = default, bool beforeHoliday = false, int? daysLater = null, bool toNextWorkingDay = false)
    {
        if (daysLater is not null && toNextWorkingDay) throw new DomainException("a window closes either some days later or on the next working day, not both");
        if (daysLater is < 0 or > 7) throw new DomainException($"a window closes 0 to 7 days after it opens, was {daysLater}");
        if (daysLater == 0 && to <= from) throw new DomainException($"a window closing the same day must close after it opens ({from:HH:mm}–{to:HH:mm})");
        Days = days.IsDefault ? (beforeHoliday ? [] : EveryDay) : [.. days.Distinct().Order()];
        if (Days.Contains(IsoDayOfWeek.None)) throw new DomainException("a window opens on named weekdays");
        BeforeHoliday = beforeHoliday;
        From = from;
        To = to;
        DaysLater = toNextWorkingDay ? null : daysLater ?? (to > from ? 0 : 1);
        ToNextWorkingDay = toNextWorkingDay;
    }

    public ImmutableArray<IsoDayOfWeek> Days { get; }
    public bool BeforeHoliday { get; }
    public LocalTime From { get; }
    public LocalTime To { get; }

    /// <summary>Days from the opening day to the closing day; null when it closes on the next working day.</summary>
    public int? DaysLater { get; }

    public bool ToNextWorkingDay { get; }

    public bool OpensOn(LocalDate date) =>
        Days.Contains(date.DayOfWeek) || (BeforeHoliday && SwedishHolidays.IsAgreementHoliday(date.PlusDays(1)));

    /// <summary>The local stretch the window is open when it opens on <paramref name="date"/>: start inclusive, end exclusive.</summary>
    public (LocalDateTime Start, LocalDateTime End) On(LocalDate date)
    {
        var closing = DaysLater is { } later ? date.PlusDays(later) : SwedishHolidays.NextWorkingDayAfter(date);
        return (date + From, closing + To);
    }
}

/// <summary>
/// An OB window (obekväm arbetstid) with its supplement per hour, before social fees. It is open during its
/// openings; when <see cref="OnlyInMajorHolidays"/>, only where those overlap a storhelg period.
/// </summary>
public sealed record UnsocialHoursWindow
{
    public UnsocialHoursWindow(string code, string name, decimal kronorPerHour, ImmutableArray<WindowOpening> openings, bool onlyInMajorHolidays = false)
    {
        if (string.IsNullOrWhiteSpace(code)) throw new DomainException("an OB window needs a code");
        if (kronorPerHour is < 0 or > 10_000) throw new DomainException($"OB window {code}: the supplement must be between 0 and 10 000 kr per hour, was {kronorPerHour}");
        if (decimal.Round(kronorPerHour, 2) != kronorPerHour) throw new DomainException($"OB window {code}: the supplement is given in whole öre, was {kronorPerHour}");
        if (openings.IsDefaultOrEmpty) throw new DomainException($"OB window {code}: needs at least one opening");
        Code = code;
        Name = string.IsNullOrWhiteSpace(name) ? code : name;
        KronorPerHour = kronorPerHour;
        Openings = openings;
        OnlyInMajorHolidays = onlyInMajorHolidays;
    }

    public string Code { get; }
    public string Name { get; }
    public decimal KronorPerHour { get; }
    public ImmutableArray<WindowOpening> Openings { get; }
    public bool OnlyInMajorHolidays { get; }
}

/// <summary>
/// A versioned OB table: the windows, each paying its supplement per hour (an hour in several windows pays the
/// highest), and the storhelg periods the storhelg windows are limited to.
/// </summary>
public sealed record UnsocialHoursTable
{
    public UnsocialHoursTable(string id, string source, ImmutableArray<UnsocialHoursWindow> windows, ImmutableArray<MajorHoliday> majorHolidays)
    {
        Id = string.IsNullOrWhiteSpace(id) ? "custom" : id;
        Source = source ?? "";
        Windows = windows.IsDefault ? [] : windows;
        MajorHolidays = majorHolidays.IsDefault ? [] : majorHolidays;
        var duplicate = Windows.GroupBy(w => w.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new DomainException($"OB table {Id}: window '{duplicate.Key}' appears more than once");
    }

    public string Id { get; }
    public string Source { get; }
    public ImmutableArray<UnsocialHoursWindow> Windows { get; }
    public ImmutableArray<MajorHoliday> MajorHolidays { get; }

    /// <summary>
    /// Kommunal's AB/HÖK levels from 2026-04-01 as DOMAIN.md lists them: weekday evening 19–22, night 22–06,
    /// weekend Friday 19 → Monday 07 (and from 19 the day before a holiday to 07 on the next working day),
    /// the night before a weekend or holiday, storhelg and storhelg night. VERIFY BEFORE USE: levels and hours
    /// change with every agreement; a unit gives its own table in the problem's cost section.
    /// </summary>
    public static UnsocialHoursTable KommunalHok2026 { get; } = new(
        "kommunal-hok-2026-04",
        "Kommunal AB/HÖK OB levels from 2026-04-01 — verify before use",
        [
            new("weekday-evening", "Weekday evening (vardag kväll)", 26.40m,
                [new(new LocalTime(19, 0), new LocalTime(22, 0), [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday])]),
            new("night", "Night (natt)", 58.40m, [new(new LocalTime(22, 0), new LocalTime(6, 0))]),
            new("weekend", "Weekend or holiday (helg)", 68.10m,
            [
                new(new LocalTime(19, 0), new LocalTime(7, 0), [IsoDayOfWeek.Friday], toNextWorkingDay: true),
                new(new LocalTime(19, 0), new LocalTime(7, 0), beforeHoliday: true, toNextWorkingDay: true),
            ]),
            new("night-before-weekend", "Night before a weekend or holiday (natt mot helg)", 78.30m,
            [
                new(new LocalTime(22, 0), new LocalTime(6, 0), [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday]),
                new(new LocalTime(22, 0), new LocalTime(6, 0), beforeHoliday: true),
            ]),
            new("storhelg", "Major holiday (storhelg)", 130.70m, [new(LocalTime.Midnight, LocalTime.Midnight)], onlyInMajorHolidays: true),
            new("storhelg-night", "Major holiday night (storhelg natt)", 156.90m, [new(new LocalTime(22, 0), new LocalTime(6, 0))], onlyInMajorHolidays: true),
        ],
        Calendar.MajorHolidays.AbHok);
}

/// <summary>The minutes of an interval paid under each window of a table, and those paid no supplement.</summary>
public sealed record UnsocialHoursSplit(ImmutableArray<long> MinutesByWindow, long OrdinaryMinutes);

/// <summary>
/// Evaluates an OB table on the instant line of a zone: every opening's local start and end are mapped to
/// instants (a night 22–06 across the spring change lasts 7 h, across the autumn one 9 h), and each moment
/// of an interval is paid under the highest-paying window open then (the first listed on a tie).
/// </summary>
public sealed class UnsocialHoursEvaluator(UnsocialHoursTable table, DateTimeZone zone)
{
    private readonly UnsocialHoursTable table = table;

    // An opening reaches at most this many days forward (Friday before a Christmas on a weekend → Tuesday).
    private const int LookBackDays = 10;

    public UnsocialHoursTable Table => table;

    public UnsocialHoursSplit Split(Interval interval)
    {
        var spans = new List<(Instant Start, Instant End, int Window)>();
        var first = interval.Start.InZone(zone).Date;
        var last = interval.End.InZone(zone).Date;
        List<(Instant Start, Instant End)>? storhelg = null;
        for (var w = 0; w < table.Windows.Length; w++)
        {
            var window = table.Windows[w];
            var open = new List<(Instant Start, Instant End)>();
            for (var date = first.PlusDays(-LookBackDays); date <= last; date = date.PlusDays(1))
                foreach (var opening in window.Openings.Where(o => o.OpensOn(date)))
                {
                    var (localStart, localEnd) = opening.On(date);
                    Clip(open, Instant(localStart), Instant(localEnd), interval);
                }

            if (window.OnlyInMajorHolidays)
            {
                storhelg ??= MajorHolidayStretches(first.Year - 1, last.Year + 1, interval);
                open = [.. open.SelectMany(o => storhelg
                    .Where(s => s.Start < o.End && o.Start < s.End)
                    .Select(s => (Max(o.Start, s.Start), Min(o.End, s.End))))];
            }

            spans.AddRange(open.Select(o => (o.Start, o.End, w)));
        }

        var cuts = spans.SelectMany(s => new[] { s.Start, s.End }).Append(interval.Start).Append(interval.End).Distinct().Order().ToList();
        var byWindow = new Duration[table.Windows.Length];
        var ordinary = Duration.Zero;
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            var best = -1;
            foreach (var span in spans)
                if (span.Start <= from && to <= span.End &&
                    (best < 0 || table.Windows[span.Window].KronorPerHour > table.Windows[best].KronorPerHour ||
                     (table.Windows[span.Window].KronorPerHour == table.Windows[best].KronorPerHour && span.Window < best)))
                    best = span.Window;
            if (best < 0) ordinary += to - from;
            else byWindow[best] += to - from;
        }

        return new UnsocialHoursSplit([.. byWindow.Select(Minutes)], Minutes(ordinary));
    }

    /// <summary>The storhelg periods of the table anchored in the given years, as instants.</summary>
    public IEnumerable<Interval> MajorHolidayPeriods(int fromYear, int toYear) =>
        from year in Enumerable.Range(fromYear, toYear - fromYear + 1)
        from holiday in table.MajorHolidays
        let local = holiday.In(year)
        select new Interval(Instant(local.Start), Instant(local.End));

    private List<(Instant Start, Instant End)> MajorHolidayStretches(int fromYear, int toYear, Interval within)
    {
        var result = new List<(Instant Start, Instant End)>();
        foreach (var period in MajorHolidayPeriods(fromYear, toYear)) Clip(result, period.Start, period.End, within);
        return result;
    }

    // Leniently, as shift templates are: a time in the spring gap moves forward, one in the autumn overlap is the earlier.
    private Instant Instant(LocalDateTime local) => local.InZoneLeniently(zone).ToInstant();

    private static void Clip(List<(Instant Start, Instant End)> into, Instant start, Instant end, Interval within)
    {
        var s = Max(start, within.Start);
        var e = Min(end, within.End);
        if (s < e) into.Add((s, e));
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant Min(Instant a, Instant b) => a < b ? a : b;

    private static long Minutes(Duration d) => d.BclCompatibleTicks / TimeSpan.TicksPerMinute;
}
