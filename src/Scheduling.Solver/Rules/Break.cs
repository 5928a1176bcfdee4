using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>
/// break (ATL §15: 5 h): a template whose longest stretch of work on a date exceeds the maximum is not used then; soft:
/// weight × minutes over, per shift. The stretch is the real length (on instants) without an unpaid break, and half
/// the working time, rounded up, with one: the template's break is taken in the middle.
/// </summary>
internal sealed class Break(BreakRule rule) : IConstraintFamily
{
    public void Add(ModelContext c)
    {
        var maximum = (long)rule.MaximumStretch.TotalMinutes;
        for (var d = 0; d < c.D; d++)
            for (var t = 0; t < c.T; t++)
            {
                var real = (long)c.Intervals[d, t].Duration.TotalMinutes;
                var unpaidBreak = (long)c.TemplateAt(t).UnpaidBreak.TotalMinutes;
                var stretch = unpaidBreak > 0 ? (real - unpaidBreak + 1) / 2 : real;
                if (stretch <= maximum) continue;
                foreach (var e in c.Employees)
                    Enforce.Forbid(c, rule, c.X[e, d, t], stretch - maximum, e, d);
            }
    }
}
