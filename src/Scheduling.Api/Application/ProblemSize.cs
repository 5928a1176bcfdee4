using Scheduling.Api.V1;
using Scheduling.Domain;

namespace Scheduling.Api.Application;

/// <summary>
/// The size of the work a problem asks for, from the message alone, before anything is expanded or read: the model's
/// cells (employees × days × shift templates, × units when it plans several), the demand curve's slots (patterns × days × slots a day, which is what
/// expanding it costs: every slot of every day is matched against every pattern), and the wishes, pins, standing
/// preferences, unavailable days and shift demand rows. Their sum is held to <see cref="SchedulingOptions.MaxModelCells"/>.
/// </summary>
public static class ProblemSize
{
    /// <summary>INVALID_ARGUMENT on <paramref name="field"/> when the problem's work is over <paramref name="max"/>, saying what makes it up.</summary>
    public static void Check(Problem problem, long max, string field = "problem")
    {
        // An out-of-range period or slot is the reader's to refuse; counted here at the most it could be.
        var days = (long)Math.Clamp(problem.Period?.Days ?? 1, 1, SchedulePeriod.MaxDays);
        // With several units a day's alternatives are the (template, unit) pairs.
        var cells = problem.Employees.Count * days * Math.Max(1, problem.ShiftTemplates.Count) * Math.Max(1, problem.Units.Count);
        var slotMinutes = problem.DemandCurve is { HasSlotMinutes: true } c ? c.SlotMinutes : 30;
        var slotsPerDay = 24 * 60 / Math.Clamp(slotMinutes, 5, 24 * 60);
        var patterns = (problem.DemandCurve?.Patterns.Count ?? 0) + problem.Units.Sum(u => (long)(u.DemandCurve?.Patterns.Count ?? 0));
        var curve = patterns * days * slotsPerDay;
        long wishes = problem.Wishes.Count, pins = problem.Pins.Count, preferences = problem.Preferences.Count;
        long unavailable = problem.Unavailability.Count, demands = problem.ShiftDemands.Count;
        var total = cells + curve + wishes + pins + preferences + unavailable + demands;
        if (total > max)
            throw ApiErrors.InvalidArgument(field, ProblemMapping.Invariant(
                $"too large: employees × days × shift templates is {cells}, demand curve slots (patterns × days × slots a day) {curve}, wishes {wishes}, pins {pins}, preferences {preferences}, unavailable days {unavailable}, shift demand rows {demands}: {total} in all, at most {max} are accepted"));
    }
}
