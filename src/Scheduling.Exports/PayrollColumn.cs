namespace Scheduling.Exports;

/// <summary>A column of the payroll export: its header, what it holds and what it means (PAYROLL.md, the Excel "Columns" sheet).</summary>
public sealed record PayrollColumn(string Name, PayrollValueKind Kind, string Description);
