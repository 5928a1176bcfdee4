namespace Scheduling.Domain.Units;

/// <summary>
/// One employee's fairness ledger as a carry keeps it: the wish-share deficit and the nights, weekends and holidays
/// over the fair share, as fractions of a shift (a problem file's ledger may hold any decimal; one computed from a
/// roster holds hundredths, see <see cref="Fairness.LedgerEntry"/>).
/// </summary>
public sealed record LedgerCarry(EmployeeId Employee, long WishShareDeficit, decimal NightsOver, decimal WeekendsOver, decimal HolidaysOver)
{
    /// <summary>A ledger entry computed from a roster (hundredths) as a carry keeps it.</summary>
    public static LedgerCarry Of(Fairness.LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Employee, entry.WishShareDeficit, entry.NightsOver / 100m, entry.WeekendsOver / 100m, entry.HolidaysOver / 100m);
    }
}
