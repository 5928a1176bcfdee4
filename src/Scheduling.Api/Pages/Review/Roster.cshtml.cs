using Scheduling.Exports;
using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Application;
using Scheduling.Api.Application.Absences;
using Scheduling.Api.Application.Review;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Reporting;
using HoursLine = Scheduling.Api.V1.HoursLine;
using Roster = Scheduling.Api.V1.Roster;
using ShiftKind = Scheduling.Domain.ShiftKind;

namespace Scheduling.Api.Pages.Review;

/// <summary>
/// The review of one roster: the grid (with a change form for one day), coverage against the need, rule
/// checks, wishes, cost and versions; approve, publish, re-solve, export. Every action calls
/// the review application services (<see cref="RosterVersions"/>, <see cref="RosterEdits"/>, <see cref="RosterPublication"/>,
/// <see cref="RosterReports"/>), as the gRPC RosterService does.
/// </summary>
public sealed class RosterModel(RosterVersions versions, RosterEdits edits, RosterPublication publication, RosterReports reports, Absences absences, Replacements replacements, IClock clock) : ReviewPageModel
{
    public static readonly string[] Views = ["grid", "coverage", "checks", "wishes", "cost", "versions", "absence"];

    [FromRoute(Name = "roster")]
    public string RosterId { get; set; } = "";

    [FromQuery(Name = "view")]
    public string View { get; set; } = "grid";

    /// <summary>The day being changed: employee id and date, from the grid's links.</summary>
    [FromQuery(Name = "e")]
    public string? EditEmployee { get; set; }

    [FromQuery(Name = "d")]
    public string? EditDate { get; set; }

    [FromQuery(Name = "other")]
    public string? Other { get; set; }

    /// <summary>The absence whose replacements the absence view lists: its id in the roster's unit.</summary>
    [FromQuery(Name = "absence")]
    public string? AbsenceId { get; set; }

    /// <summary>The unit's absences and, for the chosen one, the replacements for each shift it opens (the absence view).</summary>
    public IReadOnlyList<Absence> Absences { get; private set; } = [];

    public ListReplacementsResponse? Replacements { get; private set; }

    public Roster Roster { get; private set; } = new();

    /// <summary>The roster as the domain's version of it (what the review use cases and exports read).</summary>
    public Domain.Review.RosterVersion Version { get; private set; } = null!;
    public RosterProblem Problem { get; private set; } = null!;
    public ImmutableArray<LocalDate> Dates { get; private set; } = [];
    public Dictionary<(string Employee, string Date), string> Shifts { get; } = [];
    public Dictionary<(string Employee, string Date), PinSpec> Pins { get; } = [];
    public Dictionary<(string Employee, string Date), bool> WishCells { get; } = [];
    public Dictionary<string, HoursLine> Hours { get; } = [];
    public int NoticeDaysLeft { get; private set; }
    public RosterComparison? Comparison { get; private set; }
    public IReadOnlyList<Domain.Review.RosterVersion> Versions { get; private set; } = [];
    public ImmutableArray<SlotCoverage> Coverage { get; private set; } = [];

    /// <summary>The domain report (wish explanations and fairness) on the wishes view.</summary>
    public RosterReport? Report { get; private set; }

    /// <summary>A violation's message in the page's language (the stored one when the page is Swedish or the re-check differs).</summary>
    public string Message(Violation v) => Messages.GetValueOrDefault($"{v.Rule}|{v.Employee}|{string.Join(',', v.Dates)}|{v.Units}", v.Message);

    private Dictionary<string, string> Messages { get; set; } = [];

    private static string MessageKey(Domain.Checking.Violation v) =>
        $"{v.RuleId}|{v.Employee?.Value ?? ""}|{string.Join(',', v.Dates.Select(Date))}|{v.Units}";

    public string Name => "rosters/" + RosterId;
    public bool ReadOnly => Roster.State is RosterState.Published or RosterState.Superseded;
    public string StateText => RosterStates.Text(Mapping.RosterStateMapping.ToDomain(Roster.State));

    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public string EmployeeName(string id) => Problem.EmployeeById.TryGetValue(new EmployeeId(id), out var e) && e.Name.Length > 0 ? e.Name : id;

    public ShiftKind? KindOf(string code) => Problem.TemplateByCode.TryGetValue(new ShiftCode(code), out var t) ? t.Kind : null;

