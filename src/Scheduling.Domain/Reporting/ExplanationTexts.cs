using Scheduling.Domain.Rules;

namespace Scheduling.Domain.Reporting;

/// <summary>The words of explanations in Swedish and English: rule names and sources (from <see cref="RuleRegistry"/>), dates, and the sentences.</summary>
internal sealed class ExplanationTexts(ReportLanguage language)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] SvDays = ["", "mån", "tis", "ons", "tor", "fre", "lör", "sön"];
    private static readonly string[] EnDays = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    private static readonly string[] SvMonths = ["", "jan", "feb", "mars", "april", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"];
    private static readonly string[] EnMonths = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private bool Sv => language == ReportLanguage.Swedish;

    public string RuleName(string ruleId) => RuleRegistry.Name(ruleId, language);

    /// <summary>Where a rule comes from, in the report's language (a pack's own citation as written).</summary>
    public string Source(string ruleId, string? citedSource) => RuleRegistry.Source(ruleId, citedSource, language);

    public string Date(LocalDate date)
    {
        var day = (int)date.DayOfWeek;
        return Sv ? $"{SvDays[day]} {date.Day.ToString(Inv)} {SvMonths[date.Month]}" : $"{EnDays[day]} {date.Day.ToString(Inv)} {EnMonths[date.Month]}";
    }

    public static string Time(LocalTime time) => time.ToString("HH:mm", Inv);

    public static string Hours(Duration d) => d.TotalHours.ToString("0.##", Inv);

    public static string Number(long value) => value.ToString("#,##0", Inv).Replace(',', ' ');

    public string Granted => Sv ? "beviljad" : "granted";

    public string Refused(string reason, string source) => Sv ? $"nekad: {reason} ({source})" : $"refused: {reason} ({source})";

    public string DailyRest(Duration rest, bool after, ShiftTemplate other, LocalDate otherDate) => Sv
        ? $"dygnsvila {Hours(rest)} h {(after ? "efter" : "före")} ditt pass {Label(other)} {Date(otherDate)}"
        : $"daily rest {Hours(rest)} h {(after ? "after" : "before")} your {Label(other)} shift on {Date(otherDate)}";

    private static string Label(ShiftTemplate template) => template.Name == template.Code.Value ? template.Code.Value : $"{template.Name} ({template.Code})";

    public string WeeklyRest(Duration rest, LocalDate from) => Sv
        ? $"ingen veckovila på {Hours(rest)} h under sju dagar från {Date(from)}"
        : $"no weekly rest of {Hours(rest)} h in the seven days from {Date(from)}";

    public string TooManyInARow(int? max, LocalDate from) => Sv
        ? $"mer än {max} arbetsdagar i rad från {Date(from)}"
        : $"more than {max} working days in a row from {Date(from)}";

    public string TooManyWeekends(int? max) => Sv ? $"mer än {max} arbetshelger i perioden" : $"more than {max} weekends worked in the period";

    public string HoursBounds(long workedMinutes, long boundMinutes, bool below) => Sv
        ? $"du skulle arbeta {Clock(workedMinutes)} h mot {(below ? "minst" : "högst")} {Clock(boundMinutes)} h i perioden"
        : $"you would work {Clock(workedMinutes)} h against {(below ? "at least" : "at most")} {Clock(boundMinutes)} h in the period";

    private static string Clock(long minutes) => $"{minutes / 60}:{Math.Abs(minutes % 60):00}";

    public string Broken(string ruleId, IEnumerable<LocalDate> dates)
    {
        var on = string.Join(", ", dates.Select(Date));
        return Sv ? $"det skulle bryta mot {RuleName(ruleId)}{(on.Length > 0 ? " " + on : "")}" : $"it would break {RuleName(ruleId)}{(on.Length > 0 ? " on " + on : "")}";
    }

    public string Need(int people, CompetenceId? competence, LocalDateTime from, LocalDateTime to, int present, bool minimum)
    {
        var hours = $"{Time(from.TimeOfDay)}–{Time(to.TimeOfDay)}";
        return Sv
            ? $"{(minimum ? "minst" : "helst")} {people} personal{(competence is { } c ? $" med kompetens {c}" : "")} behövs {hours} {Date(from.Date)}, utan dig bara {present} på plats"
            : $"{(minimum ? "at least" : "ideally")} {people} staff{(competence is { } e ? $" with {e}" : "")} needed {hours} on {Date(from.Date)}, only {present} present without you";
    }

    public string ShiftNeed(ShiftCode shift, LocalDate date, int assigned, int required) => Sv
        ? $"passet {shift} {Date(date)} behöver {required}, utan dig {assigned}"
        : $"shift {shift} on {Date(date)} needs {required}, {assigned} without you";

    public string Others(IReadOnlyList<string> names, CompetenceId? competence)
    {
        if (names.Count == 0)
            return competence is { } c
                ? (Sv ? $"ingen annan med kompetens {c} var ledig och kunde ta passet" : $"no one else with {c} was free to take the shift")
                : (Sv ? "ingen annan var ledig och kunde ta passet" : "no one else was free to take the shift");
        var list = string.Join(", ", names.Take(3)) + (names.Count > 3 ? (Sv ? " m.fl." : " and others") : "");
        return Sv ? $"{list} kunde ha tagit passet, men det kostar mer på annat håll" : $"{list} could have taken the shift, at a higher cost elsewhere";
    }

    /// <summary>As <see cref="Others"/> without the names: <paramref name="count"/> above three is "more than three".</summary>
    public string OthersCounted(int count, CompetenceId? competence)
    {
        if (count == 0) return Others([], competence);
        var who = (Sv, count) switch
        {
            (true, 1) => "en kollega",
            (true, > 3) => "fler än 3 kollegor",
            (true, _) => $"{count.ToString(Inv)} kollegor",
            (false, 1) => "a colleague",
            (false, > 3) => "more than 3 colleagues",
            (false, _) => $"{count.ToString(Inv)} colleagues",
        };
        return Sv ? $"{who} kunde ha tagit passet, men det kostar mer på annat håll" : $"{who} could have taken the shift, at a higher cost elsewhere";
    }

    public string TradeOff(long delta, string terms) => Sv
        ? $"att bevilja just detta skulle öka straffet med {Number(delta)}: {terms}"
        : $"granting it alone would add {Number(delta)} to the penalty: {terms}";

    public string NotOptimal(long saving) => Sv
        ? $"nekad, fast att bevilja just detta skulle sänka straffet med {Number(saving)}: schemat är inte bevisat optimalt"
        : $"refused, although granting it alone would lower the penalty by {Number(saving)}: the roster is not proven optimal";

    public string Term(string ruleId, long delta) => $"{RuleName(ruleId)} {(delta >= 0 ? "+" : "−")}{Number(Math.Abs(delta))}";

    public string PreferenceKept => Sv ? "uppfylld" : "kept";

    public string PreferenceNotKept(int times, IEnumerable<LocalDate> dates, bool weekends) => Sv
        ? $"ej uppfylld: {times} {(weekends ? "helg(er) för mycket" : "pass emot")} ({string.Join(", ", dates.Select(Date))})"
        : $"not kept: {times} {(weekends ? "weekend(s) too many" : "shift(s) against it")} ({string.Join(", ", dates.Select(Date))})";
}
