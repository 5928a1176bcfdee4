namespace Scheduling.Api.Application.Plans;

/// <summary>A unit of a plan (<c>units/{unit}</c>) and the solve job planning it (<c>solveJobs/{job}</c>).</summary>
public sealed record PlannedUnit(string Unit, string Job);
