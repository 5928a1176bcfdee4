namespace Scheduling.Domain.Rules;

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

    /// <summary>
    /// The pack's own citation of where the rule comes from, replacing the registry's source text when not empty
    /// (<see cref="RuleRegistry.SourceOf(Rule, Reporting.ReportLanguage)"/>).
    /// </summary>
    public string Source { get; init; }

    public Enforcement Enforcement { get; init; }

    /// <summary>What one unit of harm is, for reports (e.g. "minute short").</summary>
    public abstract string Unit { get; }
}
