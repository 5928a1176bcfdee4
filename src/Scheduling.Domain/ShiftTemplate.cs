namespace Scheduling.Domain;

/// <summary>The kind of a shift, used by fairness and cost rules.</summary>
public enum ShiftKind
{
    Day,
    Evening,
    Night,
}

/// <summary>
/// A shift template (pass): starts at a local time and lasts a nominal length that may cross midnight.
/// On a given date its real interval is computed on instants: the local end is the local start plus the
/// nominal length, both mapped through the zone, so a 21:00–07:00 night lasts 9 h across the spring DST
/// change and 11 h across the autumn one.
/// </summary>
public sealed record ShiftTemplate
{
    public ShiftTemplate(
        ShiftCode code,
        LocalTime start,
        Duration length,
        ShiftKind kind,
        string? name = null,
        Duration unpaidBreak = default,
        CompetenceId? requiredCompetence = null)
    {
        if (length <= Duration.Zero) throw new DomainException($"shift {code}: length must be positive");
        if (length > Duration.FromHours(24)) throw new DomainException($"shift {code}: length must be at most 24 h");
        if (unpaidBreak < Duration.Zero || unpaidBreak >= length)
            throw new DomainException($"shift {code}: unpaid break must be at least 0 and shorter than the shift");
        if (length.SubsecondTicks != 0 || length.Seconds != 0)
            throw new DomainException($"shift {code}: length must be whole minutes");
        Code = code;
        Start = start;
        Length = length;
        Kind = kind;
        Name = name ?? code.Value;
        UnpaidBreak = unpaidBreak;
        RequiredCompetence = requiredCompetence;
    }

    public ShiftCode Code { get; }
    public LocalTime Start { get; }

    /// <summary>The nominal length, as on the clock on a day without a DST change.</summary>
    public Duration Length { get; }

    public ShiftKind Kind { get; }
    public string Name { get; }

    /// <summary>Unpaid break inside the shift (rast); it does not count as working time.</summary>
    public Duration UnpaidBreak { get; }

    /// <summary>A competence the person working this shift must hold, valid on the date.</summary>
    public CompetenceId? RequiredCompetence { get; }

    /// <summary>The local end time (the next day's when it crosses midnight).</summary>
    public LocalTime End => Start.PlusMinutes((long)Length.TotalMinutes);

    /// <summary>The real interval of this shift when it starts on <paramref name="date"/>: start inclusive, end exclusive.</summary>
    public Interval IntervalOn(LocalDate date, DateTimeZone zone)
    {
        var localStart = date + Start;
        var localEnd = localStart.PlusMinutes((long)Length.TotalMinutes);
        // A start or end inside the spring gap is moved forward by the gap; in the autumn overlap the
        // earlier instant is taken, as a clock on the wall would read it the first time.
        var start = localStart.InZoneLeniently(zone).ToInstant();
        var end = localEnd.InZoneLeniently(zone).ToInstant();
        // A short shift wholly inside the spring gap would end before it starts once its start is moved
        // forward: it then keeps its nominal length from the moved start.
        return new Interval(start, end > start ? end : start + Length);
    }

    /// <summary>Working time of this shift on <paramref name="date"/>: real length minus the unpaid break.</summary>
    public Duration WorkingTimeOn(LocalDate date, DateTimeZone zone) => IntervalOn(date, zone).Duration - UnpaidBreak;
}
