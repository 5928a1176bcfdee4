namespace Scheduling.Domain;

/// <summary>
/// Demand in the benchmark's form: on a date, this many people on this shift; every person short costs
/// <see cref="UnderWeight"/>, every person too many <see cref="OverWeight"/>.
/// </summary>
public sealed record ShiftDemand
{
    public ShiftDemand(LocalDate date, ShiftCode shift, int required, long underWeight, long overWeight)
    {
        if (required < 0) throw new DomainException($"shift demand {shift} on {date}: required must not be negative");
        if (underWeight < 0 || overWeight < 0) throw new DomainException($"shift demand {shift} on {date}: weights must not be negative");
        Date = date;
        Shift = shift;
        Required = required;
        UnderWeight = underWeight;
        OverWeight = overWeight;
    }

    public LocalDate Date { get; }
    public ShiftCode Shift { get; }
    public int Required { get; }
    public long UnderWeight { get; }
    public long OverWeight { get; }

    /// <summary>The unit whose need this is, in a problem that plans several units (null: the problem's first).</summary>
    public UnitId? Unit { get; init; }
}

/// <summary>
/// One slot of the demand curve (behovskurva): from <see cref="Start"/> for the curve's slot length,
/// at least <see cref="Minimum"/> and ideally <see cref="Ideal"/> people present who hold
/// <see cref="Competence"/> (anyone when null).
/// </summary>
public sealed record DemandSlot
{
    public DemandSlot(Instant start, CompetenceId? competence, int minimum, int ideal)
    {
        if (minimum < 0) throw new DomainException($"demand slot at {start}: minimum must not be negative");
        if (ideal < minimum) throw new DomainException($"demand slot at {start}: ideal must be at least the minimum");
        Start = start;
        Competence = competence;
        Minimum = minimum;
        Ideal = ideal;
    }

    public Instant Start { get; }
    public CompetenceId? Competence { get; }
    public int Minimum { get; }
    public int Ideal { get; }

    /// <summary>The unit whose need this is, in a problem that plans several units (null: the problem's first).</summary>
    public UnitId? Unit { get; init; }
}

/// <summary>
/// The demand curve of a unit over the period: slots of equal length on the instant line, so a DST
/// night has two fewer (spring) or two more (autumn) half-hour slots. An assignment covers a slot when
/// its interval overlaps it.
/// </summary>
public sealed record DemandCurve
{
    public static readonly DemandCurve Empty = new(Duration.FromMinutes(30), []);

    public DemandCurve(Duration slotLength, ImmutableArray<DemandSlot> slots)
    {
        if (slotLength < Duration.FromMinutes(5) || slotLength > Duration.FromHours(24))
            throw new DomainException("demand curve slot length must be between 5 minutes and 24 hours");
        SlotLength = slotLength;
        Slots = slots.IsDefault ? [] : slots;
    }

    public Duration SlotLength { get; }
    public ImmutableArray<DemandSlot> Slots { get; }

    public Interval IntervalOf(DemandSlot slot) => new(slot.Start, slot.Start + SlotLength);
}
