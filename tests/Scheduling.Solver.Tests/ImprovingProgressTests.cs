namespace Scheduling.Solver.Tests;

/// <summary>What a watcher of a solve sees when the search's phases each count their own rosters from one.</summary>
public class ImprovingProgressTests
{
    private sealed class Recorder : IProgress<SolveProgress>
    {
        public List<(long Objective, long Bound, int Count)> Seen { get; } = [];

        public void Report(SolveProgress value) => Seen.Add((value.Objective, value.BestBound, value.SolutionCount));
    }

    private static SolveProgress At(long objective, long bound, int phaseCount) => new(objective, bound, 0, TimeSpan.Zero, phaseCount);

    [Fact]
    public void Each_better_roster_is_numbered_across_phases_and_a_worse_one_is_not_shown()
    {
        var watcher = new Recorder();
        var improving = new ImprovingProgress(watcher);

        improving.Report(At(100, 10, 1));
        improving.Report(At(90, 10, 2));
        improving.Report(At(120, 10, 1)); // the next phase starts from a worse roster of its own
        improving.Report(At(90, 40, 2));  // the same best roster with a better bound
        improving.Report(At(90, 40, 3));  // nothing new
        improving.Report(At(80, 40, 4));

        Assert.Equal([(100, 10, 1), (90, 10, 2), (90, 40, 2), (80, 40, 3)], watcher.Seen);
        Assert.Equal(3, improving.Counted(new SolveResult { Status = SolveStatus.Feasible, Roster = new Domain.Roster([]), Objective = 80 }));
        // A last roster a phase returned without reporting it counts once more.
        Assert.Equal(4, improving.Counted(new SolveResult { Status = SolveStatus.Feasible, Roster = new Domain.Roster([]), Objective = 75 }));
    }

    [Fact]
    public void Without_a_watcher_it_still_counts()
    {
        var improving = new ImprovingProgress(null);
        improving.Report(At(50, 0, 1));
        improving.Report(At(40, 0, 2));

        Assert.Equal(2, improving.Counted(new SolveResult { Status = SolveStatus.Feasible, Roster = new Domain.Roster([]), Objective = 40 }));
        Assert.Equal(0, new ImprovingProgress(null).Counted(new SolveResult { Status = SolveStatus.Unknown }));
    }
}
