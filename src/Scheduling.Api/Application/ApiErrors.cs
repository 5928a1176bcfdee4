using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Scheduling.Domain;

namespace Scheduling.Api.Application;

/// <summary>
/// Rich errors (google.rpc.Status with details, sent in the grpc-status-details-bin trailer):
/// a client reads them with <c>RpcException.GetRpcStatus()</c>. Field paths are in the JSON
/// (lowerCamel) form, e.g. <c>problem.employees[3].employmentRate</c>.
/// </summary>
public static class ApiErrors
{
    public static RpcException InvalidArgument(IEnumerable<ProblemError> violations, string? prefix = null)
    {
        var request = new BadRequest();
        foreach (var v in violations)
            request.FieldViolations.Add(new BadRequest.Types.FieldViolation { Field = Join(prefix, v.Field), Description = v.Reason });
        var first = request.FieldViolations.FirstOrDefault();
        var message = first is null ? "invalid request"
            : request.FieldViolations.Count == 1 ? $"{first.Field}: {first.Description}"
            : $"{request.FieldViolations.Count} invalid fields, first {first.Field}: {first.Description}";
        return Raise(Code.InvalidArgument, message, request);
    }

    public static RpcException InvalidArgument(string field, string reason) => InvalidArgument([new ProblemError(field, reason)]);

    public static RpcException NotFound(string name) =>
        Raise(Code.NotFound, $"{name} does not exist", new ResourceInfo { ResourceName = name, Description = "not found" });

    /// <summary>NOT_FOUND with its own message (e.g. why there is nothing to show yet).</summary>
    public static RpcException NotFound(string name, string message) =>
        Raise(Code.NotFound, message, new ResourceInfo { ResourceName = name, Description = message });

    public static RpcException AlreadyExists(string name) =>
        Raise(Code.AlreadyExists, $"{name} already exists", new ResourceInfo { ResourceName = name, Description = "already exists" });

    public static RpcException FailedPrecondition(string message, IEnumerable<ProblemError> violations, string type = "STATE")
    {
        var failure = new PreconditionFailure();
        foreach (var v in violations)
            failure.Violations.Add(new PreconditionFailure.Types.Violation { Type = type, Subject = v.Field, Description = v.Reason });
        return Raise(Code.FailedPrecondition, message, failure);
    }

    /// <summary>ABORTED (AIP-154): the resource changed since the caller read it (its etag is no longer current); read it again.</summary>
    public static RpcException Aborted(string name) =>
        Raise(Code.Aborted, $"{name} has changed since it was read (its etag is no longer current); read it again and retry",
            new ErrorInfo { Reason = "ETAG_MISMATCH", Domain = "scheduling.api", Metadata = { ["resource"] = name } });

    public static RpcException ResourceExhausted(string message, TimeSpan retryAfter) =>
        Raise(Code.ResourceExhausted, message, new RetryInfo { RetryDelay = Duration.FromTimeSpan(retryAfter) });

    public static RpcException Unavailable(string message) => new Google.Rpc.Status { Code = (int)Code.Unavailable, Message = message }.ToRpcException();

    public static RpcException Internal(string message) => new Google.Rpc.Status { Code = (int)Code.Internal, Message = message }.ToRpcException();

    private static RpcException Raise(Code code, string message, Google.Protobuf.IMessage detail) =>
        new Google.Rpc.Status { Code = (int)code, Message = message, Details = { Any.Pack(detail) } }.ToRpcException();

    private static string Join(string? prefix, string field) =>
        string.IsNullOrEmpty(prefix) ? field : string.IsNullOrEmpty(field) || field == "$" ? prefix : field.StartsWith('[') ? prefix + field : $"{prefix}.{field}";
}
