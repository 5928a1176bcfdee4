using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>max-shift (AB: 13 h): a template whose real length on a date exceeds the maximum is not used then; soft: weight × minutes over.</summary>
internal sealed class MaxShiftLength(MaxShiftLengthRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        for (var d = 0; d < c.D; d++)
            for (var t = 0; t < c.T; t++)
            {
                var over = c.Intervals[d, t].Duration - rule.Maximum;
                if (over <= NodaTime.Duration.Zero) continue;
                foreach (var e in c.Employees)
                    Enforce.Forbid(c, rule, c.X[e, d, t], (long)over.TotalMinutes, e, d);
            }
    }
}
