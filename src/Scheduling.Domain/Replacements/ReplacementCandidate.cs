namespace Scheduling.Domain.Replacements;

/// <summary>
/// An employee who can take an opened shift without breaking a hard rule, and what it costs: the soft penalty
/// difference by rule (the unit's coverage included), the extra pay in whole kronor (OB, mertid, overtime; base pay
/// apart), working minutes before and after against the period's target, how far over their fair share of the shift's
/// burdens (nights, weekends) they already are, whether it changes their published roster inside the notice period
/// (needs their consent), and the reason in Swedish and English. <see cref="Rank"/> is 1 for the best.
/// </summary>
public sealed record ReplacementCandidate(
    EmployeeId Employee,
    string Name,
    int Rank,
    long PenaltyDifference,
    ImmutableSortedDictionary<string, long> PenaltyByRule,
    long UnsocialHoursKronor,
    long MertidKronor,
    long OvertimeKronor,
    long BasePayKronor,
    long WorkedMinutesBefore,
    long WorkedMinutesAfter,
    long? TargetMinutes,
    decimal FairShareExcess,
    bool NeedsConsent,
    string ReasonSwedish,
    string ReasonEnglish)
{
    /// <summary>What the shift pays beyond base pay: OB, mertid and overtime.</summary>
    public long ExtraPayKronor => UnsocialHoursKronor + MertidKronor + OvertimeKronor;
}
