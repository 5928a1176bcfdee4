using Google.Protobuf;
using Scheduling.Api.Mapping;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Reporting;
using Roster = Scheduling.Api.V1.Roster;

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
    /// The roster with its wishes' and preferences' reasons in <paramref name="language"/>: as stored for Swedish,
    /// from its kept report (<see cref="Report"/>, which the review page shares) otherwise.
    /// </summary>
    public async Task<Roster> InLanguageAsync(Roster roster, ReportLanguage language, CancellationToken cancellation)
    {
        if (language == ReportLanguage.Swedish) return Named(roster);
        var problem = await versions.ProblemAsync(roster, cancellation).ConfigureAwait(false);
        var translated = roster.Clone();
        ReportMapping.Outcomes(await Task.Run(() => Report(roster, problem, language), cancellation).ConfigureAwait(false), translated);
        // The stored violations are Swedish: the roster is checked again (the same rules on the same problem find the same ones) for their English.
        var evaluation = await Task.Run(() => Domain.Checking.RuleChecker.Evaluate(problem, RosterMapping.Assignments(roster)), cancellation).ConfigureAwait(false);
        translated.Violations.Clear();
        translated.Violations.AddRange(evaluation.Violations.Select(v => ReportMapping.ToProto(v, language)));
        return translated;
    }

    /// <summary>A stored (Swedish) roster with each violation's rule name and source in Swedish (rosters stored before names were kept lack them).</summary>
    private static Roster Named(Roster roster)
    {
        if (roster.Violations.All(v => v.RuleName.Length > 0)) return roster;
        var named = roster.Clone();
        foreach (var v in named.Violations)
        {
            v.RuleName = Domain.Rules.RuleRegistry.Name(v.Rule, ReportLanguage.Swedish);
            v.Source = Domain.Rules.RuleRegistry.Source(v.Rule, v.Source, ReportLanguage.Swedish);
        }

        return named;
    }

    /// <summary>
    /// One employee's wish and preference outcomes in a roster as the employee sees them: the reasons in
    /// <paramref name="language"/>, colleagues who could have covered counted, not named (<see cref="WishExplanation.OwnText"/>).
    /// From the roster's kept report when the review page or GetRoster has made it; otherwise the employee's own are
    /// explained (a re-check per refused wish) and kept the same way, by roster version, language and employee.
    /// </summary>
    public async Task<(List<V1.WishOutcome> Wishes, List<V1.PreferenceOutcome> Preferences)> OwnOutcomesAsync(Roster roster, ReportLanguage language, string employee, CancellationToken cancellation)
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
                return OwnReport(problem, RosterMapping.Assignments(roster), language, new EmployeeId(employee));
            }));
            report = await Task.Run(() => own.Value, cancellation).ConfigureAwait(false);
        }

        return ([.. report.Wishes.Where(w => w.Wish.Employee.Value == employee).Select(w => ReportMapping.ToProto(w, own: true))],
            [.. report.Preferences.Where(p => p.Preference.Employee.Value == employee).Select(ReportMapping.ToProto)]);
    }

    /// <summary>A report holding one employee's wish and preference outcomes only (what <see cref="OwnOutcomesAsync"/> keeps).</summary>
    private static RosterReport OwnReport(RosterProblem problem, Domain.Roster roster, ReportLanguage language, EmployeeId employee)
    {
        var explained = WishExplainer.Explain(problem, roster, problem.Wishes.Where(w => w.Employee == employee), language);
        return new RosterReport([], [], [], [.. explained.Select(x => new Domain.Reporting.WishOutcome(x.Wish, x.Explanation.Reason == WishReason.Granted, x.Explanation))])
        {
            Preferences = [.. WishExplainer.Preferences(problem, roster, language).Where(p => p.Preference.Employee == employee)],
            Language = language,
        };
    }

    /// <summary>A roster version in a language: by content (assignments and pins), not update time, since two changes can carry the same time (a coarse or a test clock).</summary>
    private static string ReportKey(Roster roster, ReportLanguage language)
    {
        var content = new Roster { Assignments = { roster.Assignments }, Pins = { roster.Pins } }.ToByteArray();
        return $"{roster.Name}|{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content))}|{language}";
    }

    /// <summary>
    /// The report of a roster version in a language, with every wish explained and the fairness figures (kept, by
    /// roster, content and language).
    /// </summary>
    public RosterReport Report(Roster roster, RosterProblem problem, ReportLanguage language)
    {
        var key = ReportKey(roster, language);
        if (reports.Count >= CachedReports && !reports.ContainsKey(key)) reports.Clear();
        var report = reports.GetOrAdd(key, _ => new Lazy<RosterReport>(() =>
        {
            Interlocked.Increment(ref reportsBuilt);
            return RosterReport.Build(problem, RosterMapping.Assignments(roster), language);
        }));
        return report.Value;
    }
}
