namespace Scheduling.Domain.Rules;

/// <summary>
/// A law's or agreement's limit on one parameter of <typeparamref name="TRule"/>: a pack entry whose value passes it
/// loosens the rule, and is refused under <c>parameters.</c><see cref="Parameter"/> with <see cref="Reason"/>.
/// </summary>
internal sealed record RuleLimit<TRule>(string Parameter, Func<TRule, bool> IsPassed, string Reason) where TRule : Rule;
