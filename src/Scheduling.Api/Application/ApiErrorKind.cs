namespace Scheduling.Api.Application;

/// <summary>The kinds of <see cref="ApiException"/>, each sent as the gRPC status code of the same name.</summary>
public enum ApiErrorKind
{
    InvalidArgument,
    NotFound,
    AlreadyExists,
    FailedPrecondition,
    Aborted,
    ResourceExhausted,
    PermissionDenied,
    Unavailable,
    Internal,
}
