namespace Scheduling.Domain.Rules;

/// <summary>
/// Where a rule's force comes from. A unit's pack may tighten a <see cref="Law"/> or <see cref="Agreement"/> rule
/// but never loosen it below its definition's floor; a <see cref="UnitPolicy"/> rule is the unit's to set.
/// </summary>
public enum RuleKind
{
    /// <summary>Arbetstidslagen (SFS 1982:673) and other statute.</summary>
    Law,

    /// <summary>The collective agreement (AB, HÖK) and the employment contract.</summary>
    Agreement,

    /// <summary>The unit's own choices: demand, wishes, fairness, cost, continuity.</summary>
    UnitPolicy,

    /// <summary>The shape of a roster (one shift per day, no overlap): always hard, never in a pack.</summary>
    Structural,
}