    public string ViewUrl(string view, string? extra = null) => $"/rosters/{RosterId}?view={view}{extra}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellation)
    {
        if (!Views.Contains(View)) View = "grid";
        try
        {
            await LoadAsync(cancellation).ConfigureAwait(false);
        }
        catch (ApiException ex) when (ex.Kind is ApiErrorKind.NotFound or ApiErrorKind.InvalidArgument)
        {
            return NotFound();
        }

        if (View == "coverage") Coverage = CoverageProfile.Build(Problem, Version.Assignments);
        // The stored messages are Swedish; the checks tab re-checks to show them in the page's language.
        if (View == "checks" && T.English) Messages = Domain.Checking.RuleChecker.Evaluate(Problem, Version.Assignments).Violations
            .GroupBy(MessageKey).ToDictionary(g => g.Key, g => g.First().MessageIn(ReportLanguage.English));
        // Reasons in the page's language (the stored roster has them in Swedish), and fairness, from the problem at hand.
        if (View == "wishes") Report = reports.Report(Version, Problem, ReportLanguages.Parse(T.Lang));
        if (View == "versions")
        {
            Versions = await versions.VersionsOfAsync(Version, cancellation).ConfigureAwait(false);
            Other ??= Roster.Parent.Length > 0 ? Roster.Parent["rosters/".Length..] : null;
            if (!string.IsNullOrEmpty(Other))
            {
                try
                {
                    Comparison = Mapping.RosterMapping.ToProto(await versions.CompareAsync(Name, "rosters/" + Other, cancellation).ConfigureAwait(false));
                }
                catch (ApiException ex)
                {
                    Error = ex.Message;
                }
            }
        }

        if (View == "absence" && Roster.Unit.Length > 0)
        {
            Absences = [.. (await absences.ListAsync(Roster.Unit, 1000, "", null, cancellation).ConfigureAwait(false)).Items.Select(Mapping.AbsenceMapping.ToProto)];
            if (!string.IsNullOrEmpty(AbsenceId))
            {
                try
                {
                    var (roster, absence, shifts) = await replacements.ListAsync(Name, $"{Roster.Unit}/absences/{AbsenceId}", cancellation).ConfigureAwait(false);
                    Replacements = Mapping.ReplacementMapping.ToProto(roster, absence, shifts);
                }
                catch (ApiException ex)
                {
                    Error = ex.Message;
                }
            }
        }

        return Page();
    }

    /// <summary>Records an absence of the roster's unit (whole days) and lists its replacements.</summary>
    public Task<IActionResult> OnPostAbsenceAsync(string employee, string from, string? to, string kind, string? note, CancellationToken cancellation) => ActAsync(async () =>
    {
        var roster = await versions.GetVersionAsync(Name, cancellation).ConfigureAwait(false);
        var absence = new Absence
        {
            Employee = employee ?? "",
            StartDate = from ?? "",
            EndDate = string.IsNullOrEmpty(to) ? from ?? "" : to,
            Kind = System.Enum.TryParse<AbsenceKind>(kind, ignoreCase: true, out var k) ? k : AbsenceKind.Unspecified,
            Note = note ?? "",
        };
        var (item, unreadable) = Mapping.AbsenceMapping.ToDomain(absence);
        var created = await absences.CreateAsync(roster.Unit, "", item, unreadable, cancellation).ConfigureAwait(false);
        return Redirect(ViewUrl("absence", "&absence=" + Uri.EscapeDataString(created.Name[(created.Name.LastIndexOf('/') + 1)..])) + "#replacements");
    });

    /// <summary>Gives an opened shift to a candidate: the new version's page, compared with this one.</summary>
    public Task<IActionResult> OnPostAcceptAsync(string absence, string date, string employee, CancellationToken cancellation) => ActAsync(async () =>
    {
        var roster = await versions.GetVersionAsync(Name, cancellation).ConfigureAwait(false);
        var accepted = await replacements.AcceptAsync(Name, $"{roster.Unit}/absences/{absence}", date, employee, cancellation).ConfigureAwait(false);
        var id = accepted.Roster.Name["rosters/".Length..];
        return Redirect($"/rosters/{id}?view=versions&other={RosterId}#comparison");
    });

    /// <summary>Loads the roster; false when there is none (or no problem to read it with): the handler answers 404.</summary>
    private async Task<bool> TryLoadAsync(CancellationToken cancellation)
    {
        try
        {
            await LoadAsync(cancellation).ConfigureAwait(false);
            return true;
        }
        catch (ApiException ex) when (ex.Kind is ApiErrorKind.NotFound or ApiErrorKind.InvalidArgument or ApiErrorKind.FailedPrecondition)
        {
            return false;
        }
    }

