using Scheduling.Domain;

namespace Scheduling.Api.Application.Units;

/// <summary>A kind of stored resource whose item is a <typeparamref name="TItem"/>, checked by <see cref="Validate"/>.</summary>
public sealed record ResourceKind<TItem>(string Collection, string Field, bool UnderUnit, bool GeneratedIds, Func<TItem, IEnumerable<ProblemError>> Validate)
    : ResourceKind(Collection, Field, UnderUnit, GeneratedIds, item => Validate((TItem)item));
