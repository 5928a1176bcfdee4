using Scheduling.Domain.Checking;

namespace Scheduling.Domain.Replacements;

/// <summary>
/// An employee who cannot take an opened shift: the hard rules it would break for them, each with its dates (the shift's
/// date for a rule over the whole period) and message in both languages.
/// </summary>
public sealed record ReplacementExclusion(EmployeeId Employee, string Name, ImmutableArray<Violation> Broken);
