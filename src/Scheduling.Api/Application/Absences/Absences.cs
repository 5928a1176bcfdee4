using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Storage;
using Scheduling.Domain;
using Scheduling.Domain.Units;

namespace Scheduling.Api.Application.Absences;

/// <summary>
/// A unit's absences as stored resources (<c>units/{unit}/absences/{absence}</c>), as the domain's <see cref="Absence"/>:
/// read, listed, deleted and recorded, each checked field by field (<see cref="Check"/>) and, when it is written, against
/// the unit's employees and the same employee's other absences (no overlap), in the one transaction that writes it.
/// </summary>
public sealed class Absences(Resources resources, AbsenceRepository stored, UnitRepository units, IClock clock)
{
    /// <summary>The longest absence one resource may hold (a longer one is recorded as several).</summary>
    public const int MaxDays = SchedulePeriod.MaxDays;

    public const int MaxNoteLength = 500;

    public static readonly ResourceKind Kind = new ResourceKind<Absence>(ResourceCollections.Absences, "absence", UnderUnit: true, GeneratedIds: true, Check);

    public async Task<Absence> GetAsync(string name, CancellationToken cancellation)
    {
        Resources.ParseName(name, Kind);
        return await stored.GetAsync(name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name);
    }

    /// <summary>A page of a unit's absences; with <paramref name="employee"/>, only theirs (an employee's own).</summary>
    public async Task<(IReadOnlyList<Absence> Items, string NextPageToken)> ListAsync(string parent, int pageSize, string pageToken, string? employee, CancellationToken cancellation)
    {
        Resources.ParseParent(parent, Kind);
        if (employee is not null) return ([.. (await stored.AllAsync(parent, cancellation).ConfigureAwait(false)).Where(a => a.Employee == employee)], "");
        var size = Paging.Size(pageSize);
        var page = await stored.PageAsync(parent, Paging.Decode(pageToken), size + 1, cancellation).ConfigureAwait(false);
        return ([.. page.Take(size)], page.Count > size ? Paging.Encode(page[size - 1].Name) : "");
    }

    /// <summary>
    /// Records an absence: its fields checked (<paramref name="unreadable"/>: those the caller's form could not carry, as
    /// the contract mapping reports them for any resource), its employee one of the unit's, and no other absence of the same employee
    /// overlapping it, checked and written in one transaction.
    /// </summary>
    public async Task<Absence> CreateAsync(string parent, string id, Absence? absence, IReadOnlyList<ProblemError> unreadable, CancellationToken cancellation)
    {
        Resources.ParseParent(parent, Kind);
        if (absence is null) throw ApiErrors.InvalidArgument("absence", "is required");
        if (string.IsNullOrEmpty(id)) id = Guid.CreateVersion7().ToString("N");
        else if (!ResourceIds.IsValid(id)) throw ApiErrors.InvalidArgument("absenceId", $"must be 1 to 63 characters of a-z, A-Z, 0-9, '-' and '_', was '{id}'");
        var now = clock.GetCurrentInstant();
        var created = absence with { Name = $"{parent}/{Kind.Collection}/{id}", Etag = "", Created = now, Updated = now };
        IReadOnlyList<ProblemError> errors = [.. unreadable, .. Check(created)];
        if (errors.Count > 0) throw ApiErrors.InvalidArgument(errors, Kind.Field);
        var unit = await units.GetUnitAsync(parent, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(parent);
        var zone = ZoneOf(unit.TimeZone);
        var span = Span(created, zone);

        return await stored.CreateAsync(parent, created, (employees, others) =>
        {
            if (!employees.Contains($"{parent}/employees/{created.Employee}"))
                throw ApiErrors.InvalidArgument("absence.employee", $"'{created.Employee}' is not an employee of {parent}");
            if (others.Any(o => o.Name == created.Name)) throw ApiErrors.AlreadyExists(created.Name);
            var overlapping = others.Where(o => o.Employee == created.Employee).FirstOrDefault(o => Span(o, zone).Overlaps(span.Interval));
            if (overlapping is not null)
                throw ApiErrors.InvalidArgument(created.ByDate ? "absence.startDate" : "absence.startTime",
                    $"overlaps {overlapping.Name} of the same employee ({Describe(overlapping)}); change or delete that one instead");
        }, cancellation).ConfigureAwait(false);
    }

    public Task DeleteAsync(string name, string etag, CancellationToken cancellation) =>
        resources.DeleteAsync(name, Kind, force: false, cancellation, string.IsNullOrEmpty(etag) ? null : etag);

    /// <summary>A checked absence (<see cref="Check"/>) as real time in <paramref name="zone"/>: its whole days, or its two instants.</summary>
    public static AbsenceSpan Span(Absence absence, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(absence);
        var employee = new EmployeeId(absence.Employee);
        if (absence.StartDate.Length > 0)
            return AbsenceSpan.Days(employee, LocalDatePattern.Iso.Parse(absence.StartDate).Value, LocalDatePattern.Iso.Parse(absence.EndDate).Value, zone);
        return AbsenceSpan.Between(employee, absence.StartTime!.Value, absence.EndTime!.Value);
    }

    /// <summary>A unit's time zone (its IANA name; empty or unknown: the service's default).</summary>
    public static DateTimeZone ZoneOf(string timeZone) =>
        timeZone.Length > 0 && DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone) is { } zone ? zone : SchedulePeriod.DefaultZone;

