namespace Scheduling.Domain.Rules;

/// <summary>
/// What a person reads about a rule: its stable id, whether it is law, agreement or unit policy, its name and its
/// source in both languages, and (for law and agreement rules) the floor a unit's pack may not go below.
/// </summary>
public sealed record RuleDescription(string Id, RuleKind Kind, RuleText Name, RuleText Source, RuleText? Floor = null);
