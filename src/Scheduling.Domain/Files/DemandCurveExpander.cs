using static Scheduling.Domain.Files.ProblemFileReader;

namespace Scheduling.Domain.Files;

/// <summary>
/// Turns the file's weekday/date patterns into the demand curve's slots on the instant line: slots of the
/// given length from the period's first midnight to its last, each matched to the patterns by its local
/// date and time (so a DST night has fewer or more slots, never a slot that does not exist on the clock).
/// </summary>
internal static class DemandCurveExpander
{
    internal sealed record Pattern(HashSet<IsoDayOfWeek> Days, HashSet<LocalDate> Dates, LocalTime From, LocalTime To, CompetenceId? Competence, int Minimum, int Ideal)
    {
        private bool OnDay(LocalDate date) => (Days.Count == 0 && Dates.Count == 0) || Days.Contains(date.DayOfWeek) || Dates.Contains(date);

        /// <summary>
        /// Whether the pattern asks for staff at this local time. A pattern past midnight belongs to the day
        /// it starts on: its morning part counts only after a matching day inside the period, since the
        /// night before the period is the previous roster's.
        /// </summary>
        public bool Covers(LocalDateTime local, SchedulePeriod period)
        {
            if (From < To) return OnDay(local.Date) && local.TimeOfDay >= From && local.TimeOfDay < To;
            var dayBefore = local.Date.PlusDays(-1);
            return (OnDay(local.Date) && local.TimeOfDay >= From) || (period.Contains(dayBefore) && OnDay(dayBefore) && local.TimeOfDay < To);
        }
    }

    public static DemandCurve? Expand(DemandCurveDto dto, SchedulePeriod period, Errors errors, string field = "demandCurve")
    {
        if (Read(dto, errors, field) is not { } read) return null;
        var (slotMinutes, patterns) = read;
        var slots = ImmutableArray.CreateBuilder<DemandSlot>();
        var length = Duration.FromMinutes(slotMinutes);
        for (var start = period.StartInstant; start < period.EndInstant; start += length)
        {
            var local = start.InZone(period.Zone).LocalDateTime;
            foreach (var group in patterns.Where(p => p.Covers(local, period)).GroupBy(p => p.Competence))
            {
                var minimum = group.Max(p => p.Minimum);
                var ideal = group.Max(p => p.Ideal);
                if (ideal > 0) slots.Add(new DemandSlot(start, group.Key, minimum, ideal));
            }
        }

        return new DemandCurve(length, slots.ToImmutable());
    }

    /// <summary>The curve's slot length and patterns as read, without expanding them over a period; null when the slot length is wrong.</summary>
    internal static (int SlotMinutes, ImmutableArray<Pattern> Patterns)? Read(DemandCurveDto dto, Errors errors, string field)
    {
        var slotMinutes = dto.SlotMinutes ?? 30;
        if (slotMinutes is < 5 or > 24 * 60 || (24 * 60) % slotMinutes != 0)
        {
            errors.Add($"{field}.slotMinutes", $"must divide a day and be between 5 and 1440, was {slotMinutes}");
            return null;
        }

        return (slotMinutes, Each(dto.Patterns, $"{field}.patterns", errors, ReadPattern));
    }

    private static Pattern? ReadPattern(DemandPatternDto dto, string f, Errors errors)
    {
        var days = new HashSet<IsoDayOfWeek>();
        for (var i = 0; i < (dto.DaysOfWeek?.Count ?? 0); i++)
            if (Enum<IsoDayOfWeek>(dto.DaysOfWeek![i], $"{f}.daysOfWeek[{i}]", errors, required: true) is { } day && day != IsoDayOfWeek.None)
                days.Add(day);
        var dates = (dto.Dates ?? []).Select((d, i) => Date(d, $"{f}.dates[{i}]", errors)).ToHashSet();
        var from = Time(dto.From, $"{f}.from", errors);
        var to = Time(dto.To, $"{f}.to", errors);
        if (dto.Minimum is not { } min || min < 0) errors.Add($"{f}.minimum", "is required and must not be negative");
        var ideal = dto.Ideal ?? dto.Minimum ?? 0;
        if (ideal < (dto.Minimum ?? 0)) errors.Add($"{f}.ideal", "must be at least the minimum");
        CompetenceId? competence = dto.Competence is null ? null : Id(dto.Competence, $"{f}.competence", errors, s => new CompetenceId(s));
        // An ideal below the minimum has been reported; the pattern is kept at its minimum so the slots can still be made.
        return new Pattern(days, dates, from, to, competence, Math.Max(0, dto.Minimum ?? 0), Math.Max(Math.Max(0, dto.Minimum ?? 0), ideal));
    }
}
