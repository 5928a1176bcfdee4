namespace Scheduling.Domain;

/// <summary>Guards shared by the typed ids: non-empty, trimmed, no control characters.</summary>
internal static class IdText
{
    public static string Validate(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainException($"{what} must not be empty");
        if (value.Trim() != value)
            throw new DomainException($"{what} '{value}' must not start or end with white space");
        if (value.Length > 64)
            throw new DomainException($"{what} '{value[..16]}…' is longer than 64 characters");
        if (value.Any(char.IsControl))
            throw new DomainException($"{what} must not contain control characters");
        return value;
    }
}

/// <summary>Identifies an employee (medarbetare) within a problem.</summary>
public readonly record struct EmployeeId
{
    public EmployeeId(string value) => Value = IdText.Validate(value, "employee id");
    public string Value { get; }
    public override string ToString() => Value;
}

/// <summary>The code of a shift template (pass), e.g. "D" for an early shift.</summary>
public readonly record struct ShiftCode
{
    public ShiftCode(string value) => Value = IdText.Validate(value, "shift code");
    public string Value { get; }
    public override string ToString() => Value;
}

/// <summary>A competence (kompetens), e.g. delegated medication handling.</summary>
public readonly record struct CompetenceId
{
    public CompetenceId(string value) => Value = IdText.Validate(value, "competence id");
    public string Value { get; }
    public override string ToString() => Value;
}

/// <summary>A unit (enhet): a care home, a home-care district, an LSS group home.</summary>
public readonly record struct UnitId
{
    public UnitId(string value) => Value = IdText.Validate(value, "unit id");
    public string Value { get; }
    public override string ToString() => Value;
}

/// <summary>Raised when a domain value would be invalid; the message names what and why.</summary>
public sealed class DomainException : Exception
{
    public DomainException(string message) : base(message) { }
    public DomainException() { }
    public DomainException(string message, Exception inner) : base(message, inner) { }
}
