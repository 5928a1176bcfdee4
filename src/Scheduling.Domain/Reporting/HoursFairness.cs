using Scheduling.Domain.Fairness;

namespace Scheduling.Domain.Reporting;

/// <summary>
/// The fairness figures kept beside an employee's hours in a stored report: wishes granted by count and by weight, the
/// nights, weekends and holidays worked against the fair share (null without a share) and the ledger to carry out (null
/// when the report was stored without one).
/// </summary>
public sealed record HoursFairness(
    int Wishes,
    int WishesGranted,
    long WishWeight,
    long WishWeightGranted,
    int Nights,
    double? NightsFairShare,
    int Weekends,
    double? WeekendsFairShare,
    int Holidays,
    double? HolidaysFairShare,
    LedgerEntry? LedgerOut)
{
    /// <summary>An employee's fairness in a roster as the report keeps it.</summary>
    public static HoursFairness Of(EmployeeFairness fair)
    {
        ArgumentNullException.ThrowIfNull(fair);
        return new(fair.Wishes, fair.WishesGranted, fair.WishWeight, fair.WishWeightGranted,
            fair.Nights.Worked, (double?)fair.Nights.FairShare, fair.Weekends.Worked, (double?)fair.Weekends.FairShare,
            fair.Holidays.Worked, (double?)fair.Holidays.FairShare, fair.LedgerOut);
    }
}
