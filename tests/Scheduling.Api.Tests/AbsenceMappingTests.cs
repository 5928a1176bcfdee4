using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using NodaTime;
using Scheduling.Api.Application.Absences;
using Scheduling.Api.Mapping;

namespace Scheduling.Api.Tests;

/// <summary>
/// An absence between the contract and the domain: a stored one reads and is written as the same bytes, its instants
/// are shown as the contract always showed them, and a timestamp no instant can be is reported on its field alone.
/// </summary>
public sealed class AbsenceMappingTests
{
    private static Timestamp At(long seconds, int nanos) => new() { Seconds = seconds, Nanos = nanos };

    [Fact]
    public void A_stored_absence_reads_as_the_domain_one_and_writes_back_as_the_same_bytes()
    {
        var stored = new V1.Absence
        {
            Name = "units/u/absences/a1", Employee = "E01", StartTime = At(1_804_000_000, 1), EndTime = At(1_804_086_400, 999_999_999),
            Kind = V1.AbsenceKind.Vab, Note = "förskolan stängd", CreateTime = At(1_800_000_000, 500), UpdateTime = At(1_800_000_001, 0),
        };

        var (absence, unreadable) = AbsenceMapping.ToDomain(stored);

        Assert.Empty(unreadable);
        Assert.Equal(Domain.Units.AbsenceCause.Vab, absence.Cause);
        Assert.Equal(Instant.FromUnixTimeSeconds(1_804_000_000).PlusNanoseconds(1), absence.StartTime);
        Assert.Empty(Absences.Check(absence));
        Assert.Equal(stored.ToByteArray(), AbsenceMapping.ToProto(absence).ToByteArray());
        var days = new V1.Absence { Name = "units/u/absences/a2", Employee = "E02", StartDate = "2027-05-03", EndDate = "2027-05-07", Kind = V1.AbsenceKind.Leave };
        Assert.Equal(days.ToByteArray(), AbsenceMapping.ToProto(AbsenceMapping.ToDomain(days).Absence).ToByteArray());
    }

    [Theory]
    [InlineData(1_804_000_000, 0)]
    [InlineData(1_804_000_000, 120_000_000)]
    [InlineData(1_804_000_000, 120_500_000)]
    [InlineData(-62_135_596_800, 7)]
    [InlineData(253_402_300_799, 999_999_999)]
    public void An_instant_is_shown_as_the_contract_shows_its_timestamp(long seconds, int nanos) =>
        Assert.Equal(At(seconds, nanos).ToString(), Absences.Text(Instant.FromUnixTimeSeconds(seconds).PlusNanoseconds(nanos)));

    [Fact]
    public void A_timestamp_no_instant_can_be_is_reported_on_its_field_and_nothing_more_is_said_of_the_pair()
    {
        var beyond = new V1.Absence { Employee = "E01", StartTime = At(1_804_000_000, 0), EndTime = At(253_402_300_800, 0), Kind = V1.AbsenceKind.Sick };
        var (absence, unreadable) = AbsenceMapping.ToDomain(beyond);
        Assert.Equal(["endTime"], unreadable.Select(e => e.Field));
        Assert.Empty(Absences.Check(absence));

        var badStartNoEnd = new V1.Absence { Employee = "E01", StartTime = At(0, -1), Kind = V1.AbsenceKind.Sick };
        (absence, unreadable) = AbsenceMapping.ToDomain(badStartNoEnd);
        Assert.Equal(["startTime"], unreadable.Select(e => e.Field));
        Assert.Equal(["endTime"], Absences.Check(absence).Select(e => e.Field));

        // At the ends of time: the last (first) instant there is, and an end (start) beyond it.
        var atTheEnd = new V1.Absence { Employee = "E01", StartTime = At(253_402_300_799, 999_999_999), EndTime = At(253_402_300_800, 0), Kind = V1.AbsenceKind.Sick };
        (absence, unreadable) = AbsenceMapping.ToDomain(atTheEnd);
        Assert.Equal(["endTime"], unreadable.Select(e => e.Field));
        Assert.Empty(Absences.Check(absence));
        var atTheStart = new V1.Absence { Employee = "E01", StartTime = At(-62_135_596_801, 0), EndTime = At(-62_135_596_800, 0), Kind = V1.AbsenceKind.Sick };
        (absence, unreadable) = AbsenceMapping.ToDomain(atTheStart);
        Assert.Equal(["startTime"], unreadable.Select(e => e.Field));
        Assert.Empty(Absences.Check(absence));

        // Given as days as well, the mix is the one error.
        var mixed = new V1.Absence { Employee = "E01", StartTime = At(0, -1), StartDate = "2027-04-01", EndDate = "2027-04-01", Kind = V1.AbsenceKind.Sick };
        (absence, unreadable) = AbsenceMapping.ToDomain(mixed);
        Assert.Empty(unreadable);
        Assert.Equal(["startDate"], Absences.Check(absence).Select(e => e.Field));
    }
}
