namespace Scheduling.Solver.Rules;

/// <summary>
/// The reference windows of a rule that averages over a length of weeks or months (ATL's "i genomsnitt under högst …"),
/// as day indexes: one each length from the period's first day, [From, To), the last cut at the period's end; the first
/// reaches <c>Back</c> days into the history, up to its full length as far as the history goes.
/// </summary>
internal static class ReferenceWindows
{
    public static List<(int From, int To, int Back)> Of(ModelContext c, NodaTime.Period length)
    {
        var period = c.Problem.Period;
        var windows = new List<(int From, int To, int Back)>();
        for (var from = 0; from < c.D;)
        {
            var to = Math.Min(c.D, NodaTime.Period.DaysBetween(period.Start, period.DateOf(from).Plus(length)));
            var reach = NodaTime.Period.DaysBetween(period.Start, period.DateOf(to).Minus(length));
            windows.Add((from, to, from == 0 ? Math.Min(c.History.Days, Math.Max(0, -reach)) : 0));
            from = to;
        }

        return windows;
    }
}
