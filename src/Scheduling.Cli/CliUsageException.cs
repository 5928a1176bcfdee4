namespace Scheduling.Cli;

/// <summary>A command line that cannot be used; the message says which argument and why, in one line.</summary>
public sealed class CliUsageException : Exception
{
    public CliUsageException() : this("invalid command line") { }

    public CliUsageException(string message) : base(message) { }

    public CliUsageException(string message, Exception inner) : base(message, inner) { }
}
