using NodaTime;

namespace Scheduling.Api.Pages.Review;

/// <summary>A stretch of slots where staff present fall below the minimum or ideal, or rise above the ideal.</summary>
public sealed record CoverageRun(LocalDateTime From, LocalDateTime To, string Competence, int Present, int Minimum, int Ideal, string Kind);
