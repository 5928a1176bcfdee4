using Scheduling.Domain.Reporting;
using Scheduling.Domain.Rules;

namespace Scheduling.Domain.Replacements;

/// <summary>The reasons a replacement list gives, in Swedish (the users' language) and English.</summary>
public static class ReplacementTexts
{
    public const ReportLanguage Swedish = ReportLanguage.Swedish;
    public const ReportLanguage English = ReportLanguage.English;

    private static readonly CultureInfo Sv = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>Minutes as hours with a decimal, e.g. <c>7.5 h</c>.</summary>
    public static string Hours(long minutes) => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60m:0.##} h");

    /// <summary>Why a candidate is where they are in the list.</summary>
    public static string Candidate(ReplacementCandidate c, OpenedShift shift, ReportLanguage language)
    {
        var sv = language == Swedish;
        var date = shift.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        var parts = new List<string>
        {
            sv ? $"{c.Name} kan ta {shift.Shift} {date} utan att bryta någon hård regel"
               : $"{c.Name} can take {shift.Shift} on {date} without breaking a hard rule",
        };
        var rules = string.Join(", ", c.PenaltyByRule.Select(r => $"{RuleRegistry.Name(r.Key, language)} {Signed(r.Value)}"));
        parts.Add(c.PenaltyDifference == 0 && rules.Length == 0
            ? (sv ? "straffet ändras inte" : "the penalty does not change")
            : (sv ? $"straff {Signed(c.PenaltyDifference)} ({rules})" : $"penalty {Signed(c.PenaltyDifference)} ({rules})"));
        if (c.ExtraPayKronor != 0 || c.BasePayKronor != 0)
        {
            parts.Add(sv
                ? $"lön {c.BasePayKronor} kr och tillägg {c.ExtraPayKronor} kr (OB {c.UnsocialHoursKronor} kr, mertid {c.MertidKronor} kr, övertid {c.OvertimeKronor} kr)"
                : $"pay {c.BasePayKronor} kr and extra {c.ExtraPayKronor} kr (OB {c.UnsocialHoursKronor} kr, mertid {c.MertidKronor} kr, overtime {c.OvertimeKronor} kr)");
        }

        parts.Add(c.TargetMinutes is { } target
            ? (sv ? $"{Hours(c.WorkedMinutesAfter)} med passet mot målet {Hours(target)}" : $"{Hours(c.WorkedMinutesAfter)} with the shift against a target of {Hours(target)}")
            : (sv ? $"{Hours(c.WorkedMinutesAfter)} med passet" : $"{Hours(c.WorkedMinutesAfter)} with the shift"));
        if (c.FairShareExcess != 0)
        {
            var amount = Math.Abs(c.FairShareExcess).ToString("0.#", sv ? Sv : CultureInfo.InvariantCulture);
            parts.Add(c.FairShareExcess > 0
                ? (sv ? $"{amount} pass över sin rättvisa andel av natt/helg" : $"{amount} shifts over their fair share of nights/weekends")
                : (sv ? $"{amount} pass under sin rättvisa andel av natt/helg" : $"{amount} shifts under their fair share of nights/weekends"));
        }

        if (c.NeedsConsent)
            parts.Add(sv ? $"ändrar ett publicerat schema inom {ReplacementFinder.NoticeDays} dagar: kräver samtycke" : $"changes a published roster within {ReplacementFinder.NoticeDays} days: needs consent");
        return string.Join("; ", parts) + ".";
    }

    /// <summary>Why an employee cannot take the shift: each hard rule it would break, with its dates.</summary>
    public static string Excluded(ReplacementExclusion e, ReportLanguage language) =>
        string.Join("; ", e.Broken.Select(v => $"{RuleRegistry.Name(v.RuleId, language)} ({string.Join(", ", v.Dates.Select(d => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)))}): {v.MessageIn(language)}"));

    private static string Signed(long value) => value.ToString("+0;-0;0", CultureInfo.InvariantCulture);
}
