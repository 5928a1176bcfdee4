using Scheduling.Domain;

namespace Scheduling.Api.Application;

/// <summary>
/// The use cases' refusals (<see cref="ApiException"/>), with the details a client needs; the service edge sends each as a
/// google.rpc.Status with its details in the grpc-status-details-bin trailer (a client reads them with
/// <c>RpcException.GetRpcStatus()</c>). Field paths are in the JSON (lowerCamel) form, e.g. <c>problem.employees[3].employmentRate</c>.
/// </summary>
public static class ApiErrors
{
    public static ApiException InvalidArgument(IEnumerable<ProblemError> violations, string? prefix = null)
    {
        var fields = violations.Select(v => v with { Field = Join(prefix, v.Field) }).ToList();
        var first = fields.FirstOrDefault();
        var message = first is null ? "invalid request"
            : fields.Count == 1 ? $"{first.Field}: {first.Reason}"
            : $"{fields.Count} invalid fields, first {first.Field}: {first.Reason}";
        return new ApiException(ApiErrorKind.InvalidArgument, message, fields);
    }

    public static ApiException InvalidArgument(string field, string reason) => InvalidArgument([new ProblemError(field, reason)]);

    public static ApiException NotFound(string name) => new(ApiErrorKind.NotFound, $"{name} does not exist", resource: name, resourceNote: "not found");

    /// <summary>NOT_FOUND with its own message (e.g. why there is nothing to show yet).</summary>
    public static ApiException NotFound(string name, string message) => new(ApiErrorKind.NotFound, message, resource: name, resourceNote: message);

    public static ApiException AlreadyExists(string name) => new(ApiErrorKind.AlreadyExists, $"{name} already exists", resource: name);

    public static ApiException FailedPrecondition(string message, IEnumerable<ProblemError> violations, string type = "STATE") =>
        new(ApiErrorKind.FailedPrecondition, message, [.. violations], precondition: type);

    /// <summary>ABORTED (AIP-154): the resource changed since the caller read it (its etag is no longer current); read it again.</summary>
    public static ApiException Aborted(string name) =>
        new(ApiErrorKind.Aborted, $"{name} has changed since it was read (its etag is no longer current); read it again and retry", resource: name);

    public static ApiException ResourceExhausted(string message, TimeSpan retryAfter) => new(ApiErrorKind.ResourceExhausted, message, retryAfter: retryAfter);

    public static ApiException PermissionDenied(string message) => new(ApiErrorKind.PermissionDenied, message);

    public static ApiException Unavailable(string message) => new(ApiErrorKind.Unavailable, message);

    public static ApiException Internal(string message) => new(ApiErrorKind.Internal, message);

    private static string Join(string? prefix, string field) =>
        string.IsNullOrEmpty(prefix) ? field : string.IsNullOrEmpty(field) || field == "$" ? prefix : field.StartsWith('[') ? prefix + field : $"{prefix}.{field}";
}
