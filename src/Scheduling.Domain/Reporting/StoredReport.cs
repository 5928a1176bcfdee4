using Scheduling.Domain.Checking;
using Scheduling.Domain.Review;

namespace Scheduling.Domain.Reporting;

/// <summary>
/// The report a roster version was stored with, beside what <see cref="RosterVersion"/> holds of it: how its solve
/// ended, the rule checker's violations, hours with their fairness, shift cover, wish and preference outcomes, cost,
/// the pool report and the last change by hand. Its texts are in <see cref="Language"/> (stored: Swedish; a violation's
/// <see cref="Violation.Message"/> is the stored text). A summary (the BASIC view) has only the outcome and the cost.
/// </summary>
public sealed record StoredReport(
    SolveOutcome Outcome,
    ImmutableArray<Violation> Violations,
    ImmutableArray<(HoursLine Hours, HoursFairness? Fairness)> Hours,
    ImmutableArray<ShiftCoverLine> ShiftCover,
    ImmutableArray<WishOutcome> Wishes,
    ImmutableArray<PreferenceOutcome> Preferences,
    CostSummary? Cost,
    PoolReport? Pool,
    DayEdit? LastChange)
{
    /// <summary>The language of the violations' and outcomes' texts.</summary>
    public ReportLanguage Language { get; init; } = ReportLanguage.Swedish;

    /// <summary>The summary of the report (the BASIC view): its outcome and cost, nothing per employee or day.</summary>
    public StoredReport Summary() => new(Outcome, [], [], [], [], [], Cost, null, null) { Language = Language };
}
