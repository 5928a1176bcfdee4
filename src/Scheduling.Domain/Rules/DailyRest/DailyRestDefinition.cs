namespace Scheduling.Domain.Rules;

/// <summary><c>daily-rest</c>: the definition of <see cref="DailyRestRule"/>, its texts, reading and check.</summary>
internal sealed class DailyRestDefinition() : RuleDefinition<DailyRestRule>(
    new RuleDescription(RuleIds.DailyRest, RuleKind.Law, new("dygnsvila", "daily rest"), new("arbetstidslagen 13 §; AB", "Working Hours Act § 13; AB"), new("minst 11 timmars sammanhängande vila mellan två pass, alltid hård", "at least 11 h of unbroken rest between two shifts, always hard")),
    "minimumRestMinutes (660), exceptionMinimumRestMinutes (540), exceptions ([{employee, date}], none)")
{
    public static readonly NodaTime.Duration LawMinimum = NodaTime.Duration.FromHours(11);

    private protected override DailyRestRule ReadRule(RuleInput i)
    {
        var minimum = i.Parameters.Minutes("minimumRestMinutes", 11 * 60);
        var given = i.Parameters.Int("exceptionMinimumRestMinutes");
        var exceptionMinimum = given is { } minutes ? NodaTime.Duration.FromMinutes(minutes) : NodaTime.Duration.FromMinutes(Math.Min(9 * 60, (long)minimum.TotalMinutes));
        if (exceptionMinimum > minimum)
        {
            i.Errors.Add($"{i.Field}.parameters.exceptionMinimumRestMinutes", "must not be more than minimumRestMinutes");
            exceptionMinimum = minimum;
        }

        return new DailyRestRule(minimum, enforcement: i.HardUnlessWeighted, exceptions: i.Parameters.RestExceptions("exceptions"), exceptionMinimum: exceptionMinimum);
    }

    private protected override Checking.IRuleCheck Check(DailyRestRule rule) => new DailyRestCheck(rule);

    private protected override IEnumerable<(string Field, string Reason)> Loosening(DailyRestRule rule) =>
    [
        .. MustBeHard(rule, Description),
        .. Limit("minimumRestMinutes", rule.MinimumRest < LawMinimum, $"must be at least {(long)LawMinimum.TotalMinutes} (11 h, ATL § 13): a unit's pack may lengthen daily rest, not shorten it"),
        .. Limit("exceptionMinimumRestMinutes", !rule.Exceptions.IsEmpty && rule.ExceptionMinimum < DailyRestRule.DefaultExceptionMinimum, $"must be at least {(long)DailyRestRule.DefaultExceptionMinimum.TotalMinutes} (9 h, AB): an exception may shorten daily rest to 9 h, not further"),
    ];
}
