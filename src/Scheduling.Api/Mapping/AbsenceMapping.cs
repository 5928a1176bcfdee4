using Google.Protobuf.WellKnownTypes;
using NodaTime;
using Duration = NodaTime.Duration;
using Scheduling.Domain;
using Scheduling.Domain.Units;

namespace Scheduling.Api.Mapping;

/// <summary>
/// An absence between the contract (<see cref="V1.Absence"/>) and the domain (<see cref="Absence"/>), for the wire and
/// for the stored bytes, which stay the message's. Instants are kept to the nanosecond, so an absence stored before
/// reads, and is written, as the same bytes.
/// </summary>
public static class AbsenceMapping
{
    /// <summary>
    /// The domain's absence and the fields it could not carry: a timestamp outside 0001-01-01 to 9999-12-31 (or with
    /// nanos out of range) of an absence given as instants is reported on its field and read as an instant next to the
    /// other one, so the check says nothing more of the pair. Of one given as days too, the check refuses the mix alone.
    /// </summary>
    /// <summary>A start and end a tick apart around <paramref name="readable"/>, the readable one kept where the range of time allows.</summary>
    private static (Instant? Start, Instant? End) TickApart(Instant readable, bool readableIsEnd)
    {
        if (readableIsEnd) return readable == Instant.MinValue ? (readable, readable + Duration.Epsilon) : (readable - Duration.Epsilon, readable);
        return readable == Instant.MaxValue ? (readable - Duration.Epsilon, readable) : (readable, readable + Duration.Epsilon);
    }

    public static (Absence Absence, IReadOnlyList<ProblemError> Unreadable) ToDomain(V1.Absence absence)
    {
        ArgumentNullException.ThrowIfNull(absence);
        var unreadable = new List<ProblemError>();
        var start = Read(absence.StartTime);
        var end = Read(absence.EndTime);
        var startBad = absence.StartTime is not null && start is null;
        var endBad = absence.EndTime is not null && end is null;
        var byDate = absence.StartDate.Length > 0 || absence.EndDate.Length > 0;
        if (startBad && !byDate) unreadable.Add(new("startTime", "is not a valid timestamp"));
        if (endBad && !byDate) unreadable.Add(new("endTime", "is not a valid timestamp"));
        // Stand-ins for an unreadable instant, a tick from the readable one (inside the range of time), so that the checks
        // that follow name only the unreadable field.
        if (startBad && endBad) (start, end) = (NodaConstants.UnixEpoch, NodaConstants.UnixEpoch + Duration.Epsilon);
        else if (startBad) (start, end) = end is { } e ? TickApart(e, readableIsEnd: true) : (NodaConstants.UnixEpoch, end);
        else if (endBad) (start, end) = start is { } s ? TickApart(s, readableIsEnd: false) : (start, NodaConstants.UnixEpoch);

        var cause = absence.Kind switch
        {
            V1.AbsenceKind.Sick => AbsenceCause.Sick,
            V1.AbsenceKind.Vab => AbsenceCause.Vab,
            V1.AbsenceKind.Leave => AbsenceCause.Leave,
            V1.AbsenceKind.Other => AbsenceCause.Other,
            _ => (AbsenceCause?)null,
        };
        var domain = new Absence(absence.Name, absence.Employee, start, end, absence.StartDate, absence.EndDate, cause, absence.Note)
        {
            Created = Read(absence.CreateTime),
            Updated = Read(absence.UpdateTime),
            Etag = absence.Etag,
        };
        return (domain, unreadable);
    }

    public static V1.Absence ToProto(Absence absence)
    {
        ArgumentNullException.ThrowIfNull(absence);
        return new V1.Absence
        {
            Name = absence.Name,
            Employee = absence.Employee,
            StartTime = Write(absence.StartTime),
            EndTime = Write(absence.EndTime),
            StartDate = absence.StartDate,
            EndDate = absence.EndDate,
            Kind = absence.Cause is { } cause ? (V1.AbsenceKind)(int)cause : V1.AbsenceKind.Unspecified,
            Note = absence.Note,
            CreateTime = Write(absence.Created),
            UpdateTime = Write(absence.Updated),
            Etag = absence.Etag,
        };
    }

    /// <summary>A timestamp as an instant to the nanosecond; null when absent or outside what a timestamp may hold.</summary>
    private static Instant? Read(Timestamp? time) =>
        time is { Nanos: >= 0 and <= 999_999_999, Seconds: >= -62_135_596_800 and <= 253_402_300_799 } // 0001-01-01 to 9999-12-31, as Timestamp allows
            ? Instant.FromUnixTimeSeconds(time.Seconds).PlusNanoseconds(time.Nanos)
            : null;

    private static Timestamp? Write(Instant? time)
    {
        if (time is not { } at) return null;
        var seconds = at.ToUnixTimeSeconds();
        return new Timestamp { Seconds = seconds, Nanos = (int)(at - Instant.FromUnixTimeSeconds(seconds)).ToInt64Nanoseconds() };
    }
}
