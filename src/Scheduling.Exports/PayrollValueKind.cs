namespace Scheduling.Exports;

/// <summary>What a payroll column holds, and so how each writer types its cells.</summary>
public enum PayrollValueKind
{
    /// <summary>Text; empty when there is none.</summary>
    Text,

    /// <summary>A local date: ISO 8601 (<c>2027-03-01</c>) in CSV, a date cell in Excel.</summary>
    Date,

    /// <summary>Hours as a decimal number with two decimals (<c>7.50</c>), rounded half away from zero from whole minutes.</summary>
    Hours,

    /// <summary>A whole number.</summary>
    Count,
}
