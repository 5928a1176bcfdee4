using Scheduling.Domain.Files;
using static Scheduling.Domain.Files.ProblemFileReader;

namespace Scheduling.Domain.Rules;

/// <summary>
/// One entry of a rule pack as its definition reads it: "hard" or a "weight", the named parameters, and the
/// period the pack is read for (a default may depend on it, e.g. one weekend per fortnight). Errors go to
/// <see cref="Errors"/> under <see cref="Field"/>.
/// </summary>
internal sealed class RuleInput(RuleDto dto, string field, Errors errors, SchedulePeriod? period)
{
    public string Field { get; } = field;

    public Errors Errors { get; } = errors;

    public RuleParameters Parameters { get; } = new(dto.Parameters, $"{field}.parameters", errors);

    public SchedulePeriod? Period { get; } = period;

    /// <summary>Hard unless the entry gives a weight (or says "hard": false, at weight 1).</summary>
    public Enforcement HardUnlessWeighted =>
        dto.Hard ?? (dto.Weight is null) ? Enforcement.Hard : Enforcement.Soft(Math.Max(0, dto.Weight ?? 1));

    /// <summary>Soft at the entry's weight (else <paramref name="fallback"/>) unless it says "hard": true.</summary>
    public Enforcement SoftUnlessHard(long fallback) =>
        dto.Hard == true ? Enforcement.Hard : Enforcement.Soft(Weight(fallback));

    /// <summary>The entry's weight, else <paramref name="fallback"/>: for rules that are always soft.</summary>
    public long Weight(long fallback) => Math.Max(0, dto.Weight ?? fallback);
}
