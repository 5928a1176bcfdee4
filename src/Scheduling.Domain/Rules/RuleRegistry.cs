using System.Collections.Frozen;
using Scheduling.Domain.Reporting;

namespace Scheduling.Domain.Rules;

/// <summary>
/// Every rule the engine knows, in one list (as Timefold's ConstraintProvider lists its constraints): a rule pack's
/// entries are read through it, the checker checks through it, and reports, the CLI, gRPC and the review page name
/// rules and their sources through it, in Swedish or English. The solver keeps its own list of constraint families,
/// keyed by the same rule types (<c>Scheduling.Solver/Rules/ConstraintFamilies.cs</c>); a test fails when the two
/// lists differ or a rule lacks a part.
/// <para>
/// To add a rule (e.g. <c>break</c>):
/// <list type="number">
/// <item>Its id in <see cref="RuleIds"/> (the id DOMAIN.md gives it).</item>
/// <item>A folder <c>Scheduling.Domain/Rules/&lt;RuleName&gt;/</c> with the rule record (<c>&lt;RuleName&gt;Rule</c>: parameters,
/// validated in its constructor, the unit of harm, and its static <c>Definition</c>, a <see cref="RuleDefinition{TRule}"/>
/// given as data: kind, name and source in Swedish and English, the floor of a law or agreement rule, its parameters with
/// their defaults, reading a pack entry, its check and the law's limits on its parameters) and its check
/// (<c>&lt;RuleName&gt;Check</c>: one violation per place it is broken; a rule that is another's computation with other
/// parameters uses that one's, as ordinary-hours and total-hours share <c>WeeklyAverageCheck</c>; helpers in
/// <c>CheckContext</c>: <c>Hours</c>, <c>Day</c>, <c>ReferenceWindows</c>). The compiler asks for each part of the
/// definition. Each violation's message is written in Swedish and English
/// (<c>CheckContext.Broken(rule, employee, dates, units, swedish, english)</c>).</item>
/// <item>One line in <see cref="All"/> below.</item>
/// <item>One file <c>Scheduling.Solver/Rules/&lt;RuleName&gt;.cs</c> (the constraint family, independent of the check) and
/// one line in the solver's <c>ConstraintFamilies</c>.</item>
/// <item>If the built-in pack should carry it, an entry in <c>Rules/Packs/se-atl-ab-*.json</c> (a new version of the pack);
/// then the README's rule table (a test prints the expected one).</item>
/// <item>Tests: a roster that breaks it and one that does not (checker and solver), and for a law rule a pack that
/// loosens it (refused, naming the field); the registry's own tests (every part present, texts in both languages,
/// the README table) and the objective-equals-checker property (add the rule to <c>RandomProblems</c>) cover the rest.</item>
/// </list>
/// </para>
/// </summary>
public static class RuleRegistry
{
    /// <summary>Every rule a pack may hold, in the order the README lists them.</summary>
    public static ImmutableArray<RuleDefinition> All { get; } =
    [
        DailyRestRule.Definition,
        WeeklyRestRule.Definition,
        MaxShiftLengthRule.Definition,
        BreakRule.Definition,
        OrdinaryHoursRule.Definition,
        OvertimeRule.Definition,
        TotalHoursRule.Definition,
        NightWorkRule.Definition,
        PeriodHoursRule.Definition,
        HoursTargetRule.Definition,
        MaxShiftsPerTemplateRule.Definition,
        ForbiddenSuccessionsRule.Definition,
        MaxConsecutiveDaysRule.Definition,
        MinConsecutiveDaysRule.Definition,
        MinConsecutiveDaysOffRule.Definition,
        MaxWeekendsRule.Definition,
        AvailabilityRule.Definition,
        CompetenceRule.Definition,
        PinsRule.Definition,
        ShiftCoverRule.Definition,
        DemandMinimumRule.Definition,
        DemandIdealRule.Definition,
        DemandSurplusRule.Definition,
        WishesRule.Definition,
        PreferencesRule.Definition,
        FairWishShareRule.Definition,
        FairNightsRule.Definition,
        FairWeekendsRule.Definition,
        FairHolidaysRule.Definition,
        CostRule.Definition,
        BudgetRule.Definition,
        StabilityRule.Definition,
        ContinuityRule.Definition,
        PoolOrderRule.Definition,
    ];

    /// <summary>The rules every roster obeys by its shape; they are in no pack, but their violations need names too.</summary>
    public static ImmutableArray<RuleDescription> Structural { get; } =
    [
        new(RuleIds.OneShiftPerDay, RuleKind.Structural, new("ett pass per dag", "one shift per day"), new("schemats form", "the roster's shape")),
        new(RuleIds.NoOverlap, RuleKind.Structural, new("inga överlappande pass", "no overlapping shifts"), new("schemats form", "the roster's shape")),
        new(RuleIds.RosterShape, RuleKind.Structural, new("okänd medarbetare, okänt pass eller datum utanför perioden", "unknown employee, unknown shift or date outside the period"), new("schemats innehåll", "the roster's content")),
        new(RuleIds.UnitAccess, RuleKind.Structural, new("pass bara på egna enheter", "shifts only at the employee's units"), new("schemats form", "the roster's shape")),
    ];

    private static readonly FrozenDictionary<string, RuleDefinition> ById = All.ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);
    private static readonly FrozenDictionary<Type, RuleDefinition> ByType = All.ToFrozenDictionary(d => d.RuleType);
    private static readonly FrozenDictionary<string, RuleDescription> Descriptions =
        All.Select(d => d.Description).Concat(Structural).ToFrozenDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>The definition of a rule id, or null when the engine has no such rule.</summary>
    public static RuleDefinition? Find(string id) => ById.GetValueOrDefault(id);

    /// <summary>The definition of a rule instance.</summary>
    public static RuleDefinition Of(Rule rule) =>
        ByType.TryGetValue(rule.GetType(), out var definition) ? definition : throw new DomainException($"rule type {rule.GetType().Name} is not in the registry");

    /// <summary>The description of a rule id (pack rule or structural), or null.</summary>
    public static RuleDescription? Describe(string ruleId) => Descriptions.GetValueOrDefault(ruleId);

    /// <summary>The rule's name in <paramref name="language"/>; an unknown id is shown as it is.</summary>
    public static string Name(string ruleId, ReportLanguage language) => Describe(ruleId)?.Name.In(language) ?? ruleId;

    /// <summary>
    /// Where a violation's rule comes from in <paramref name="language"/>: the registry's source, unless the pack cited its
    /// own (<paramref name="citedSource"/> differs from the registry's Swedish text), which is shown as written.
    /// </summary>
    public static string Source(string ruleId, string? citedSource, ReportLanguage language)
    {
        var description = Describe(ruleId);
        if (description is null) return citedSource ?? "";
        return string.IsNullOrEmpty(citedSource) || citedSource == description.Source.Swedish ? description.Source.In(language) : citedSource;
    }

    /// <summary>Where a rule instance comes from in <paramref name="language"/>: the pack's own citation, else the registry's.</summary>
    public static string SourceOf(Rule rule, ReportLanguage language = ReportLanguage.Swedish) =>
        rule.Source.Length > 0 ? rule.Source : Of(rule).Description.Source.In(language);
}
