namespace Scheduling.Domain.Rules;

/// <summary>
/// Dygnsvila: between the end of any shift and the start of a later one of the same employee there are
/// at least <see cref="MinimumRest"/> of rest (ATL §13: 11 h). Unit: a minute short, per pair of shifts.
/// <para>
/// The 9-hour exception: for a rest recorded in <see cref="Exceptions"/> (an employee and the date of the shift after the
/// rest) the rest may be as short as <see cref="ExceptionMinimum"/> (9 h; a minute short of that is a minute short), and
/// then the rest right after that shift — to each later shift that starts within it — must be at least the minimum rest
/// plus what was cut (compensating rest, e.g. 13 h after a 9 h rest); a minute of compensation missing is a minute short.
/// A rest of the exception's length without a recorded exception is an ordinary violation.
/// </para>
/// </summary>
public sealed record DailyRestRule : Rule
{
    public DailyRestRule(Duration minimumRest, string source = "", Enforcement? enforcement = null,
        ImmutableArray<DailyRestException> exceptions = default, Duration? exceptionMinimum = null)
        : base(source, enforcement ?? Enforcement.Hard)
    {
        if (minimumRest < Duration.Zero || minimumRest > Duration.FromHours(24))
            throw new DomainException("daily-rest: minimum rest must be between 0 and 24 h");
        MinimumRest = minimumRest;
        ExceptionMinimum = exceptionMinimum ?? (minimumRest < DefaultExceptionMinimum ? minimumRest : DefaultExceptionMinimum);
        if (ExceptionMinimum < Duration.Zero || ExceptionMinimum > minimumRest)
            throw new DomainException("daily-rest: the exception's minimum rest must be between 0 and the minimum rest");
        Exceptions = exceptions.IsDefault ? [] : exceptions;
    }

    /// <summary>The shortest rest a recorded exception allows: 9 h (AB).</summary>
    public static readonly Duration DefaultExceptionMinimum = Duration.FromHours(9);

    public Duration MinimumRest { get; }

    /// <summary>The shortest rest a recorded exception allows.</summary>
    public Duration ExceptionMinimum { get; }

    /// <summary>The rests recorded as exceptions (employee, date of the shift after the rest).</summary>
    public ImmutableArray<DailyRestException> Exceptions { get; init; }

    /// <summary>Whether the rest before <paramref name="employee"/>'s shift on <paramref name="date"/> is a recorded exception.</summary>
    public bool IsExcepted(EmployeeId employee, LocalDate date) => !Exceptions.IsEmpty && Exceptions.Contains(new DailyRestException(employee, date));

    /// <summary>The same rule with only the exceptions of <paramref name="employees"/> (a problem cut down to them).</summary>
    public DailyRestRule For(IReadOnlySet<EmployeeId> employees) => this with { Exceptions = [.. Exceptions.Where(x => employees.Contains(x.Employee))] };

    public bool Equals(DailyRestRule? other) =>
        other is not null && base.Equals(other) && MinimumRest == other.MinimumRest && ExceptionMinimum == other.ExceptionMinimum && Exceptions.SequenceEqual(other.Exceptions);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), MinimumRest, ExceptionMinimum, Exceptions.Length);
    public override string Id => RuleIds.DailyRest;
    public override string Unit => "minute of rest short";

    public static readonly Duration LawMinimum = Duration.FromHours(11);

    /// <summary>Its texts, its parameters as a pack gives them, its check and what a pack may not loosen, for <see cref="RuleRegistry"/>.</summary>
    internal static RuleDefinition<DailyRestRule> Definition { get; } = new(
        new RuleDescription(RuleIds.DailyRest, RuleKind.Law, new("dygnsvila", "daily rest"), new("arbetstidslagen 13 §; AB", "Working Hours Act § 13; AB"), new("minst 11 timmars sammanhängande vila mellan två pass, alltid hård", "at least 11 h of unbroken rest between two shifts, always hard")),
        "minimumRestMinutes (660), exceptionMinimumRestMinutes (540), exceptions ([{employee, date}], none)",
        read: Read,
        check: rule => new DailyRestCheck(rule),
        limits:
        [
            new("minimumRestMinutes", rule => rule.MinimumRest < LawMinimum, $"must be at least {(long)LawMinimum.TotalMinutes} (11 h, ATL § 13): a unit's pack may lengthen daily rest, not shorten it"),
            new("exceptionMinimumRestMinutes", rule => !rule.Exceptions.IsEmpty && rule.ExceptionMinimum < DefaultExceptionMinimum, $"must be at least {(long)DefaultExceptionMinimum.TotalMinutes} (9 h, AB): an exception may shorten daily rest to 9 h, not further"),
        ]);

    private static DailyRestRule Read(RuleInput i)
    {
        var minimum = i.Parameters.Minutes("minimumRestMinutes", 11 * 60);
        var given = i.Parameters.Int("exceptionMinimumRestMinutes");
        var exceptionMinimum = given is { } minutes ? Duration.FromMinutes(minutes) : Duration.FromMinutes(Math.Min(9 * 60, (long)minimum.TotalMinutes));
        if (exceptionMinimum > minimum)
        {
            i.Errors.Add($"{i.Field}.parameters.exceptionMinimumRestMinutes", "must not be more than minimumRestMinutes");
            exceptionMinimum = minimum;
        }

        return new DailyRestRule(minimum, enforcement: i.HardUnlessWeighted, exceptions: i.Parameters.RestExceptions("exceptions"), exceptionMinimum: exceptionMinimum);
    }
}
