using Google.Protobuf;
using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Mapping;
using Scheduling.Domain;
using Scheduling.Domain.Reporting;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Storage.Encoding;

/// <summary>
/// A roster's content as the store keeps it: the contract's roster message without its etag (which the store computes
/// from the content). Reads the whole message, the BASIC view (the heavy repeated fields skipped on the wire), or the
/// domain's view of a version.
/// </summary>
internal static class RosterEncoding
{
    /// <summary>A roster as the store keeps it: its content without its etag.</summary>
    public static StoredRoster Encode(V1.Roster roster)
    {
        var body = roster.Etag.Length == 0 ? roster.ToByteArray() : Unstamped(roster);
        return new StoredRoster(roster.Name, roster.Unit, roster.SolveJob, roster.State.ToDomain(), Date(roster.Period?.StartDate), body, roster.Etag);
    }

    /// <summary>A solve job's new roster as the store keeps it (see <see cref="RosterMapping.ToProto(SolvedRoster)"/>).</summary>
    public static StoredRoster Encode(SolvedRoster roster) => Encode(RosterMapping.ToProto(roster));

    /// <summary>
    /// A stored roster with <paramref name="version"/>'s place in review written over it (<see cref="RosterMapping.Lifecycle"/>),
    /// to be written to the roster as it was read (its etag): its assignments and report stay as stored, field for field.
    /// </summary>
    public static StoredRoster WithLifecycle(StoredRoster stored, RosterVersion version)
    {
        var roster = V1.Roster.Parser.ParseFrom(stored.Body);
        RosterMapping.Lifecycle(version, roster);
        roster.Etag = stored.Etag;
        return Encode(roster);
    }

    /// <summary>
    /// <paramref name="version"/> with new assignments, made from the stored roster <paramref name="source"/> (itself, or the
    /// version it was made from): its place in review and a report made afresh from <paramref name="problem"/>, the
    /// assignments and the checker's <paramref name="evaluation"/> (<see cref="ReportMapping.Report"/>), with the change
    /// by hand that made it (<paramref name="change"/>; null keeps the stored one). Written with the version's etag (empty: a new roster).
    /// </summary>
    public static StoredRoster WithReport(StoredRoster source, RosterVersion version, RosterProblem problem, Domain.Checking.Evaluation evaluation, DayEdit? change)
    {
        var roster = V1.Roster.Parser.ParseFrom(source.Body);
        RosterMapping.Lifecycle(version, roster);
        ReportMapping.Report(problem, version.Assignments, evaluation, roster);
        if (change is not null) roster.LastChange = DayEditMapping.ToProto(change);
        roster.Etag = version.Etag;
        return Encode(roster);
    }

    private static byte[] Unstamped(V1.Roster roster)
    {
        var copy = roster.Clone();
        copy.Etag = "";
        return copy.ToByteArray();
    }

    /// <summary>A stored roster as the contract's message, with its etag; with <paramref name="basic"/>, the BASIC view.</summary>
    public static V1.Roster Decode(StoredRoster stored, bool basic = false)
    {
        var roster = basic ? Basic(stored.Body) : V1.Roster.Parser.ParseFrom(stored.Body);
        roster.Etag = stored.Etag;
        return roster;
    }

    /// <summary>The fields of a roster's BASIC view: the heavy repeated fields are skipped on the wire, not parsed and dropped.</summary>
    public static V1.Roster Basic(byte[] body)
    {
        var input = new CodedInputStream(body);
        using var kept = new MemoryStream(capacity: 512);
        while (true)
        {
            var start = input.Position;
            var tag = input.ReadTag();
            if (tag == 0) break;
            input.SkipLastField();
            if (WireFormat.GetTagFieldNumber(tag) is V1.Roster.AssignmentsFieldNumber or V1.Roster.ViolationsFieldNumber or V1.Roster.HoursFieldNumber
                or V1.Roster.CoverageGapsFieldNumber or V1.Roster.ShiftCoverFieldNumber or V1.Roster.WishesFieldNumber or V1.Roster.LastChangeFieldNumber
                or V1.Roster.PreferencesFieldNumber) continue;
            kept.Write(body, (int)start, (int)(input.Position - start));
        }

        return V1.Roster.Parser.ParseFrom(kept.ToArray());
    }

    /// <summary>A stored roster as the domain's version of it: its place in review, its checker figures, pins and assignments.</summary>
    public static RosterVersion Version(StoredRoster stored) => RosterMapping.ToDomain(V1.Roster.Parser.ParseFrom(stored.Body), stored.Etag);

    /// <summary>
    /// A stored roster as the domain's version of it with the report it was stored with, read once; with
    /// <paramref name="summary"/>, from the BASIC view (no assignments, no coverage gaps, no report per employee or day).
    /// </summary>
    public static (RosterVersion Version, StoredReport Report) Read(StoredRoster stored, bool summary)
    {
        var roster = summary ? Basic(stored.Body) : V1.Roster.Parser.ParseFrom(stored.Body);
        return (RosterMapping.ToDomain(roster, stored.Etag), StoredReportMapping.ToDomain(roster));
    }

    /// <summary>A stored roster as a summary of its version, read from the BASIC view: no assignments, no coverage gaps.</summary>
    public static RosterVersion Summary(StoredRoster stored) => RosterMapping.ToDomain(Basic(stored.Body), stored.Etag);

    /// <summary>
    /// A unit's PUBLISHED rosters as their period and publication time, read from the BASIC view; rows stored before the
    /// stage and period were kept are told apart by their body.
    /// </summary>
    public static PublishedRoster? Published(StoredRoster stored, LocalDate? periodStart)
    {
        var roster = Basic(stored.Body);
        if (roster.State != V1.RosterState.Published || Date(roster.Period?.StartDate) is not { } start) return null;
        if (periodStart is { } wanted && start != wanted) return null;
        return new PublishedRoster(roster.Name, start, roster.Period!.Days, roster.PublishTime is { } at ? Instant.FromDateTimeOffset(at.ToDateTimeOffset()) : null);
    }

    private static LocalDate? Date(string? text) => text is not null && LocalDatePattern.Iso.Parse(text) is { Success: true } parsed ? parsed.Value : null;
}
