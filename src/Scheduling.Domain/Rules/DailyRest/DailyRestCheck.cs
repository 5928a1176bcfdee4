using Scheduling.Domain.Checking;
using static Scheduling.Domain.Checking.CheckContext;

namespace Scheduling.Domain.Rules;

/// <summary>
/// daily-rest (ATL §13): for every pair of an employee's shifts, the later one starts at least the
/// minimum rest after the earlier one ends. Overlapping pairs belong to no-overlap, not here. A shift of the
/// history before the period counts as an earlier one (the seam); two shifts both in history are not judged.
/// A rest recorded as an exception needs only the exception's minimum (9 h), and then the rest after the shift it
/// leads to must make up for what was cut (compensating rest).
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
                    if (rule.IsExcepted(employee, shifts[j].Date))
                    {
                        if (rest >= rule.ExceptionMinimum) Compensation(employee, shifts, j, rest, violations);
                        else violations.Add(Broken(rule, employee, [shifts[i].Date, shifts[j].Date], (long)(rule.ExceptionMinimum - rest).TotalMinutes,
                            $"{employee} vilar {rest.TotalHours:0.##} h mellan {shifts[i].Template.Code} {Day(shifts[i].Date)} och {shifts[j].Template.Code} {Day(shifts[j].Date)}; med undantag minst {rule.ExceptionMinimum.TotalHours:0.##} h",
                            $"{employee} rests {rest.TotalHours:0.##} h between {shifts[i].Template.Code} on {Day(shifts[i].Date)} and {shifts[j].Template.Code} on {Day(shifts[j].Date)}; at least {rule.ExceptionMinimum.TotalHours:0.##} h even with an exception"));
                        continue;
                    }

                    var shortMinutes = (long)(rule.MinimumRest - rest).TotalMinutes;
                    violations.Add(Broken(rule, employee, [shifts[i].Date, shifts[j].Date], shortMinutes,
                        $"{employee} vilar {rest.TotalHours:0.##} h mellan {shifts[i].Template.Code} {Day(shifts[i].Date)} och {shifts[j].Template.Code} {Day(shifts[j].Date)}; minst {rule.MinimumRest.TotalHours:0.##} h krävs",
                        $"{employee} rests {rest.TotalHours:0.##} h between {shifts[i].Template.Code} on {Day(shifts[i].Date)} and {shifts[j].Template.Code} on {Day(shifts[j].Date)}; at least {rule.MinimumRest.TotalHours:0.##} h required"));
                }
        }
    }

    /// <summary>After a shortened rest before shifts[j], every later shift starting within the minimum rest plus what was cut is short of compensation.</summary>
    private void Compensation(EmployeeId employee, System.Collections.Immutable.ImmutableArray<CheckedShift> shifts, int j, Duration shortened, List<Violation> violations)
    {
        var required = rule.MinimumRest + (rule.MinimumRest - shortened);
        for (var k = j + 1; k < shifts.Length; k++)
        {
            var rest = shifts[k].Interval.Start - shifts[j].Interval.End;
            if (rest < Duration.Zero || rest >= required) continue;
            violations.Add(Broken(rule, employee, [shifts[j].Date, shifts[k].Date], (long)(required - rest).TotalMinutes,
                $"{employee} vilar {rest.TotalHours:0.##} h efter {shifts[j].Template.Code} {Day(shifts[j].Date)}; efter den förkortade vilan ({shortened.TotalHours:0.##} h) krävs minst {required.TotalHours:0.##} h kompensationsvila",
                $"{employee} rests {rest.TotalHours:0.##} h after {shifts[j].Template.Code} on {Day(shifts[j].Date)}; after the shortened rest ({shortened.TotalHours:0.##} h) at least {required.TotalHours:0.##} h of compensating rest are required"));
        }
    }
}
