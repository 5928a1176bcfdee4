using System.Globalization;
using NodaTime.Text;
using Scheduling.Domain;
using Scheduling.Domain.Units;
using CarryForward = Scheduling.Domain.Units.CarryForward;
using TimeBankCarry = Scheduling.Domain.Units.TimeBankCarry;

namespace Scheduling.Api.Mapping;

/// <summary>
/// A carry-forward between the contract's resource and the domain's record. The ledger's figures are doubles on the wire
/// and decimals in the domain (as in a problem file): each is converted through its shortest text, as the problem file's
/// JSON reads and writes them, so a figure such as 0.33 stays 0.33 both ways.
/// </summary>
public static class CarryForwardMapping
{
    public static CarryForward ToDomain(V1.CarryForward carry)
    {
        ArgumentNullException.ThrowIfNull(carry);
        return new(
            carry.Name,
            carry.Period is { } period && LocalDatePattern.Iso.Parse(period.StartDate) is { Success: true } start ? start.Value : null,
            carry.Period is { HasDays: true } withDays ? withDays.Days : null,
            carry.Period?.TimeZone ?? "",
            carry.Roster,
            [.. carry.TimeBank.Select(t => new TimeBankCarry(new EmployeeId(t.Employee), t.InMinutes, t.OutMinutes, t.HasOvertimeInMinutes ? t.OvertimeInMinutes : null, t.OvertimeOutMinutes))],
            [.. carry.LedgerIn.Select(ToDomain)],
            [.. carry.LedgerOut.Select(ToDomain)])
        {
            Created = carry.CreateTime is { } created ? NodaTime.Instant.FromDateTimeOffset(created.ToDateTimeOffset()) : null,
            Updated = carry.UpdateTime is { } updated ? NodaTime.Instant.FromDateTimeOffset(updated.ToDateTimeOffset()) : null,
        };
    }

    public static V1.CarryForward ToProto(CarryForward carry)
    {
        ArgumentNullException.ThrowIfNull(carry);
        var proto = new V1.CarryForward
        {
            Name = carry.Name,
            Roster = carry.Roster,
            TimeBank = { carry.TimeBank.Select(ToProto) },
            LedgerIn = { carry.LedgerIn.Select(ToProto) },
            LedgerOut = { carry.LedgerOut.Select(ToProto) },
            CreateTime = RosterMapping.Time(carry.Created),
            UpdateTime = RosterMapping.Time(carry.Updated),
        };
        if (carry.PeriodStart is not null || carry.Days is not null || carry.TimeZone.Length > 0)
        {
            proto.Period = new V1.Period { StartDate = carry.PeriodStart is { } start ? RosterMapping.Date(start) : "", TimeZone = carry.TimeZone };
            if (carry.Days is { } days) proto.Period.Days = days;
        }

        return proto;
    }

    private static V1.TimeBankCarry ToProto(TimeBankCarry line)
    {
        var proto = new V1.TimeBankCarry { Employee = line.Employee.Value, InMinutes = line.InMinutes, OutMinutes = line.OutMinutes, OvertimeOutMinutes = line.OvertimeOutMinutes };
        if (line.OvertimeInMinutes is { } overtime) proto.OvertimeInMinutes = overtime;
        return proto;
    }

    private static LedgerCarry ToDomain(V1.LedgerEntrySpec l) =>
        new(new EmployeeId(l.Employee), l.WishShareDeficit, Decimal(l.NightsOver), Decimal(l.WeekendsOver), Decimal(l.HolidaysOver));

    private static V1.LedgerEntrySpec ToProto(LedgerCarry l) => new()
    {
        Employee = l.Employee.Value,
        WishShareDeficit = (int)Math.Clamp(l.WishShareDeficit, int.MinValue, int.MaxValue),
        NightsOver = Double(l.NightsOver),
        WeekendsOver = Double(l.WeekendsOver),
        HolidaysOver = Double(l.HolidaysOver),
    };

    private static decimal Decimal(double value) => decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double Double(decimal value) => double.Parse(value.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
