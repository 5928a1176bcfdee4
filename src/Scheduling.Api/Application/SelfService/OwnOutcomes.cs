using Scheduling.Domain.Reporting;

namespace Scheduling.Api.Application.SelfService;

/// <summary>The outcomes of an employee's wishes and standing preferences in a published roster, in the language asked for.</summary>
public sealed record OwnOutcomes(string Roster, ImmutableArray<WishOutcome> Wishes, ImmutableArray<PreferenceOutcome> Preferences, ReportLanguage Language);
