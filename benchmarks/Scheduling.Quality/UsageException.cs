namespace Scheduling.Quality;

/// <summary>A command line the runner cannot use; the message is one line for the user.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message) : base(message) { }
    public UsageException() { }
    public UsageException(string message, Exception inner) : base(message, inner) { }
}
