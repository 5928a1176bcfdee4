namespace Scheduling.Domain.Replacements;

/// <summary>
/// Who can take a published shift that an absence leaves open (<see cref="ReplacementFinder"/>): every employee checked
/// alone by the rule checker with the shift added to their published roster, those who break no hard rule ranked by
/// what it costs, those who would named with the rule and date. Depends on the checker, the cost model and fairness.
/// </summary>
internal static class NamespaceDoc;
