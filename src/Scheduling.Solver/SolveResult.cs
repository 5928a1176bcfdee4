using Scheduling.Domain;

namespace Scheduling.Solver;

/// <summary>The outcome of a solve.</summary>
public sealed record SolveResult
{
    public required SolveStatus Status { get; init; }

    /// <summary>The best roster found; for an infeasible problem, the least-bad one when relaxing was asked for.</summary>
    public Roster? Roster { get; init; }

    /// <summary>The objective of <see cref="Roster"/> (for a relaxed roster: the relaxed problem's objective).</summary>
    public long? Objective { get; init; }

    public long? BestBound { get; init; }

    /// <summary>(objective − bound) / max(1, |objective|), when both are known.</summary>
    public double? Gap => Objective is { } o && BestBound is { } b ? (o - b) / Math.Max(1.0, Math.Abs((double)o)) : null;

    public TimeSpan BuildTime { get; init; }
    public TimeSpan? FirstSolutionTime { get; init; }
    public TimeSpan TotalTime { get; init; }
    public int SolutionCount { get; init; }

    /// <summary>True when the roster is the relaxed (least-bad) one of an infeasible problem.</summary>
    public bool IsRelaxed { get; init; }

    /// <summary>True when the search stopped because it was cancelled.</summary>
    public bool Cancelled { get; init; }

    public ImmutableArray<Conflict> Conflicts { get; init; } = [];

    /// <summary>The rule checker's evaluation of <see cref="Roster"/> against the original problem.</summary>
    public Domain.Checking.Evaluation? Evaluation { get; init; }
}
