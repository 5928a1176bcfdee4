namespace Scheduling.Benchmarks.Curtois;

/// <summary>A benchmark file that does not follow the format; the message names the file and line.</summary>
public sealed class CurtoisFormatException : Exception
{
    public CurtoisFormatException(string source, int line, string reason)
        : base(line > 0 ? $"{source}, line {line}: {reason}" : $"{source}: {reason}")
    {
        FileName = source;
        Line = line;
        Reason = reason;
    }

    public CurtoisFormatException() : this("input", 0, "invalid") { }
    public CurtoisFormatException(string message) : this("input", 0, message) { }
    public CurtoisFormatException(string message, Exception inner) : base(message, inner) => Reason = message;

    /// <summary>The file (or other source) the error is in.</summary>
    public string FileName { get; } = "";

    /// <summary>The 1-based line number, or 0 when the error concerns the whole file.</summary>
    public int Line { get; }

    public string Reason { get; } = "";
}
