using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using NodaTime;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using Scheduling.Domain;

namespace Scheduling.Api.Application.Absences;

/// <summary>
/// A unit's absences as stored resources (<c>units/{unit}/absences/{absence}</c>): the standard methods over
/// <see cref="Resources"/>, each absence checked field by field (<see cref="Check"/>) and, when it is written, against the
/// unit's employees and the same employee's other absences (no overlap), in the one transaction that writes it.
/// </summary>
public sealed class Absences(Resources resources)
{
    /// <summary>The longest absence one resource may hold (a longer one is recorded as several).</summary>
    public const int MaxDays = SchedulePeriod.MaxDays;

    public const int MaxNoteLength = 500;

    public static readonly ResourceKind Kind = new("absences", "absence", UnderUnit: true, GeneratedIds: true, m => Check((V1.Absence)m));

    public Task<V1.Absence> GetAsync(string name, CancellationToken cancellation) => resources.GetAsync<V1.Absence>(name, Kind, cancellation);

    /// <summary>A page of a unit's absences; with <paramref name="employee"/>, only theirs (an employee's own).</summary>
    public async Task<(List<V1.Absence> Items, string NextPageToken)> ListAsync(string parent, int pageSize, string pageToken, string? employee, CancellationToken cancellation)
    {
        if (employee is null) return await resources.ListAsync<V1.Absence>(parent, pageSize, pageToken, Kind, cancellation).ConfigureAwait(false);
        Resources.ParseParent(parent, Kind);
        var own = (await resources.AllAsync<V1.Absence>(parent, Kind, cancellation).ConfigureAwait(false)).Where(a => a.Employee == employee).ToList();
        return (own, "");
    }

    /// <summary>Every absence of a unit (for assembling a problem).</summary>
    public Task<List<V1.Absence>> AllAsync(string unit, CancellationToken cancellation) => resources.AllAsync<V1.Absence>(unit, Kind, cancellation);

    /// <summary>
    /// Records an absence: its fields checked, its employee one of the unit's, and no other absence of the same
    /// employee overlapping it, checked and written in one transaction.
    /// </summary>
    public async Task<V1.Absence> CreateAsync(string parent, string id, V1.Absence? absence, CancellationToken cancellation)
    {
        Resources.ParseParent(parent, Kind);
        if (absence is null) throw ApiErrors.InvalidArgument("absence", "is required");
        if (string.IsNullOrEmpty(id)) id = Guid.CreateVersion7().ToString("N");
        else if (!ResourceIds.IsValid(id)) throw ApiErrors.InvalidArgument("absenceId", $"must be 1 to 63 characters of a-z, A-Z, 0-9, '-' and '_', was '{id}'");
        var created = absence.Clone();
        created.Name = $"{parent}/{Kind.Collection}/{id}";
        created.Etag = "";
        var errors = Check(created);
        if (errors.Count > 0) throw ApiErrors.InvalidArgument(errors, Kind.Field);
        var unit = await resources.GetAsync<V1.Unit>(parent, ResourceKinds.Unit, cancellation).ConfigureAwait(false);
        var zone = ZoneOf(unit.TimeZone);
        var span = Span(created, zone);

        var written = await resources.ChangeAsync<V1.Absence>(parent, [Kind, ResourceKinds.Employee], stored =>
        {
            var employees = stored[ResourceKinds.Employee.Collection].Select(b => V1.Employee.Parser.ParseFrom(b).Name).ToHashSet(StringComparer.Ordinal);
            if (!employees.Contains($"{parent}/employees/{created.Employee}"))
                throw ApiErrors.InvalidArgument("absence.employee", $"'{created.Employee}' is not an employee of {parent}");
            var others = stored[Kind.Collection].Select(b => V1.Absence.Parser.ParseFrom(b)).ToList();
            if (others.Any(o => o.Name == created.Name)) throw ApiErrors.AlreadyExists(created.Name);
            var overlapping = others.Where(o => o.Employee == created.Employee).FirstOrDefault(o => Span(o, zone).Overlaps(span.Interval));
            if (overlapping is not null)
                throw ApiErrors.InvalidArgument(created.StartDate.Length > 0 ? "absence.startDate" : "absence.startTime",
                    $"overlaps {overlapping.Name} of the same employee ({Describe(overlapping)}); change or delete that one instead");
            return ([((IMessage)created, Kind)], Array.Empty<string>(), created);
        }, cancellation).ConfigureAwait(false);
        written.Etag = Storage.Etags.Of(Resources.Row(written, Kind).Body);
        return written;
    }

