using Google.Protobuf;
using Scheduling.Domain;

namespace Scheduling.Api.Application.Units;

/// <summary>
/// One kind of stored resource: its collection id, whether it lives under a unit, whether ids may be
/// generated, and how to check one before it is written (errors as JSON field paths under
/// <see cref="Field"/>, e.g. <c>employee.employmentRate</c>).
/// </summary>
public sealed record ResourceKind(string Collection, string Field, bool UnderUnit, bool GeneratedIds, Func<IMessage, IEnumerable<ProblemError>> Validate);
