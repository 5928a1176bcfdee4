using System.Collections.Immutable;
using NodaTime;
using Scheduling.Domain.Cost;

namespace Scheduling.Domain.Rules;

/// <summary>
/// Dygnsvila: between the end of any shift and the start of a later one of the same employee there are
/// at least <see cref="MinimumRest"/> of rest (ATL §13: 11 h). Unit: a minute short, per pair of shifts.
/// </summary>
public sealed record DailyRestRule : Rule
{
    public DailyRestRule(Duration minimumRest, string source = "ATL §13", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard)
    {
        if (minimumRest < Duration.Zero || minimumRest > Duration.FromHours(24))
            throw new DomainException("daily-rest: minimum rest must be between 0 and 24 h");
        MinimumRest = minimumRest;
    }

    public Duration MinimumRest { get; }
    public override string Id => RuleIds.DailyRest;
    public override string Unit => "minute of rest short";
}

/// <summary>Two templates that must not follow each other on consecutive days: <see cref="To"/> the day after <see cref="From"/>.</summary>
public sealed record ShiftSuccession(ShiftCode From, ShiftCode To);

/// <summary>Explicit forbidden successions of templates on consecutive days. Unit: one occurrence.</summary>
public sealed record ForbiddenSuccessionsRule : Rule
{
    public ForbiddenSuccessionsRule(ImmutableArray<ShiftSuccession> successions, string source = "unit policy", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard) =>
        Successions = successions.IsDefault ? [] : successions;

    public ImmutableArray<ShiftSuccession> Successions { get; }
    public override string Id => RuleIds.ForbiddenSuccessions;
    public override string Unit => "forbidden succession";
}

/// <summary>
/// Veckovila: every window of <see cref="WindowDays"/> consecutive days inside the period (from local
/// midnight to local midnight) holds at least <see cref="MinimumRest"/> of unbroken rest (ATL §14: 36 h
/// in every 7 days). Time before the period counts as rest. Unit: one window lacking it.
/// </summary>
public sealed record WeeklyRestRule : Rule
{
    public WeeklyRestRule(Duration minimumRest, int windowDays = 7, string source = "ATL §14", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard)
    {
        if (windowDays < 1) throw new DomainException("weekly-rest: window must be at least 1 day");
        if (minimumRest <= Duration.Zero || minimumRest > Duration.FromDays(windowDays))
            throw new DomainException("weekly-rest: minimum rest must be positive and fit in the window");
        MinimumRest = minimumRest;
        WindowDays = windowDays;
    }

    public Duration MinimumRest { get; }
    public int WindowDays { get; }
    public override string Id => RuleIds.WeeklyRest;
    public override string Unit => "7-day window without the rest";
}

/// <summary>A shift's real length is at most <see cref="Maximum"/> (AB: 13 h). Unit: a minute over.</summary>
public sealed record MaxShiftLengthRule : Rule
{
    public MaxShiftLengthRule(Duration maximum, string source = "AB", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard)
    {
        if (maximum <= Duration.Zero) throw new DomainException("max-shift: maximum must be positive");
        Maximum = maximum;
    }

    public Duration Maximum { get; }
    public override string Id => RuleIds.MaxShiftLength;
    public override string Unit => "minute over the maximum";
}

/// <summary>
/// Working minutes in the period lie within each employee's bounds (explicit, or target ± tolerance from
/// the employment rate). Unit: a minute outside the bounds.
/// </summary>
public sealed record PeriodHoursRule(string Source = "AB / employment contract") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.PeriodHours;
    public override string Unit => "minute outside the bounds";
}

/// <summary>Soft: working minutes close to the target from the employment rate. Unit: a minute away from the target.</summary>
public sealed record HoursTargetRule : Rule
{
    public HoursTargetRule(long weightPerMinute, string source = "employment contract (sysselsättningsgrad)")
        : base(source, Enforcement.Soft(weightPerMinute))
    {
    }

