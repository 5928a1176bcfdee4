using Scheduling.Domain;

namespace Scheduling.Api.Application;

/// <summary>
/// A use case's refusal, in the application's own terms: what kind (<see cref="Kind"/>), the message, and the details a
/// client acts on (the fields and why, the resource, when to try again). The service edge sends it as a google.rpc.Status
/// with its details (<c>Services/Mapping/ErrorMapping</c>); a page shows its <see cref="Exception.Message"/>. Made by
/// <see cref="ApiErrors"/>.
/// </summary>
public sealed class ApiException : Exception
{
    public ApiException(ApiErrorKind kind, string message, IReadOnlyList<ProblemError>? violations = null, string? resource = null, string? precondition = null, TimeSpan? retryAfter = null, string? resourceNote = null)
        : base(message)
    {
        Kind = kind;
        Violations = violations ?? [];
        Resource = resource;
        ResourceNote = resourceNote;
        Precondition = precondition;
        RetryAfter = retryAfter;
    }

    public ApiException()
        : this(ApiErrorKind.Internal, "internal error")
    {
    }

    public ApiException(string message)
        : this(ApiErrorKind.Internal, message)
    {
    }

    public ApiException(string message, Exception inner)
        : base(message, inner)
    {
        Kind = ApiErrorKind.Internal;
        Violations = [];
    }

    public ApiErrorKind Kind { get; }

    /// <summary>
    /// The fields and why (INVALID_ARGUMENT: field paths in the JSON form, e.g. <c>problem.employees[3].employmentRate</c>),
    /// or the preconditions that failed (FAILED_PRECONDITION: subject and why).
    /// </summary>
    public IReadOnlyList<ProblemError> Violations { get; }

    /// <summary>The resource the error is about (NOT_FOUND, ALREADY_EXISTS, ABORTED).</summary>
    public string? Resource { get; }

    /// <summary>What is said of <see cref="Resource"/> (NOT_FOUND: "not found", or why there is nothing to show yet).</summary>
    public string? ResourceNote { get; }

    /// <summary>The kind of precondition that failed (FAILED_PRECONDITION: STATE, WINDOW, PROBLEM…).</summary>
    public string? Precondition { get; }

    /// <summary>When to try again (RESOURCE_EXHAUSTED).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The same error with another message (a batch saying which of its items failed).</summary>
    public ApiException WithMessage(string message) => new(Kind, message, Violations, Resource, Precondition, RetryAfter, ResourceNote);
}
