using Google.Protobuf.WellKnownTypes;
using NodaTime;
using NodaTime.Text;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Assignment = Scheduling.Domain.Assignment;
using Period = Scheduling.Api.V1.Period;
using Pin = Scheduling.Domain.Pin;

namespace Scheduling.Api.Mapping;

/// <summary>
/// A roster between the domain and the contract: a solve's new roster with its report (<see cref="ReportMapping"/>),
/// a roster message's assignments and pins as the domain's and back, a period and a date as the contract writes them.
/// </summary>
public static class RosterMapping
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A roster with the rule checker's evaluation and the report (the FULL view).</summary>
    public static V1.Roster ToProto(RosterProblem problem, Solver.SolveResult result, string name, string job, string unit, Period period, Timestamp created)
    {
        var roster = result.Roster ?? throw new ArgumentException("the result has no roster", nameof(result));
        var proto = new V1.Roster
        {
            Name = name,
            Unit = unit,
            SolveJob = job,
            ProblemName = problem.Name,
            Period = period,
            Status = SolveMapping.ToProto(result.Status),
            Relaxed = result.IsRelaxed,
            CreateTime = created,
        };
        ReportMapping.Report(problem, roster, result.Evaluation ?? Domain.Checking.RuleChecker.Evaluate(problem, roster), proto);
        return proto;
    }

    /// <summary>A solve job's new roster, a PROPOSED version with its report, pins and the employees whose shifts moved.</summary>
    public static V1.Roster ToProto(Storage.SolvedRoster solved)
    {
        var created = Timestamp.FromDateTimeOffset(solved.Created.ToDateTimeOffset());
        var roster = ToProto(solved.Problem, solved.Result, solved.Name, solved.Job, solved.Unit, ToProto(solved.Problem.Period), created);
        roster.State = RosterState.Proposed;
        roster.Version = solved.Version;
        roster.Parent = solved.Parent;
        roster.Pins.Clear();
        roster.Pins.AddRange(solved.Problem.Pins.Select(ToProto));
        roster.UpdateTime = created;
        roster.AffectedEmployees.AddRange(solved.AffectedEmployees.Select(e => e.Value));
        return roster;
    }

    /// <summary>
    /// A roster message as the domain's version of it, read with <paramref name="etag"/>: its place in review, pins and
    /// assignments, the checker's figures, the coverage gaps and cost of its report and its times. Rosters stored before
    /// versions read as they were stored (version 0, state unspecified).
    /// </summary>
    public static Domain.Review.RosterVersion ToDomain(V1.Roster roster, string etag) =>
        new(
            roster.Name,
            roster.Unit,
            roster.SolveJob,
            roster.Period is { } period && LocalDatePattern.Iso.Parse(period.StartDate) is { Success: true } start ? start.Value : null,
            roster.Period?.Days ?? 0,
            roster.State.ToDomain(),
            roster.Version,
            roster.Parent,
            Assignments(roster),
            Pins(roster.Pins),
            roster.Penalty,
            roster.HardViolationCount,
            etag)
        {
            Zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(roster.Period?.TimeZone ?? ""),
            ProblemName = roster.ProblemName,
            Relaxed = roster.Relaxed,
            PenaltyByRule = roster.PenaltyByRule.ToImmutableSortedDictionary(StringComparer.Ordinal),
            CoverageGaps = [.. roster.CoverageGaps.Select(ReportMapping.ToDomain)],
            CostKronor = roster.Cost?.TotalKronor,
            Created = Time(roster.CreateTime),
            Updated = Time(roster.UpdateTime),
            Approved = Time(roster.ApproveTime),
            Published = Time(roster.PublishTime),
            PublishReason = roster.PublishReason,
            AffectedEmployees = [.. roster.AffectedEmployees.Select(e => new EmployeeId(e))],
        };

    /// <summary>
    /// A version with the report it was stored with as the contract's roster (the reverse of <see cref="ToDomain(V1.Roster, string)"/> and
    /// <see cref="StoredReportMapping.ToDomain(V1.Roster)"/>: a stored roster reads as stored), its assignments in the version's order.
    /// </summary>
    public static V1.Roster ToProto(Domain.Review.RosterVersion version, Domain.Reporting.StoredReport report)
    {
        var roster = new V1.Roster
        {
            Unit = version.Unit,
            SolveJob = version.Job,
            ProblemName = version.ProblemName,
            Relaxed = version.Relaxed,
            Penalty = version.Penalty,
            HardViolationCount = version.HardViolations,
            Etag = version.Etag,
        };
        roster.Period = PeriodOf(version);
        roster.PenaltyByRule.Add(version.PenaltyByRule);
        roster.Assignments.AddRange(InStoredOrder(version.Assignments));
        roster.CoverageGaps.AddRange(version.CoverageGaps.Select(ReportMapping.ToProto));
        Lifecycle(version, roster);
        StoredReportMapping.Write(report, roster);
        return roster;
    }

    /// <summary>
    /// Writes a version's name and place in review into a roster message, over what it held: state, version number,
    /// parent, pins, times, publication reason and the employees whose shifts moved. Its assignments and report are
    /// left as they are (see <see cref="ReportMapping.Report"/>).
    /// </summary>
    public static void Lifecycle(Domain.Review.RosterVersion version, V1.Roster roster)
    {
        roster.Name = version.Name;
        roster.State = version.State.ToProto();
        roster.Version = version.Version;
        roster.Parent = version.Parent;
        roster.Pins.Clear();
        roster.Pins.AddRange(version.Pins.Select(ToProto));
        roster.CreateTime = Time(version.Created);
        roster.UpdateTime = Time(version.Updated);
        roster.ApproveTime = Time(version.Approved);
        roster.PublishTime = Time(version.Published);
        roster.PublishReason = version.PublishReason;
        roster.AffectedEmployees.Clear();
        roster.AffectedEmployees.AddRange(version.AffectedEmployees.Select(e => e.Value));
    }

    /// <summary>How two versions differ, as the contract writes it.</summary>
    public static RosterComparison ToProto(Domain.Review.VersionComparison comparison)
    {
        var proto = new RosterComparison
        {
            Name = comparison.Name,
            Other = comparison.Other,
            Moved = { comparison.Moved.Select(MovedShifts.ToProto) },
            AffectedEmployees = { comparison.AffectedEmployees.Select(e => e.Value) },
            PenaltyDifference = comparison.PenaltyDifference,
            HardViolationDifference = comparison.HardViolationDifference,
            MinutesBelowMinimumDifference = comparison.MinutesBelowMinimumDifference,
            MinutesBelowIdealDifference = comparison.MinutesBelowIdealDifference,
        };
        if (comparison.CostDifferenceKronor is { } cost) proto.CostDifferenceKronor = cost;
        return proto;
    }

    private static Instant? Time(Timestamp? time) => time is null ? null : Instant.FromDateTimeOffset(time.ToDateTimeOffset());

    /// <summary>An instant as the contract writes it; null stays null.</summary>
    public static Timestamp? Time(Instant? time) => time is { } at ? Timestamp.FromDateTimeOffset(at.ToDateTimeOffset()) : null;

    /// <summary>The domain roster of a roster message's assignments.</summary>
    public static Domain.Roster Assignments(V1.Roster roster) =>
        new([.. roster.Assignments.Select(a => new Assignment(new EmployeeId(a.Employee), LocalDatePattern.Iso.Parse(a.Date).Value, new ShiftCode(a.Shift))
        {
            Unit = a.Unit.Length > 0 ? new UnitId(a.Unit) : null,
        })]);

    /// <summary>A domain roster's assignments as the contract writes them, by employee and date.</summary>
    public static IEnumerable<V1.Assignment> ToProto(Domain.Roster roster) =>
        InOrder(roster.Assignments.OrderBy(a => a.Employee.Value, StringComparer.Ordinal).ThenBy(a => a.Date));

    /// <summary>A version's period as the contract writes it; null when it was stored without one.</summary>
    public static Period? PeriodOf(Domain.Review.RosterVersion version) =>
        version.PeriodStart is not null || version.Days != 0 || version.Zone is not null
            ? new Period { StartDate = version.PeriodStart is { } start ? Date(start) : "", Days = version.Days, TimeZone = version.Zone?.Id ?? "" }
            : null;

    /// <summary>A domain roster's assignments as the contract writes them, in the roster's own order (a stored version's).</summary>
    public static IEnumerable<V1.Assignment> InStoredOrder(Domain.Roster roster) => InOrder(roster.Assignments);

    private static IEnumerable<V1.Assignment> InOrder(IEnumerable<Assignment> assignments) =>
        assignments.Select(a => new V1.Assignment { Employee = a.Employee.Value, Date = Date(a.Date), Shift = a.Shift.Value, Unit = a.Unit?.Value ?? "" });

    /// <summary>A roster's pins as the domain's.</summary>
    public static ImmutableArray<Pin> Pins(IEnumerable<PinSpec> pins) =>
        [.. pins.Select(p => new Pin(new EmployeeId(p.Employee), LocalDatePattern.Iso.Parse(p.Date).Value, p.HasShift ? new ShiftCode(p.Shift) : null))];

    /// <summary>A domain pin as the contract writes it.</summary>
    public static PinSpec ToProto(Pin pin)
    {
        var spec = new PinSpec { Employee = pin.Employee.Value, Date = Date(pin.Date) };
        if (pin.Shift is { } shift) spec.Shift = shift.Value;
        return spec;
    }

    /// <summary>The period of a domain problem as the contract writes it.</summary>
    public static Period ToProto(SchedulePeriod period) => new()
    {
        StartDate = Date(period.Start),
        Days = period.Days,
        TimeZone = period.Zone.Id,
    };
}
