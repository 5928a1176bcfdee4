using Scheduling.Domain.Reporting;

namespace Scheduling.Domain.Rules;

/// <summary>A text a user reads, in Swedish (the users' language) and English.</summary>
public sealed record RuleText
{
    public RuleText(string swedish, string english)
    {
        if (string.IsNullOrWhiteSpace(swedish) || string.IsNullOrWhiteSpace(english))
            throw new DomainException("a rule text needs both its Swedish and its English words");
        Swedish = swedish;
        English = english;
    }

    public string Swedish { get; }
    public string English { get; }

    public string In(ReportLanguage language) => language == ReportLanguage.English ? English : Swedish;

    public override string ToString() => Swedish;
}
