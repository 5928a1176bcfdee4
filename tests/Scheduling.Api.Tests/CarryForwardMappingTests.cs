using Google.Protobuf.WellKnownTypes;
using Scheduling.Api.Mapping;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>A stored carry-forward read as the domain's record and written back is the message it was, ledger figures and all.</summary>
public class CarryForwardMappingTests
{
    [Fact]
    public void A_carry_forward_reads_back_as_the_message_it_was_stored_as()
    {
        var carry = new CarryForward
        {
            Name = "units/u/carryForwards/2027-03-01",
            Period = new Period { StartDate = "2027-03-01", Days = 28, TimeZone = "Europe/Stockholm" },
            Roster = "rosters/r1",
            TimeBank =
            {
                new TimeBankCarry { Employee = "E1", InMinutes = -30, OutMinutes = 90, OvertimeInMinutes = 0, OvertimeOutMinutes = 120 },
                new TimeBankCarry { Employee = "E2", InMinutes = 15, OutMinutes = 15 },
            },
            // A problem file's ledger may hold any decimal (0.333), a roster's computed one hundredths (0.33).
            LedgerIn = { new LedgerEntrySpec { Employee = "E1", WishShareDeficit = -3, NightsOver = 0.333, WeekendsOver = 1.25, HolidaysOver = 0.1 } },
            LedgerOut = { new LedgerEntrySpec { Employee = "E1", WishShareDeficit = 2, NightsOver = 0.33, WeekendsOver = -0.07 } },
            CreateTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 2, 20, 12, 0, 0, TimeSpan.Zero)),
            UpdateTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 2, 21, 12, 0, 0, TimeSpan.Zero)),
        };

        Assert.Equal(carry, CarryForwardMapping.ToProto(CarryForwardMapping.ToDomain(carry)));
    }

    [Fact]
    public void An_opening_carry_without_days_or_times_reads_back_without_them()
    {
        var opening = new CarryForward { Name = "units/u/carryForwards/2027-02-28", Period = new Period { StartDate = "2027-02-28" } };

        var read = CarryForwardMapping.ToDomain(opening);

        Assert.Null(read.Days);
        Assert.Null(read.End);
        Assert.Equal(opening, CarryForwardMapping.ToProto(read));
    }
}
