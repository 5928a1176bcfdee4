namespace Scheduling.Domain.SelfService;

/// <summary>
/// One employee's choice of employment rate (sysselsättningsgrad, percent of full time) for a year, kept for the
/// history and never changed: a later choice for the same year wins (<see cref="LatestByYear"/>).
/// </summary>
public sealed record RateChoice(string Name, string Employee, int Year, double Rate, Instant ChooseTime, string ChosenBy)
{
    /// <summary>Each year's latest choice (the contract rate of the periods starting in that year); a tie goes to the later name.</summary>
    public static Dictionary<int, RateChoice> LatestByYear(IEnumerable<RateChoice> choices) =>
        choices.GroupBy(c => c.Year).ToDictionary(g => g.Key, g => g.OrderBy(c => c.ChooseTime).ThenBy(c => c.Name, StringComparer.Ordinal).Last());
}