    private static string Describe(Absence a) =>
        a.StartDate.Length > 0 ? $"{a.StartDate} to {a.EndDate}" : $"{Text(a.StartTime!.Value)} to {Text(a.EndTime!.Value)}";

    /// <summary>
    /// An instant as the contract's texts have always shown it (a timestamp's JSON, quoted): seconds, then 3, 6 or 9
    /// digits of fraction as the nanoseconds need, then Z.
    /// </summary>
    public static string Text(Instant instant)
    {
        var nanos = instant.InUtc().NanosecondOfSecond;
        var fraction = nanos == 0 ? "" : nanos % 1_000_000 == 0 ? $".{nanos / 1_000_000:000}" : nanos % 1000 == 0 ? $".{nanos / 1000:000000}" : $".{nanos:000000000}";
        return $"\"{InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss").Format(instant)}{fraction}Z\"";
    }

    /// <summary>
    /// An absence's own fields: the employee, one kind of span (instants or days) in order and at most <see cref="MaxDays"/>
    /// long, the kind, the note. An instant the caller gave that is no instant is the caller's mapping's to report.
    /// </summary>
    public static IReadOnlyList<ProblemError> Check(Absence absence)
    {
        ArgumentNullException.ThrowIfNull(absence);
        var check = new FieldChecks();
        check.Id(absence.Employee, "employee", s => new EmployeeId(s));
        if (absence.ByTime && absence.ByDate) check.Add("startDate", "give startTime and endTime (instants) or startDate and endDate (whole days), not both");
        else if (absence.ByDate)
        {
            var first = check.Date(absence.StartDate, "startDate");
            var last = check.Date(absence.EndDate, "endDate");
            if (first is { } f && last is { } l)
            {
                if (l < f) check.Add("endDate", $"{absence.EndDate} is before startDate {absence.StartDate}");
                else if (NodaTime.Period.DaysBetween(f, l) + 1 > MaxDays) check.Add("endDate", $"an absence is at most {MaxDays} days; record a longer one as several");
            }
        }
        else if (absence.ByTime)
        {
            if (absence.StartTime is null) check.Add("startTime", "is required with endTime");
            if (absence.EndTime is null) check.Add("endTime", "is required with startTime");
            if (absence.StartTime is { } s && absence.EndTime is { } e)
            {
                var length = e - s;
                if (length <= Duration.Zero) check.Add("endTime", $"{Text(e)} is not after startTime {Text(s)}");
                else if (length > Duration.FromDays(MaxDays)) check.Add("endTime", $"an absence is at most {MaxDays} days; record a longer one as several");
            }
        }
        else
        {
            check.Add("startDate", "give startDate and endDate (whole days) or startTime and endTime (instants)");
        }

        if (absence.Cause is not { } cause || !Enum.IsDefined(cause)) check.Add("kind", "is required: SICK, VAB, LEAVE or OTHER");
        if (absence.Note.Length > MaxNoteLength) check.Add("note", $"must be at most {MaxNoteLength} characters");
        return check.Errors;
    }
}
