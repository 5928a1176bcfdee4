using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Scheduling.Api.Application;

namespace Scheduling.Api.Services.Mapping;

/// <summary>
/// An <see cref="ApiException"/> as the contract sends it: a google.rpc.Status of the same code, its message, and one detail
/// (AIP-193): BadRequest field violations, ResourceInfo, PreconditionFailure, ErrorInfo (an etag mismatch) or RetryInfo.
/// </summary>
public static class ErrorMapping
{
    public static RpcException ToRpc(ApiException error)
    {
        var status = new Google.Rpc.Status { Code = (int)Code(error.Kind), Message = error.Message };
        if (Detail(error) is { } detail) status.Details.Add(Any.Pack(detail));
        return status.ToRpcException();
    }

    private static Google.Rpc.Code Code(ApiErrorKind kind) => kind switch
    {
        ApiErrorKind.InvalidArgument => Google.Rpc.Code.InvalidArgument,
        ApiErrorKind.NotFound => Google.Rpc.Code.NotFound,
        ApiErrorKind.AlreadyExists => Google.Rpc.Code.AlreadyExists,
        ApiErrorKind.FailedPrecondition => Google.Rpc.Code.FailedPrecondition,
        ApiErrorKind.Aborted => Google.Rpc.Code.Aborted,
        ApiErrorKind.ResourceExhausted => Google.Rpc.Code.ResourceExhausted,
        ApiErrorKind.PermissionDenied => Google.Rpc.Code.PermissionDenied,
        ApiErrorKind.Unavailable => Google.Rpc.Code.Unavailable,
        _ => Google.Rpc.Code.Internal,
    };

    private static Google.Protobuf.IMessage? Detail(ApiException error) => error.Kind switch
    {
        ApiErrorKind.InvalidArgument => new BadRequest
        {
            FieldViolations = { error.Violations.Select(v => new BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Reason }) },
        },
        ApiErrorKind.NotFound => new ResourceInfo { ResourceName = error.Resource ?? "", Description = error.ResourceNote ?? "not found" },
        ApiErrorKind.AlreadyExists => new ResourceInfo { ResourceName = error.Resource ?? "", Description = "already exists" },
        ApiErrorKind.FailedPrecondition => new PreconditionFailure
        {
            Violations = { error.Violations.Select(v => new PreconditionFailure.Types.Violation { Type = error.Precondition ?? "STATE", Subject = v.Field, Description = v.Reason }) },
        },
        ApiErrorKind.Aborted => new ErrorInfo { Reason = "ETAG_MISMATCH", Domain = "scheduling.api", Metadata = { ["resource"] = error.Resource ?? "" } },
        ApiErrorKind.ResourceExhausted when error.RetryAfter is { } wait => new RetryInfo { RetryDelay = Duration.FromTimeSpan(wait) },
        _ => null,
    };
}
