using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Reporting;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Application.Review;

/// <summary>
/// The explained report of a roster version (every wish's reason, fairness) in a language, for the manager and, one
/// employee's part of it, for the employee. Explaining re-checks the roster once per wish (seconds at 150 staff × 16
/// weeks), so the last few reports are kept, by roster, content (assignments and pins) and language.
/// </summary>
public sealed class RosterReports(RosterVersions versions)
{
    private const int CachedReports = 32;

    // One employee's outcomes of a roster version, by the same key and the employee: small, and many (one per employee who asks).
    private const int CachedOwnReports = 1024;

    private readonly ConcurrentDictionary<string, Lazy<RosterReport>> reports = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<RosterReport>> ownReports = new(StringComparer.Ordinal);
    private long reportsBuilt;

    /// <summary>Reports explained so far (whole rosters and employees' own), for tests and telemetry: a kept one is not counted again.</summary>
    public long ReportsBuilt => Interlocked.Read(ref reportsBuilt);

    /// <summary>
    /// A roster's stored report with its violations and its wishes' and preferences' reasons in <paramref name="language"/>:
    /// as stored for Swedish; otherwise the wishes and preferences from the roster's kept report (<see cref="Report"/>,
    /// which the review page shares) and the violations from a re-check (the same rules on the same problem find the same
    /// ones), since the stored texts are Swedish.
    /// </summary>
    public async Task<StoredReport> InLanguageAsync(RosterVersion roster, StoredReport stored, ReportLanguage language, CancellationToken cancellation)
    {
        if (language == ReportLanguage.Swedish) return stored;
        var problem = await versions.ProblemAsync(roster, cancellation).ConfigureAwait(false);
        var report = await Task.Run(() => Report(roster, problem, language), cancellation).ConfigureAwait(false);
        var evaluation = await Task.Run(() => RuleChecker.Evaluate(problem, roster.Assignments), cancellation).ConfigureAwait(false);
        return stored with { Violations = evaluation.Violations, Wishes = report.Wishes, Preferences = report.Preferences, Language = language };
    }

    /// <summary>
    /// One employee's wish and preference outcomes in a roster as the employee sees them: the reasons in
    /// <paramref name="language"/>, colleagues who could have covered counted, not named (<see cref="WishExplanation.OwnText"/>).
    /// From the roster's kept report when the review page or GetRoster has made it; otherwise the employee's own are
    /// explained (a re-check per refused wish) and kept the same way, by roster version, language and employee.
    /// </summary>
    public async Task<(ImmutableArray<WishOutcome> Wishes, ImmutableArray<PreferenceOutcome> Preferences)> OwnOutcomesAsync(RosterVersion roster, ReportLanguage language, string employee, CancellationToken cancellation)
    {
        var problem = await versions.ProblemAsync(roster, cancellation).ConfigureAwait(false);
        var key = ReportKey(roster, language);
        RosterReport report;
        if (reports.TryGetValue(key, out var whole) && whole.IsValueCreated)
        {
            report = whole.Value;
        }
        else
        {
            if (ownReports.Count >= CachedOwnReports && !ownReports.ContainsKey($"{key}|{employee}")) ownReports.Clear();
            var own = ownReports.GetOrAdd($"{key}|{employee}", _ => new Lazy<RosterReport>(() =>
            {
                Interlocked.Increment(ref reportsBuilt);
                return OwnReport(problem, roster.Assignments, language, new EmployeeId(employee));
            }));
            report = await Task.Run(() => own.Value, cancellation).ConfigureAwait(false);
        }

        return ([.. report.Wishes.Where(w => w.Wish.Employee.Value == employee)], [.. report.Preferences.Where(p => p.Preference.Employee.Value == employee)]);
    }

    /// <summary>A report holding one employee's wish and preference outcomes only (what <see cref="OwnOutcomesAsync"/> keeps).</summary>
    private static RosterReport OwnReport(RosterProblem problem, Domain.Roster roster, ReportLanguage language, EmployeeId employee)
    {
        var explained = WishExplainer.Explain(problem, roster, problem.Wishes.Where(w => w.Employee == employee), language);
        return new RosterReport([], [], [], [.. explained.Select(x => new WishOutcome(x.Wish, x.Explanation.Reason == WishReason.Granted, x.Explanation))])
        {
            Preferences = [.. WishExplainer.Preferences(problem, roster, language).Where(p => p.Preference.Employee == employee)],
            Language = language,
        };
    }

    /// <summary>A roster version in a language: by content (assignments and pins), not update time, since two changes can carry the same time (a coarse or a test clock).</summary>
    private static string ReportKey(RosterVersion roster, ReportLanguage language)
    {
        var content = new StringBuilder();
        foreach (var a in roster.Assignments.Assignments) content.Append(CultureInfo.InvariantCulture, $"{a.Employee.Value}\n{a.Date:yyyy-MM-dd}\n{a.Shift.Value}\n{a.Unit?.Value}\n");
        content.Append("pins\n");
        foreach (var p in roster.Pins) content.Append(CultureInfo.InvariantCulture, $"{p.Employee.Value}\n{p.Date:yyyy-MM-dd}\n{p.Shift?.Value ?? "-"}\n");
        return $"{roster.Name}|{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())))}|{language}";
    }

    /// <summary>
    /// The report of a roster version in a language, with every wish explained and the fairness figures (kept, by
    /// roster, content and language).
    /// </summary>
    public RosterReport Report(RosterVersion roster, RosterProblem problem, ReportLanguage language)
    {
        var key = ReportKey(roster, language);
        if (reports.Count >= CachedReports && !reports.ContainsKey(key)) reports.Clear();
        var report = reports.GetOrAdd(key, _ => new Lazy<RosterReport>(() =>
        {
            Interlocked.Increment(ref reportsBuilt);
            return RosterReport.Build(problem, roster.Assignments, language);
        }));
        return report.Value;
    }
}
