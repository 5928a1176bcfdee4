using System.Collections.Immutable;

namespace Scheduling.Exports;

/// <summary>
/// A row of the payroll export: one employee's day, or their total for the period. Each cell matches its column's
/// <see cref="PayrollValueKind"/>: a <see cref="string"/>, a <see cref="NodaTime.LocalDate"/>, hours as a
/// <see cref="decimal"/>, a count as an <see cref="int"/>, or null for an empty cell.
/// </summary>
public sealed record PayrollRow(bool IsTotal, ImmutableArray<object?> Cells);