    public Task DeleteAsync(string name, string etag, CancellationToken cancellation) =>
        resources.DeleteAsync(name, Kind, force: false, cancellation, string.IsNullOrEmpty(etag) ? null : etag);

    /// <summary>A checked absence (<see cref="Check"/>) as real time in <paramref name="zone"/>: its whole days, or its two instants.</summary>
    public static AbsenceSpan Span(V1.Absence absence, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(absence);
        var employee = new EmployeeId(absence.Employee);
        if (absence.StartDate.Length > 0)
            return AbsenceSpan.Days(employee, NodaTime.Text.LocalDatePattern.Iso.Parse(absence.StartDate).Value, NodaTime.Text.LocalDatePattern.Iso.Parse(absence.EndDate).Value, zone);
        return AbsenceSpan.Between(employee, Instant(absence.StartTime), Instant(absence.EndTime));
    }

    private static Instant Instant(Timestamp time) => NodaTime.Instant.FromUnixTimeSeconds(time.Seconds).PlusNanoseconds(time.Nanos);

    /// <summary>The unit's zone: its own, else Europe/Stockholm.</summary>
    /// <summary>A unit's time zone (its IANA name; empty or unknown: the service's default).</summary>
    public static DateTimeZone ZoneOf(string timeZone) =>
        timeZone.Length > 0 && DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is { } zone ? zone : SchedulePeriod.DefaultZone;

    private static string Describe(V1.Absence a) =>
        a.StartDate.Length > 0 ? $"{a.StartDate} to {a.EndDate}" : $"{a.StartTime} to {a.EndTime}";

    /// <summary>An absence's own fields: the employee, one kind of span (instants or days) in order and at most <see cref="MaxDays"/> long, the kind, the note.</summary>
    public static IReadOnlyList<ProblemError> Check(V1.Absence absence)
    {
        ArgumentNullException.ThrowIfNull(absence);
        var check = new FieldChecks();
        check.Id(absence.Employee, "employee", s => new EmployeeId(s));
        var byTime = absence.StartTime is not null || absence.EndTime is not null;
        var byDate = absence.StartDate.Length > 0 || absence.EndDate.Length > 0;
        if (byTime && byDate) check.Add("startDate", "give startTime and endTime (instants) or startDate and endDate (whole days), not both");
        else if (byDate)
        {
            var first = check.Date(absence.StartDate, "startDate");
            var last = check.Date(absence.EndDate, "endDate");
            if (first is { } f && last is { } l)
            {
                if (l < f) check.Add("endDate", $"{absence.EndDate} is before startDate {absence.StartDate}");
                else if (NodaTime.Period.DaysBetween(f, l) + 1 > MaxDays) check.Add("endDate", $"an absence is at most {MaxDays} days; record a longer one as several");
            }
        }
        else if (byTime)
        {
            if (absence.StartTime is null) check.Add("startTime", "is required with endTime");
            else if (!Valid(absence.StartTime)) check.Add("startTime", "is not a valid timestamp");
            if (absence.EndTime is null) check.Add("endTime", "is required with startTime");
            else if (!Valid(absence.EndTime)) check.Add("endTime", "is not a valid timestamp");
            if (absence.StartTime is { } s && absence.EndTime is { } e && Valid(s) && Valid(e))
            {
                var length = e.ToDateTimeOffset() - s.ToDateTimeOffset();
                if (length <= TimeSpan.Zero) check.Add("endTime", $"{e} is not after startTime {s}");
                else if (length > TimeSpan.FromDays(MaxDays)) check.Add("endTime", $"an absence is at most {MaxDays} days; record a longer one as several");
            }
        }
        else
        {
            check.Add("startDate", "give startDate and endDate (whole days) or startTime and endTime (instants)");
        }

        if (absence.Kind == V1.AbsenceKind.Unspecified || !System.Enum.IsDefined(absence.Kind)) check.Add("kind", "is required: SICK, VAB, LEAVE or OTHER");
        if (absence.Note.Length > MaxNoteLength) check.Add("note", $"must be at most {MaxNoteLength} characters");
        return check.Errors;
    }

    private static bool Valid(Timestamp t) =>
        t.Nanos is >= 0 and <= 999_999_999 && t.Seconds is >= -62_135_596_800 and <= 253_402_300_799; // 0001-01-01 to 9999-12-31, as Timestamp allows
}