    public override string Id => RuleIds.HoursTarget;
    public override string Unit => "minute away from target";
}

/// <summary>At most N assignments of each template per employee (from the employee's limits, else the default). Unit: one too many.</summary>
public sealed record MaxShiftsPerTemplateRule(int? DefaultMaximum = null, string Source = "contract") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.MaxShiftsPerTemplate;
    public override string Unit => "shift too many";
}

/// <summary>
/// At most N consecutive working days. Unit: one window of N+1 consecutive days all worked.
/// </summary>
public sealed record MaxConsecutiveDaysRule(int? DefaultMaximum = null, string Source = "AB / unit policy") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.MaxConsecutiveDays;
    public override string Unit => "window of consecutive days too long";
}

/// <summary>
/// Every run of working days is at least N long. Runs touching the first or last day of the period bind
/// only when <see cref="BindAtHorizonEdges"/> (their true length is unknown). Unit: a day short, per run.
/// </summary>
public sealed record MinConsecutiveDaysRule(int? DefaultMinimum = null, bool BindAtHorizonEdges = false, string Source = "unit policy")
    : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.MinConsecutiveDays;
    public override string Unit => "day short in a run of work";
}

/// <summary>Every run of days off is at least N long; the edge semantics as for <see cref="MinConsecutiveDaysRule"/>. Unit: a day short, per run.</summary>
public sealed record MinConsecutiveDaysOffRule(int? DefaultMinimum = null, bool BindAtHorizonEdges = false, string Source = "unit policy")
    : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.MinConsecutiveDaysOff;
    public override string Unit => "day short in a run of days off";
}

/// <summary>
/// At most N weekends worked in the period. A weekend is worked when any shift starts on one of
/// <see cref="WeekendDays"/> of it; weekends are numbered by ISO week. Unit: one weekend too many.
/// </summary>
public sealed record MaxWeekendsRule : Rule
{
    public MaxWeekendsRule(int? defaultMaximum = null, ImmutableArray<IsoDayOfWeek> weekendDays = default, string source = "practice: every other weekend", Enforcement? enforcement = null)
        : base(source, enforcement ?? Enforcement.Hard)
    {
        DefaultMaximum = defaultMaximum;
        WeekendDays = weekendDays.IsDefaultOrEmpty ? [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday] : weekendDays;
    }

    public int? DefaultMaximum { get; }
    public ImmutableArray<IsoDayOfWeek> WeekendDays { get; }
    public override string Id => RuleIds.MaxWeekends;
    public override string Unit => "weekend too many";
}

/// <summary>No shift on a day the employee cannot work. Unit: one such shift.</summary>
public sealed record AvailabilityRule(string Source = "employee availability") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.Availability;
    public override string Unit => "shift on an unavailable day";
}

/// <summary>A template that requires a competence goes to someone holding it, valid on the date. Unit: one such shift.</summary>
public sealed record CompetenceRule(string Source = "unit policy, delegation rules") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.Competence;
    public override string Unit => "shift without the competence";
}

/// <summary>The manager's pins hold. Unit: one pin broken.</summary>
public sealed record PinsRule(string Source = "manager's decision") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.Pins;
    public override string Unit => "pin broken";
}

/// <summary>Cover per template per date with each row's own weights; the rule's weight multiplies them. Unit: a person short or too many.</summary>
public sealed record ShiftCoverRule : Rule
{
    public ShiftCoverRule(long multiplier = 1, string source = "unit demand")
        : base(source, Enforcement.Soft(multiplier))
    {
    }

    public override string Id => RuleIds.ShiftCover;
    public override string Unit => "person short or over";
}

/// <summary>The demand curve's minimum in every slot. Unit: a person short for one slot.</summary>
public sealed record DemandMinimumRule : Rule
{
    public DemandMinimumRule(string source = "unit demand (behovskurva)", Enforcement? level = null)
        : base(source, level ?? Enforcement.Soft(1000))
    {
    }

