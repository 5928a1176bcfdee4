namespace Scheduling.Domain.Replacements;

/// <summary>The last line of a replacement list: a substitute (timvikarie) for the shift's working time at the cost model's rate, in whole kronor.</summary>
public sealed record SubstituteOption(long Kronor, long Minutes, string ReasonSwedish, string ReasonEnglish);
