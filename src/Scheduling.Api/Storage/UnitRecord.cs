using Scheduling.Domain.Files;

namespace Scheduling.Api.Storage;

/// <summary>
/// A stored unit in the problem file's terms: its name (<c>units/{unit}</c>), display name (empty when none), IANA time
/// zone (empty: the service's default), rule pack (<c>rulePacks/{pack}</c>, empty when none) and cost section (null when none).
/// </summary>
public sealed record UnitRecord(string Name, string DisplayName, string TimeZone, string RulePack, CostDto? Cost);
