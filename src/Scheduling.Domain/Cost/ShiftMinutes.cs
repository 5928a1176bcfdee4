namespace Scheduling.Domain.Cost;

/// <summary>
/// One shift's minutes as the cost model pays them: <see cref="WorkingMinutes"/> on the instant line less the
/// unpaid break (a night across the spring change is an hour shorter, across the autumn one an hour longer);
/// <see cref="ExtraMinutes"/>, the hour the autumn night gains, paid as overtime; and the OB minutes under each
/// window of the table, in the table's order, after the unpaid break is taken from the least-paid minutes and the
/// autumn hour from the best-paid (OB and overtime are not paid for the same time).
/// </summary>
public sealed record ShiftMinutes(long WorkingMinutes, long ExtraMinutes, ImmutableArray<long> UnsocialMinutesByWindow);
