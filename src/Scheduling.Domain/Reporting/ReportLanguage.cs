namespace Scheduling.Domain.Reporting;

/// <summary>The language of explanations in a report: Swedish (the users' language, the default) or English.</summary>
public enum ReportLanguage
{
    Swedish,
    English,
}

public static class ReportLanguages
{
    /// <summary>Reads a request's language: "sv" (default when absent) or "en", also as "sv-SE", "en-GB", ….</summary>
    public static ReportLanguage Parse(string? code)
    {
        var primary = (code ?? "").Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary switch
        {
            "" or "sv" => ReportLanguage.Swedish,
            "en" => ReportLanguage.English,
            _ => throw new DomainException($"language '{code}' is not supported (use sv or en)"),
        };
    }

    public static string Code(this ReportLanguage language) => language == ReportLanguage.English ? "en" : "sv";
}
