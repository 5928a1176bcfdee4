namespace Scheduling.Solver.Decomposition;

/// <summary>
/// One coupling row of the master problem: the people present in a slot of the demand curve (or on a shift of
/// the shift cover), and the penalty of each head count p as the full model charges it,
/// f(p) = m · (below-low · max(0, low − p) + below-ideal · max(0, ideal − p) + above-ideal · max(0, p − ideal)).
/// The function is convex in p, so the linear master charges a fractional count exactly. Slots whose people,
/// levels and weights are the same are one row of multiplicity m.
/// </summary>
internal sealed record CoverRow(
    int Low,
    int Ideal,
    long BelowLow,
    long BelowIdeal,
    long AboveIdeal,
    long Multiplicity,
    int MostPresent,
    bool HardLow,
    bool HardExact)
{
    /// <summary>The penalty of p people present (hard levels excluded: they restrict p instead).</summary>
    public long Penalty(long p) => checked(Multiplicity * (
        (BelowLow * Math.Max(0, Low - p)) + (BelowIdeal * Math.Max(0, Ideal - p)) + (AboveIdeal * Math.Max(0, p - Ideal))));

    /// <summary>The head counts the row allows: 0 … people who could be present, narrowed by a hard level.</summary>
    public (long From, long To) Domain => HardExact ? (Ideal, Ideal) : HardLow ? (Math.Min(Low, MostPresent), MostPresent) : (0, MostPresent);

    /// <summary>
    /// min over the allowed p of S·f(p) + π·p with π given in units of 1/S: a convex piecewise-linear function
    /// plus a linear one, so its minimum over the integers of the domain lies at a breakpoint or an end.
    /// </summary>
    public long MinimumWith(long scaledDual, long scale)
    {
        var (from, to) = Domain;
        var best = long.MaxValue;
        foreach (var p in new long[] { from, to, Low, Ideal })
        {
            if (p < from || p > to) continue;
            best = Math.Min(best, checked((scale * Penalty(p)) + (scaledDual * p)));
        }

        return best;
    }
}
