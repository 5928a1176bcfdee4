namespace Scheduling.Domain.Units;

/// <summary>
/// A problem that plans several units at once (a municipality, not one unit): the units (<see cref="CareUnit"/>) with
/// their resident groups, and how a problem resolves where an assignment, a demand row or a demand slot belongs
/// (<see cref="UnitPlacement"/>), each unit's booking order and the pool unit (bemanningsenheten) for resource shifts, and
/// the hand-over of unbooked shifts to the pool 14 days before the period (<see cref="PoolHandover"/>). A problem without
/// units is one unit, read and written as before. A unit's record of its staff's absences (<see cref="Absence"/>, why:
/// <see cref="AbsenceCause"/>) lives here too.
/// Depends on the domain's core types only.
/// </summary>
internal static class NamespaceDoc
{
}
