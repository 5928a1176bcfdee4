namespace Scheduling.Api.Services;

/// <summary>
/// The gRPC services, each named after its proto service and thin: a method maps the request, calls one application
/// service and returns its answer. JSON transcoding serves the same methods over HTTP/1.1.
/// </summary>
internal static class NamespaceDoc
{
}
