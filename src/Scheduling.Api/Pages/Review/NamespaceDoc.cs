namespace Scheduling.Api.Pages.Review;

/// <summary>
/// The manager's review pages (Razor Pages on the JSON port): units, a job's live progress, a roster's grid, coverage,
/// checks, wishes, cost and versions. They call the same application services as the gRPC methods; every handler passes
/// <see cref="ReviewAccessFilter"/>.
/// </summary>
internal static class NamespaceDoc
{
}
