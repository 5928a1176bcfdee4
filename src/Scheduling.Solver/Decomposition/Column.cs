namespace Scheduling.Solver.Decomposition;

/// <summary>
/// One employee's schedule for the whole period, a column of the master problem: the template worked on each
/// day (−1 for a day off) and its cost, the part of the objective that is the employee's alone.
/// </summary>
internal sealed class Column(int employee, int[] shifts, long cost)
{
    public int Employee { get; } = employee;

    /// <summary>Shifts[d]: the template index worked on day d, or −1.</summary>
    public int[] Shifts { get; } = shifts;

    /// <summary>The employee's own penalty (every rule that is not a coupling rule) on this schedule.</summary>
    public long Cost { get; } = cost;

    public string Key => string.Join(',', Shifts);

    /// <summary>How many people this schedule puts in each row it touches (row → count).</summary>
    public Dictionary<int, int> Coverage(CoverRows rows)
    {
        var counts = new Dictionary<int, int>();
        for (var d = 0; d < Shifts.Length; d++)
        {
            if (Shifts[d] < 0) continue;
            foreach (var r in rows.Covers[Employee][d][Shifts[d]])
                counts[r] = counts.GetValueOrDefault(r) + 1;
        }

        return counts;
    }
}
