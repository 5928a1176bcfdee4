using Scheduling.Domain;

namespace Scheduling.Api.Application.Units;

/// <summary>
/// One kind of stored resource: its collection id, whether it lives under a unit, whether ids may be generated, and how
/// its item is checked before it is written (errors as JSON field paths under <see cref="Field"/>, e.g.
/// <c>employee.employmentRate</c>). A kind checks a domain item (<see cref="ResourceKind{TItem}"/>); <see cref="Check"/>
/// is that check for the engine, which holds the item untyped. Kinds built here directly (carry forwards, absences)
/// still check their contract message.
/// </summary>
public record ResourceKind(string Collection, string Field, bool UnderUnit, bool GeneratedIds, Func<object, IEnumerable<ProblemError>> Check);
