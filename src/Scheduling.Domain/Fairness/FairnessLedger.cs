namespace Scheduling.Domain.Fairness;

/// <summary>
/// One employee's fairness carried in from earlier periods: how far they lost out on wishes and how far their
/// nights, weekends and holidays ran over their fair share. Positive <see cref="WishShareDeficit"/> favours the
/// employee's wishes this period; positive burden figures lower this period's fair share of that burden.
/// </summary>
/// <param name="Employee">Whose entry.</param>
/// <param name="WishShareDeficit">Percentage points of wish weight refused above the unit's mean, cumulated.</param>
/// <param name="NightsOver">Hundredths of a night shift worked over the fair share, cumulated (negative: under).</param>
/// <param name="WeekendsOver">Hundredths of a weekend worked over the fair share, cumulated.</param>
/// <param name="HolidaysOver">Hundredths of a holiday shift worked over the fair share, cumulated.</param>
public sealed record LedgerEntry(EmployeeId Employee, long WishShareDeficit = 0, long NightsOver = 0, long WeekendsOver = 0, long HolidaysOver = 0)
{
    /// <summary>The carry of a burden, in hundredths.</summary>
    public long Over(FairBurden burden) => burden switch
    {
        FairBurden.Nights => NightsOver,
        FairBurden.Weekends => WeekendsOver,
        _ => HolidaysOver,
    };

    public LedgerEntry WithOver(FairBurden burden, long value) => burden switch
    {
        FairBurden.Nights => this with { NightsOver = value },
        FairBurden.Weekends => this with { WeekendsOver = value },
        _ => this with { HolidaysOver = value },
    };
}

/// <summary>The burdens spread by fair share: night shifts, weekends worked, shifts starting on a holiday.</summary>
public enum FairBurden
{
    Nights,
    Weekends,
    Holidays,
}

/// <summary>The fairness ledger (rättvisekonto) carried across periods: at most one entry per employee; missing employees carry zero.</summary>
public sealed class FairnessLedger
{
    public static readonly FairnessLedger Empty = new([]);

    public FairnessLedger(ImmutableArray<LedgerEntry> entries)
    {
        Entries = entries.IsDefault ? [] : entries;
        var duplicate = Entries.GroupBy(e => e.Employee).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new DomainException($"fairness ledger: {duplicate.Key} has more than one entry");
        byEmployee = Entries.ToImmutableDictionary(e => e.Employee);
    }

    private readonly ImmutableDictionary<EmployeeId, LedgerEntry> byEmployee;

    public ImmutableArray<LedgerEntry> Entries { get; }

    /// <summary>
    /// The ledger to carry into the next period after <paramref name="roster"/>: for each burden the rule pack
    /// balances, the cumulative over-share (worked − fair share, in hundredths); for the wish share, the refused
    /// share plus the carry, less its mean over the employees with wishes. Everything else carries over unchanged.
    /// </summary>
    public static FairnessLedger After(RosterProblem problem, Roster roster) => FairnessReport.Build(problem, roster).LedgerOut;

    /// <summary>The employee's entry, or an all-zero one.</summary>
    public LedgerEntry For(EmployeeId employee) => byEmployee.GetValueOrDefault(employee) ?? new LedgerEntry(employee);
}
