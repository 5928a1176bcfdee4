using Scheduling.Domain;
using Scheduling.Domain.Rules;

namespace Scheduling.Benchmarks.Curtois;

/// <summary>
/// Reads a Curtois &amp; Qu nurse rostering instance (the <c>.txt</c> format of
/// schedulingbenchmarks.org/nrp, instances 1–24) into the product's <see cref="RosterProblem"/>.
/// </summary>
/// <remarks>
/// The mapping, section by section:
/// <list type="bullet">
/// <item>HORIZON: a period of that many days from <see cref="CurtoisCalendar.FirstDay"/> (a Monday), in UTC.</item>
/// <item>SHIFTS: a day template per shift id, starting at 00:00 and lasting its minutes (the file has no start
/// times; shifts of at most 24 h starting at midnight never overlap the next day's). "Shifts which cannot
/// follow": for <c>L,480,E</c> E may not start the day after L, a hard <see cref="ForbiddenSuccessionsRule"/> L → E.</item>
/// <item>STAFF: per employee the maximum of each shift (<see cref="MaxShiftsPerTemplateRule"/>), the minimum and
/// maximum total minutes (<see cref="PeriodHoursRule"/>), the maximum and minimum run of shifts
/// (<see cref="MaxConsecutiveDaysRule"/>, <see cref="MinConsecutiveDaysRule"/>), the minimum run of days off
/// (<see cref="MinConsecutiveDaysOffRule"/>) and the maximum weekends, Saturday or Sunday worked
/// (<see cref="MaxWeekendsRule"/>). Minimum runs touching the first or last day do not bind.</item>
/// <item>DAYS_OFF: <see cref="Unavailability"/>, hard (<see cref="AvailabilityRule"/>).</item>
/// <item>SHIFT_ON_REQUESTS and SHIFT_OFF_REQUESTS: weighted <see cref="Wish"/>es (<see cref="WishesRule"/>).</item>
/// <item>COVER: a <see cref="ShiftDemand"/> per day and shift with its under and over weights (<see cref="ShiftCoverRule"/>).</item>
/// </list>
/// Every constraint the benchmark calls hard is hard; the objective is the wishes' and the cover's penalties.
/// Employee and shift ids are kept as they are in the file.
/// </remarks>
public static class CurtoisImporter
{
    /// <summary>Where the rules come from, shown in every violation.</summary>
    public const string RuleSource = "Curtois & Qu NRP benchmark";

    /// <summary>Reads the instance at <paramref name="path"/>; the problem is named after the file (e.g. "Instance2").</summary>
    /// <exception cref="CurtoisFormatException">The file does not follow the format; the message gives the line.</exception>
    public static RosterProblem Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var text = File.ReadAllText(path);
        return Parse(text, Path.GetFileNameWithoutExtension(path), Path.GetFileName(path));
    }

    /// <summary>Reads an instance from its text; <paramref name="sourceName"/> names it in error messages.</summary>
    /// <exception cref="CurtoisFormatException">The text does not follow the format; the message gives the line.</exception>
    public static RosterProblem Parse(string text, string name, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new CurtoisParser(sourceName ?? name).Parse(text, name);
    }

    /// <summary>The benchmark's rules: every constraint hard, except cover and requests, which are the objective.</summary>
    public static RulePack Rules(ImmutableArray<ShiftSuccession> cannotFollow) => new("curtois-qu-nrp",
    [
        new ForbiddenSuccessionsRule(cannotFollow, RuleSource),
        new MaxShiftsPerTemplateRule(Source: RuleSource),
        new PeriodHoursRule(RuleSource),
        new MaxConsecutiveDaysRule(Source: RuleSource),
        new MinConsecutiveDaysRule(BindAtHorizonEdges: false, Source: RuleSource),
        new MinConsecutiveDaysOffRule(BindAtHorizonEdges: false, Source: RuleSource),
        new MaxWeekendsRule(source: RuleSource),
        new AvailabilityRule(RuleSource),
        new ShiftCoverRule(1, RuleSource),
        new WishesRule(1, RuleSource),
    ]);
}
