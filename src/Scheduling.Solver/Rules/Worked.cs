using Google.OrTools.Sat;

namespace Scheduling.Solver.Rules;

/// <summary>Working minutes of an employee in the period (or in days [from, to) of it) as a linear expression.</summary>
internal static class Worked
{
    public static LinearExpr Minutes(ModelContext c, int e, out long upperBound) => Minutes(c, e, 0, c.D, out upperBound);

    public static LinearExpr Minutes(ModelContext c, int e, int from, int to, out long upperBound) =>
        Sum(c, e, from, to, (d, t) => c.WorkMinutes[d, t], out upperBound);

    /// <summary>
    /// Working minutes as mertid and overtime count them: less the hour a shift gains when the clock falls back, which
    /// is paid on its own as overtime.
    /// </summary>
    public static LinearExpr MinutesForExtraHours(ModelContext c, int e, out long upperBound) => MinutesForExtraHours(c, e, 0, c.D, out upperBound);

    /// <summary>Working minutes as mertid and overtime count them, in days [from, to) of the period.</summary>
    public static LinearExpr MinutesForExtraHours(ModelContext c, int e, int from, int to, out long upperBound) =>
        Sum(c, e, from, to, (d, t) => c.WorkMinutes[d, t] - Math.Max(0, (long)(c.Intervals[d, t].Duration - c.TemplateAt(t).Length).TotalMinutes), out upperBound);

    /// <summary>Σ minutes(d, t) × x[e, d, t] over days [from, to); the upper bound is the sum of each day's longest shift.</summary>
    private static LinearExpr Sum(ModelContext c, int e, int from, int to, Func<int, int, long> minutesOf, out long upperBound)
    {
        var vars = new List<BoolVar>();
        var minutes = new List<long>();
        upperBound = 0;
        for (var d = from; d < to; d++)
        {
            long dayMax = 0;
            for (var t = 0; t < c.T; t++)
            {
                var counted = minutesOf(d, t);
                vars.Add(c.X[e, d, t]);
                minutes.Add(counted);
                dayMax = Math.Max(dayMax, counted);
            }

            upperBound += dayMax;
        }

        return LinearExpr.WeightedSum(vars, minutes);
    }
}