    public override string Id => RuleIds.DemandMinimum;
    public override string Unit => "person short of the minimum for one slot";
}

/// <summary>Soft: the demand curve's ideal in every slot. Unit: a person short of the ideal for one slot.</summary>
public sealed record DemandIdealRule : Rule
{
    public DemandIdealRule(long weight, string source = "unit demand (behovskurva)")
        : base(source, Enforcement.Soft(weight))
    {
    }

    public override string Id => RuleIds.DemandIdeal;
    public override string Unit => "person short of the ideal for one slot";
}

/// <summary>Soft: no more people than the ideal in a slot. Unit: a person over the ideal for one slot.</summary>
public sealed record DemandSurplusRule : Rule
{
    public DemandSurplusRule(long weight, string source = "economy in balance")
        : base(source, Enforcement.Soft(weight))
    {
    }

    public override string Id => RuleIds.DemandSurplus;
    public override string Unit => "person over the ideal for one slot";
}

/// <summary>Soft: wishes granted; each refused wish costs its weight times the rule's multiplier. Unit: a wish's weight.</summary>
public sealed record WishesRule : Rule
{
    public WishesRule(long multiplier = 1, string source = "önskeschema")
        : base(source, Enforcement.Soft(multiplier))
    {
    }

    public override string Id => RuleIds.Wishes;
    public override string Unit => "weight of a refused wish";
}

/// <summary>
/// Soft: the roster's cost under the problem's cost model (DOMAIN.md objective 6: low cost within the budget),
/// weighed after the rules, coverage and hours. Only <see cref="Kinds"/> count; by default every kind but base
/// pay, which a monthly-paid employee earns for the contracted hours whatever the roster, and whose hours the
/// hours rules govern. Unit: a whole krona of a cost line (each line rounded per unit, öre half up).
/// </summary>
public sealed record CostRule : Rule
{
    public static readonly ImmutableArray<CostKind> DefaultKinds =
        [CostKind.UnsocialHours, CostKind.AdditionalHours, CostKind.Overtime, CostKind.Substitutes];

    public CostRule(long weight = 1, ImmutableArray<CostKind> kinds = default, string source = "economy in balance (ekonomi i balans)")
        : base(source, Enforcement.Soft(weight)) =>
        Kinds = kinds.IsDefault ? DefaultKinds : [.. kinds.Distinct().Order()];

    public ImmutableArray<CostKind> Kinds { get; }
    public override string Id => RuleIds.Cost;
    public override string Unit => "krona of cost";
}

/// <summary>
/// The roster's whole cost (every kind, base pay included) stays within the unit's budget for the period
/// (the cost section's budget). Hard by default; soft: weight per krona over. Unit: a krona over the budget.
/// </summary>
public sealed record BudgetRule(string Source = "the unit's budget") : Rule(Source, Enforcement.Hard)
{
    public override string Id => RuleIds.Budget;
    public override string Unit => "krona over the budget";
}

/// <summary>
/// Soft: when re-planning, change as few shifts of a reference roster as possible (DOMAIN.md objective 7).
/// Each employee × day whose shift (or day off) differs from <see cref="Reference"/> costs the weight; without
/// a reference (as read from a rule pack, before the service names the roster to keep) nothing counts.
/// Assignments of the reference outside the problem's employees or period are ignored. Unit: a changed day.
/// </summary>
public sealed record StabilityRule : Rule
{
    /// <summary>The weight when a rule pack does not name one: above a refused wish, below a slot short of the minimum.</summary>
    public const long DefaultWeight = 3000;

    public StabilityRule(long weight = DefaultWeight, Roster? reference = null, string source = "re-planning: change few shifts")
        : base(source, Enforcement.Soft(weight)) =>
        Reference = reference;

    public Roster? Reference { get; init; }
    public override string Id => RuleIds.Stability;
    public override string Unit => "day changed from the reference roster";
}