    private async Task LoadAsync(CancellationToken cancellation)
    {
        var (version, report) = await versions.GetAsync(Name, cancellation).ConfigureAwait(false);
        Version = version;
        Roster = Api.Mapping.RosterMapping.ToProto(version, report);
        Problem = await versions.ProblemAsync(Version, cancellation).ConfigureAwait(false);
        Dates = [.. Enumerable.Range(0, Problem.Period.Days).Select(Problem.Period.DateOf)];
        foreach (var a in Roster.Assignments) Shifts[(a.Employee, a.Date)] = a.Shift;
        foreach (var p in Roster.Pins) Pins[(p.Employee, p.Date)] = p;
        foreach (var w in Roster.Wishes) WishCells[(w.Employee, w.Date)] = WishCells.TryGetValue((w.Employee, w.Date), out var g) ? g && w.Granted : w.Granted;
        foreach (var h in Roster.Hours) Hours[h.Employee] = h;
        NoticeDaysLeft = publication.NoticeDaysLeft(Version);
    }

    public Task<IActionResult> OnPostEditAsync(string employee, string date, string? shift, bool pinned, CancellationToken cancellation) => ActAsync(async () =>
    {
        var (changed, _) = await edits.EditAsync(Name, employee, date, shift ?? "", pinned, cancellation).ConfigureAwait(false);
        if (changed.Name != Name) Notice = T["read-only"];
        return Redirect($"/rosters/{changed.Name["rosters/".Length..]}?view=grid&e={Uri.EscapeDataString(employee)}&d={Uri.EscapeDataString(date)}#change");
    });

    public Task<IActionResult> OnPostApproveAsync(CancellationToken cancellation) => ActAsync(async () =>
    {
        await publication.ApproveAsync(Name, cancellation).ConfigureAwait(false);
        return Redirect($"/rosters/{RosterId}");
    });

    public Task<IActionResult> OnPostPublishAsync(string? reason, CancellationToken cancellation) => ActAsync(async () =>
    {
        await publication.PublishAsync(Name, reason, cancellation).ConfigureAwait(false);
        return Redirect($"/rosters/{RosterId}");
    });

    public Task<IActionResult> OnPostResolveAsync(int timeLimit, CancellationToken cancellation) => ActAsync(async () =>
    {
        var options = Storage.JobOptions.None with { TimeLimit = TimeSpan.FromSeconds(Math.Clamp(timeLimit, 1, 600)) };
        var job = await edits.ResolveAsync(Name, options, cancellation, Caller?.Subject).ConfigureAwait(false);
        return Redirect("/jobs/" + job.Name["solveJobs/".Length..]);
    });

    /// <summary>The whole roster as CSV (RFC 4180): one row per shift.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellation)
    {
        if (!await TryLoadAsync(cancellation).ConfigureAwait(false)) return NotFound();
        return File(RosterExport.Csv(Problem, Version), "text/csv; charset=utf-8", $"{RosterId}.csv");
    }

    /// <summary>The roster's payroll export (columns in src/Scheduling.Exports/PAYROLL.md): Excel with <c>format=xlsx</c>, else CSV.</summary>
    public async Task<IActionResult> OnGetPayrollAsync(string? format, CancellationToken cancellation)
    {
        if (!await TryLoadAsync(cancellation).ConfigureAwait(false)) return NotFound();
        var excel = format == "xlsx";
        using var buffer = new MemoryStream();
        if (excel) await PayrollExport.WriteExcelAsync(Problem, Version.Assignments, buffer, cancellation).ConfigureAwait(false);
        else await PayrollExport.WriteCsvAsync(Problem, Version.Assignments, buffer, cancellation).ConfigureAwait(false);
        return File(buffer.ToArray(), excel ? PayrollExport.ExcelContentType : PayrollExport.CsvContentType, PayrollExport.FileName(Problem.Period, excel ? "xlsx" : "csv"));
    }

    /// <summary>One employee's shifts as an iCalendar file (RFC 5545, times in the period's zone).</summary>
    public async Task<IActionResult> OnGetIcalAsync(string employee, CancellationToken cancellation)
    {
        if (!await TryLoadAsync(cancellation).ConfigureAwait(false)) return NotFound();
        if (!Problem.EmployeeById.ContainsKey(new EmployeeId(employee ?? ""))) return NotFound();
        return File(RosterExport.Calendar(Problem, Version, employee!, clock.GetCurrentInstant()), "text/calendar; charset=utf-8", $"{employee}-{RosterId}.ics");
    }
}
