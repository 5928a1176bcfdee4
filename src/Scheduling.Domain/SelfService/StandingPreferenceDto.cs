namespace Scheduling.Domain.SelfService;

/// <summary>
/// An employee's standing preference (stående önskemål) as they gave it, for every period until replaced: the problem's
/// <see cref="Preference"/> once its priority is weighed. Unset fields are null (<see cref="Count"/> is 0 unless the
/// kind counts weekends); <see cref="Weight"/> is set only on one a unit's import brought, which weighs by it instead
/// of its priority. Checked field by field when submitted, since the kind decides which fields it needs.
/// </summary>
public sealed record StandingPreferenceDto(
    string Name, string Employee, PreferenceKind? Kind, ShiftKind? ShiftKind, string Shift, IsoDayOfWeek? Weekday, int Count, WishPriority? Priority, int? Weight, Instant? UpdateTime);
