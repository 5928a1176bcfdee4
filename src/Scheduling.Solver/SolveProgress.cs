namespace Scheduling.Solver;

/// <summary>An improving roster found during the search.</summary>
public sealed record SolveProgress(long Objective, long BestBound, double Gap, TimeSpan Elapsed, int SolutionCount);
