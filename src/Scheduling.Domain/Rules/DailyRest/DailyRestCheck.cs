using NodaTime;
using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// daily-rest (ATL §13): for every pair of an employee's shifts, the later one starts at least the
/// minimum rest after the earlier one ends. Overlapping pairs belong to no-overlap, not here. A shift of the
/// history before the period counts as an earlier one (the seam); two shifts both in history are not judged.
/// </summary>
internal sealed class DailyRestCheck(DailyRestRule rule) : IRuleCheck
{
    public void Check(CheckContext context, List<Violation> violations)
    {
        foreach (var employee in context.Shifts.Keys)
        {
            var shifts = context.ShiftsAcrossSeam(employee);
            for (var i = 0; i < shifts.Length; i++)
                for (var j = i + 1; j < shifts.Length; j++)
                {
                    if (shifts[j].DayIndex < 0) continue;
                    var rest = shifts[j].Interval.Start - shifts[i].Interval.End;
                    if (rest < Duration.Zero || rest >= rule.MinimumRest) continue;
                    var shortMinutes = (long)(rule.MinimumRest - rest).TotalMinutes;
                    violations.Add(Broken(rule, employee, [shifts[i].Date, shifts[j].Date], shortMinutes,
                        $"{employee} vilar {rest.TotalHours:0.##} h mellan {shifts[i].Template.Code} {Day(shifts[i].Date)} och {shifts[j].Template.Code} {Day(shifts[j].Date)}; minst {rule.MinimumRest.TotalHours:0.##} h krävs",
                        $"{employee} rests {rest.TotalHours:0.##} h between {shifts[i].Template.Code} on {Day(shifts[i].Date)} and {shifts[j].Template.Code} on {Day(shifts[j].Date)}; at least {rule.MinimumRest.TotalHours:0.##} h required"));
                }
        }
    }
}
