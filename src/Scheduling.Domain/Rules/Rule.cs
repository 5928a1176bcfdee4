using System.Collections.Immutable;

namespace Scheduling.Domain.Rules;

/// <summary>
/// Whether a rule must hold (hard) or costs <see cref="Weight"/> per unit of harm when broken (soft).
/// A rule's unit is documented on the rule: minutes short, windows lacking rest, runs too short, …
/// </summary>
public readonly record struct Enforcement
{
    private Enforcement(bool isHard, long weight)
    {
        IsHard = isHard;
        Weight = weight;
    }

    public bool IsHard { get; }
    public long Weight { get; }

    public static Enforcement Hard => new(true, 0);

    public static Enforcement Soft(long weight) =>
        weight < 0 ? throw new DomainException("a soft rule's weight must not be negative") : new(false, weight);

    public override string ToString() => IsHard ? "hard" : $"soft ({Weight})";
}

/// <summary>
/// A rule instance in a rule pack: a stable id, the text it comes from (law, agreement, unit policy),
/// whether it is hard or soft, and its parameters (on the concrete record).
/// </summary>
public abstract record Rule
{
    protected Rule(string source, Enforcement enforcement)
    {
        Source = source ?? "";
        Enforcement = enforcement;
    }

    /// <summary>The stable id, one of <see cref="RuleIds"/>.</summary>
    public abstract string Id { get; }

    /// <summary>Where the rule comes from, e.g. "ATL §13".</summary>
    public string Source { get; init; }

    public Enforcement Enforcement { get; init; }

    /// <summary>What one unit of harm is, for reports (e.g. "minute short").</summary>
    public abstract string Unit { get; }
}

/// <summary>A named, versioned set of rules (e.g. "se-atl-ab-2025"), at most one instance per rule id.</summary>
public sealed record RulePack
{
    public RulePack(string id, ImmutableArray<Rule> rules)
    {
        Id = string.IsNullOrWhiteSpace(id) ? "unnamed" : id;
        Rules = rules.IsDefault ? [] : rules;
        var duplicate = Rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new DomainException($"rule pack {Id}: rule '{duplicate.Key}' appears more than once");
    }

    public string Id { get; }
    public ImmutableArray<Rule> Rules { get; }

    public T? Get<T>() where T : Rule => Rules.OfType<T>().FirstOrDefault();

    public Rule? this[string id] => Rules.FirstOrDefault(r => r.Id == id);

    /// <summary>
    /// The same pack with every hard rule turned soft at <paramref name="hardWeight"/> per unit: the
    /// least-bad roster of an infeasible problem is the optimum of the relaxed one.
    /// </summary>
    public RulePack Relaxed(long hardWeight) =>
        new(Id + "+relaxed", [.. Rules.Select(r => r.Enforcement.IsHard ? r with { Enforcement = Enforcement.Soft(hardWeight) } : r)]);
}

/// <summary>The stable ids of the rules; the same names are used by the checker and the solver's files.</summary>
public static class RuleIds
{
    /// <summary>Structural, always hard: at most one shift per employee per day.</summary>
    public const string OneShiftPerDay = "one-shift-per-day";

    /// <summary>Structural, always hard: an employee's shifts do not overlap in time.</summary>
    public const string NoOverlap = "no-overlap";

    public const string DailyRest = "daily-rest";
    public const string ForbiddenSuccessions = "forbidden-successions";
    public const string WeeklyRest = "weekly-rest";
    public const string MaxShiftLength = "max-shift";
    public const string PeriodHours = "period-hours";
    public const string HoursTarget = "hours-target";
    public const string MaxShiftsPerTemplate = "max-shifts-per-template";
    public const string MaxConsecutiveDays = "max-consecutive-days";
    public const string MinConsecutiveDays = "min-consecutive-days";
    public const string MinConsecutiveDaysOff = "min-consecutive-days-off";
    public const string MaxWeekends = "max-weekends";
    public const string Availability = "availability";
    public const string Competence = "competence";
    public const string Pins = "pins";
    public const string ShiftCover = "shift-cover";
    public const string DemandMinimum = "demand-minimum";
    public const string DemandIdeal = "demand-ideal";
    public const string DemandSurplus = "demand-surplus";
    public const string Wishes = "wishes";
    public const string Cost = "cost";
    public const string Budget = "budget";
    public const string Stability = "stability";
    public const string Preferences = "preferences";
    public const string FairWishShare = "fair-wish-share";
    public const string FairNights = "fair-nights";
    public const string FairWeekends = "fair-weekends";
    public const string FairHolidays = "fair-holidays";
}
