using Scheduling.Domain;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Application;

/// <summary>
/// The size of the work a problem asks for, from the problem file alone, before anything is expanded or read: the model's
/// cells (employees × days × shift templates, × units when it plans several), the demand curve's slots (patterns × days × slots a day, which is what
/// expanding it costs: every slot of every day is matched against every pattern), and the wishes, pins, standing
/// preferences, unavailable days and shift demand rows. Their sum is held to <see cref="SchedulingOptions.MaxModelCells"/>.
/// </summary>
public static class ProblemSize
{
    /// <summary>INVALID_ARGUMENT on <paramref name="field"/> when the problem's work is over <paramref name="max"/>, saying what makes it up.</summary>
    public static void Check(ProblemFile problem, long max, string field = "problem")
    {
        ArgumentNullException.ThrowIfNull(problem);
        // An out-of-range period or slot is the reader's to refuse; counted here at the most it could be.
        var days = (long)Math.Clamp(problem.Period?.Days ?? 1, 1, SchedulePeriod.MaxDays);
        // With several units a day's alternatives are the (template, unit) pairs.
        var cells = Count(problem.Employees) * days * Math.Max(1, Count(problem.ShiftTemplates)) * Math.Max(1, Count(problem.Units));
        var slotMinutes = problem.DemandCurve?.SlotMinutes ?? 30;
        var slotsPerDay = 24 * 60 / Math.Clamp(slotMinutes, 5, 24 * 60);
        var patterns = Count(problem.DemandCurve?.Patterns) + (problem.Units ?? []).Sum(u => Count(u.DemandCurve?.Patterns));
        var curve = patterns * days * slotsPerDay;
        long wishes = Count(problem.Wishes), pins = Count(problem.Pins), preferences = Count(problem.Preferences);
        long unavailable = Count(problem.Unavailability), demands = Count(problem.ShiftDemands);
        var total = cells + curve + wishes + pins + preferences + unavailable + demands;
        if (total > max)
            throw ApiErrors.InvalidArgument(field, ProblemMapping.Invariant(
                $"too large: employees × days × shift templates is {cells}, demand curve slots (patterns × days × slots a day) {curve}, wishes {wishes}, pins {pins}, preferences {preferences}, unavailable days {unavailable}, shift demand rows {demands}: {total} in all, at most {max} are accepted"));
    }

    private static long Count<T>(List<T>? items) => items?.Count ?? 0;
}
