using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Scheduling.Api.V1;

namespace Scheduling.Api.Auth;

/// <summary>
/// What an employee's token gets back, field by field: one row per message an employee's call may answer with
/// (<see cref="AccessPolicy"/>'s methods open to employees), applied at the edge to every answer to an employee.
/// An employee sees their own data and counts of others':
/// <list type="bullet">
/// <item><see cref="Unit"/>: name, display name, time zone, rule pack and times; never <c>cost</c> (every colleague's monthly pay, the budget).</item>
/// <item><see cref="WishCost"/>: the unit's totals (penalty and coverage before and after, by rule), their own changed shifts;
/// others' changed shifts and ids only as <c>other_changes</c> and <c>other_employees_affected</c>, conflicts without others' ids.</item>
/// <item><see cref="Absence"/>: their own only (another's is refused); a list of absences keeps only theirs.</item>
/// <item>The self-service answers (<see cref="MyRoster"/>, <see cref="MyWishOutcomes"/>, …) are built from the caller's own
/// data (refused wishes' reasons count colleagues instead of naming them) and pass as they are, as do the unit's shift
/// templates and windows and the employee's own record.</item>
/// </list>
/// A message without a row is refused to an employee, so a new method cannot leak by default.
/// </summary>
public static class EmployeeView
{
    private static readonly FrozenDictionary<MessageDescriptor, Func<IMessage, Caller, IMessage?>> Views = new Dictionary<MessageDescriptor, Func<IMessage, Caller, IMessage?>>
    {
        [V1.Unit.Descriptor] = (m, _) => Unit((V1.Unit)m),
        [ListUnitsResponse.Descriptor] = (m, _) => Units((ListUnitsResponse)m),
        [WishCost.Descriptor] = (m, c) => Cost((WishCost)m, c.EmployeeId!),
        [ShiftTemplate.Descriptor] = Same,
        [ListShiftTemplatesResponse.Descriptor] = Same,
        [V1.Windows.Descriptor] = Same,
        [Employee.Descriptor] = Same, // their own only (Audience.Owner)
        [MyRate.Descriptor] = Same,
        [RateChoice.Descriptor] = Same,
        [ListRateChoicesResponse.Descriptor] = Same,
        [MyWishes.Descriptor] = Same,
        [Empty.Descriptor] = Same,
        [MyRoster.Descriptor] = Same,
        [MyWishOutcomes.Descriptor] = Same,
        [Google.Api.HttpBody.Descriptor] = Same, // their own calendar (GetMyCalendar)
        [MyCalendarFeed.Descriptor] = Same,
        [Absence.Descriptor] = (m, c) => ((Absence)m).Employee == c.EmployeeId ? m : null, // another's: refused
        [ListAbsencesResponse.Descriptor] = (m, c) => OwnAbsences((ListAbsencesResponse)m, c.EmployeeId!),
    }.ToFrozenDictionary();

    private static IMessage Same(IMessage message, Caller caller) => message;

    /// <summary>Whether an answer of this type has a row (an employee may get it).</summary>
    public static bool Covers(MessageDescriptor type) => Views.ContainsKey(type);

    /// <summary>The answer as <paramref name="caller"/> may see it; null when an employee may not get this type at all.</summary>
    public static IMessage? For(IMessage answer, Caller caller) =>
        !caller.IsEmployee ? answer : Views.TryGetValue(answer.Descriptor, out var view) ? view(answer, caller) : null;

    private static ListAbsencesResponse OwnAbsences(ListAbsencesResponse list, string employee)
    {
        var seen = new ListAbsencesResponse { NextPageToken = list.NextPageToken };
        seen.Absences.AddRange(list.Absences.Where(a => a.Employee == employee));
        return seen;
    }

    private static V1.Unit Unit(V1.Unit unit)
    {
        var seen = unit.Clone();
        seen.Cost = null;
        return seen;
    }

    private static ListUnitsResponse Units(ListUnitsResponse list)
    {
        var seen = new ListUnitsResponse { NextPageToken = list.NextPageToken };
        seen.Units.AddRange(list.Units.Select(Unit));
        return seen;
    }

    private static WishCost Cost(WishCost cost, string employee)
    {
        var seen = cost.Clone();
        seen.Changes.Clear();
        seen.Changes.AddRange(cost.Changes.Where(c => c.Employee == employee));
        seen.OtherChanges = cost.Changes.Count(c => c.Employee != employee);
        seen.OtherEmployeesAffected = cost.Changes.Select(c => c.Employee).Concat(cost.AffectedEmployees).Where(e => e != employee).Distinct(StringComparer.Ordinal).Count();
        seen.AffectedEmployees.Clear();
        foreach (var conflict in seen.Conflicts.Where(c => c.Employee.Length > 0 && c.Employee != employee)) conflict.Employee = "";
        return seen;
    }
}
