using System.Collections.Frozen;
using System.Globalization;

namespace Scheduling.Api.Pages.Review;

/// <summary>The review pages' words: Swedish by default, English when chosen (cookie <c>lang=en</c>).</summary>
public sealed class Texts
{
    public const string Cookie = "lang";

    private static readonly FrozenDictionary<string, (string Sv, string En)> Words = new Dictionary<string, (string, string)>
    {
        ["app"] = ("Schemaläggning", "Scheduling"),
        ["units"] = ("Enheter", "Units"),
        ["unit"] = ("Enhet", "Unit"),
        ["api-pointer"] = ("Samma tjänster som gRPC på HTTP/2-porten och som JSON under /v1 (t.ex. GET /v1/units).", "The same services as gRPC on the HTTP/2 port and as JSON under /v1 (e.g. GET /v1/units)."),
        ["no-units"] = ("Inga enheter än.", "No units yet."),
        ["employees"] = ("Medarbetare", "Employees"),
        ["rosters"] = ("Scheman", "Rosters"),
        ["no-rosters"] = ("Inga scheman än: starta en schemaläggning nedan.", "No rosters yet: start a solve below."),
        ["new-solve"] = ("Lägg ett nytt schema", "Plan a new roster"),
        ["start-date"] = ("Första dag", "First day"),
        ["days"] = ("Antal dagar", "Number of days"),
        ["time-limit"] = ("Tidsgräns (sekunder)", "Time limit (seconds)"),
        ["start"] = ("Starta", "Start"),
        ["jobs"] = ("Pågående körningar", "Running solves"),
        ["version"] = ("Version", "Version"),
        ["state"] = ("Status", "State"),
        ["period"] = ("Period", "Period"),
        ["penalty"] = ("Straff", "Penalty"),
        ["hard"] = ("Hårda brott", "Hard violations"),
        ["cost"] = ("Kostnad", "Cost"),
        ["created"] = ("Skapad", "Created"),
        ["open"] = ("Öppna", "Open"),
        ["PROPOSED"] = ("Förslag", "Proposed"),
        ["APPROVED"] = ("Godkänt", "Approved"),
        ["PUBLISHED"] = ("Publicerat", "Published"),
        ["SUPERSEDED"] = ("Ersatt", "Superseded"),
        ["solve"] = ("Schemaläggning", "Solve"),
        ["objective"] = ("Målvärde", "Objective"),
        ["bound"] = ("Gräns", "Bound"),
        ["gap"] = ("Gap", "Gap"),
        ["elapsed"] = ("Tid", "Elapsed"),
        ["solutions"] = ("Lösningar", "Solutions"),
        ["cancel"] = ("Avbryt", "Cancel"),
        ["job-done"] = ("Klart.", "Done."),
        ["to-roster"] = ("Till schemat", "To the roster"),
        ["no-roster"] = ("Inget schema hittades.", "No roster was found."),
        ["tab-grid"] = ("Schema", "Roster"),
        ["tab-coverage"] = ("Bemanning mot behov", "Coverage against need"),
        ["tab-checks"] = ("Regelkontroll", "Rule checks"),
        ["tab-wishes"] = ("Önskemål", "Wishes"),
        ["tab-cost"] = ("Kostnad", "Cost"),
        ["tab-versions"] = ("Versioner", "Versions"),
        ["approve"] = ("Godkänn", "Approve"),
        ["publish"] = ("Publicera", "Publish"),
        ["publish-reason"] = ("Skäl till kort varsel (ATL §12, AB)", "Reason for short notice (ATL §12, AB)"),
        ["notice-left"] = ("Dagar till periodens start: {0}. Minst {1} dagars varsel krävs, annars ett skäl.", "Days until the period starts: {0}. At least {1} days' notice, or a reason."),
        ["resolve"] = ("Lägg om (behåll låsta pass, ändra så lite som möjligt)", "Re-solve (keep pins, change as little as possible)"),
        ["export-csv"] = ("Exportera CSV", "Export CSV"),
        ["export-payroll-csv"] = ("Lönefil (CSV)", "Payroll (CSV)"),
        ["export-payroll-xlsx"] = ("Lönefil (Excel)", "Payroll (Excel)"),
        ["read-only"] = ("Publicerat schema: skrivskyddat. En ändring skapar en ny version som listar berörda medarbetare.", "Published roster: read-only. A change creates a new version listing the affected employees."),
        ["superseded"] = ("Ersatt av en senare publicerad version.", "Superseded by a later published version."),
        ["parent"] = ("Gjord från", "Made from"),
        ["affected"] = ("Berörda medarbetare", "Affected employees"),
        ["published-at"] = ("Publicerat", "Published"),
        ["reason"] = ("Skäl", "Reason"),
        ["employee"] = ("Medarbetare", "Employee"),
        ["hours"] = ("Timmar", "Hours"),
        ["target"] = ("Mål", "Target"),
        ["diff"] = ("Diff", "Diff"),
        ["staff-on-duty"] = ("I tjänst", "On duty"),
        ["off"] = ("Ledig", "Off"),
        ["pinned"] = ("Låst", "Pinned"),
        ["pin"] = ("Lås passet", "Pin the shift"),
        ["legend"] = ("Förklaring", "Legend"),
        ["wish-granted"] = ("Önskemål beviljat", "Wish granted"),
        ["wish-refused"] = ("Önskemål ej beviljat", "Wish refused"),
        ["kind-Day"] = ("Dag", "Day"),
        ["kind-Evening"] = ("Kväll", "Evening"),
        ["kind-Night"] = ("Natt", "Night"),
        ["edit-cell"] = ("Ändra dag", "Change day"),
        ["shift"] = ("Pass", "Shift"),
        ["save"] = ("Spara ändring", "Save change"),
        ["close"] = ("Stäng", "Close"),
        ["last-change"] = ("Senaste ändring", "Last change"),
        ["breaks"] = ("Ändringen bryter", "The change breaks"),
        ["mends"] = ("Ändringen löser", "The change mends"),
        ["nothing-new"] = ("Inga nya regelbrott.", "No new violations."),
        ["rule"] = ("Regel", "Rule"),
        ["source"] = ("Källa", "Source"),
        ["dates"] = ("Datum", "Dates"),
        ["units-of-harm"] = ("Mängd", "Amount"),
        ["message"] = ("Beskrivning", "Description"),
        ["across-seam"] = ("över periodgränsen: historik", "across the seam: history"),
        ["penalty-by-rule"] = ("Straff per regel", "Penalty by rule"),
        ["violations"] = ("Regelbrott", "Violations"),
        ["no-violations"] = ("Inga regelbrott.", "No violations."),
        ["yes"] = ("Ja", "Yes"),
        ["no"] = ("Nej", "No"),
        ["total"] = ("Summa", "Total"),
        ["granted-share"] = ("Beviljade", "Granted"),
        ["wishes"] = ("Önskemål", "Wishes"),
        ["refused"] = ("Ej beviljade önskemål", "Refused wishes"),
        ["wish"] = ("Önskemål", "Wish"),
        ["roster-has"] = ("Schemat har", "The roster has"),
        ["DAY_OFF"] = ("Ledig", "Day off"),
        ["SHIFT_ON"] = ("Arbeta pass", "Work shift"),
        ["SHIFT_OFF"] = ("Inte pass", "Not shift"),
        ["weight"] = ("Vikt", "Weight"),
        ["no-cost"] = ("Enheten har inga kostnadsuppgifter.", "The unit has no cost data."),
        ["budget"] = ("Budget", "Budget"),
        ["budget-diff"] = ("Budget − kostnad", "Budget − cost"),
        ["by-kind"] = ("Per slag", "By kind"),
        ["by-employee"] = ("Per medarbetare", "By employee"),
        ["by-day"] = ("Per dag", "By day"),
        ["BASE"] = ("Grundlön", "Base pay"),
        ["UNSOCIAL_HOURS"] = ("OB-tillägg", "Unsocial hours"),
        ["ADDITIONAL_HOURS"] = ("Mertid", "Additional hours"),
        ["OVERTIME"] = ("Övertid", "Overtime"),
        ["SUBSTITUTES"] = ("Vikarier", "Substitutes"),
        ["shortfalls"] = ("Underbemanning och överbemanning", "Shortfalls and surpluses"),
        ["no-shortfalls"] = ("Behovet är täckt i varje intervall.", "The need is met in every slot."),
        ["no-curve"] = ("Enheten har ingen behovskurva.", "The unit has no demand curve."),
        ["from"] = ("Från", "From"),
        ["to"] = ("Till", "To"),
        ["competence"] = ("Kompetens", "Competence"),
        ["all-staff"] = ("Alla", "All staff"),
        ["present"] = ("I tjänst", "Present"),
        ["minimum"] = ("Minimum", "Minimum"),
        ["ideal"] = ("Ideal", "Ideal"),
        ["below-minimum"] = ("Under minimum", "Below minimum"),
        ["below-ideal"] = ("Under ideal", "Below ideal"),
        ["surplus"] = ("Över ideal", "Above ideal"),
        ["chart-desc"] = ("Personal i tjänst (heldragen) mot minimum (streckad) och ideal (prickad) per timme.", "Staff present (solid) against minimum (dashed) and ideal (dotted) per hour."),
        ["compare"] = ("Jämför", "Compare"),
        ["compare-with"] = ("Jämför med", "Compare with"),
        ["moved"] = ("Flyttade pass", "Moved shifts"),
        ["before"] = ("Före", "Before"),
        ["after"] = ("Efter", "After"),
        ["no-moves"] = ("Inga skillnader i passen.", "No shift differs."),
        ["difference"] = ("Skillnad (denna − den andra)", "Difference (this − the other)"),
        ["min-short"] = ("Personminuter under minimum", "Person-minutes below minimum"),
        ["ideal-short"] = ("Personminuter under ideal", "Person-minutes below ideal"),
        ["calendar"] = ("iCal: kalender för {0}", "iCal: calendar for {0}"),
        ["error"] = ("Det gick inte", "That did not work"),
        ["language"] = ("In English", "På svenska"),
        ["skip"] = ("Hoppa till innehållet", "Skip to content"),
        ["day-totals"] = ("Per dag", "Per day"),
        ["status-solver"] = ("Lösarens status", "Solver status"),
        ["of-slots"] = ("av {0} intervall", "of {0} slots"),
        ["QUEUED"] = ("I kö", "Queued"),
        ["RUNNING"] = ("Pågår", "Running"),
        ["SUCCEEDED"] = ("Klar", "Succeeded"),
        ["CANCELLED"] = ("Avbruten", "Cancelled"),
        ["FAILED"] = ("Misslyckades", "Failed"),
        ["signin"] = ("Logga in", "Sign in"),
        ["signin-lead"] = ("Schemagranskningen är för planerare och verksamhetschefer. Klistra in din token (en JWT från inloggningstjänsten, eller lokalt från kommandoraden):", "The roster review is for planners and managers (verksamhetschefer). Paste your token (a JWT from the sign-in service, or locally from the command line):"),
        ["token"] = ("Token", "Token"),
        ["signin-button"] = ("Logga in", "Sign in"),
        ["signin-dev"] = ("Logga in som planerare (utveckling)", "Sign in as planner (development)"),
        ["signin-dev-note"] = ("Bara i utvecklingsmiljön (Development), från den här datorn.", "Only in the Development environment, from this computer."),
        ["signed-in-as"] = ("Inloggad som", "Signed in as"),
        ["signout"] = ("Logga ut", "Sign out"),
        ["signin-failed"] = ("Inloggningen misslyckades", "Sign-in failed"),
        ["token-malformed"] = ("Det är ingen token.", "That is not a token."),
        ["token-invalid"] = ("Token är ogiltig för den här tjänsten (fel nyckel, utfärdare, mottagare eller roll).", "The token is not valid for this service (wrong key, issuer, audience or role)."),
        ["token-expired"] = ("Token har gått ut. Skapa en ny.", "The token has expired. Mint a new one."),
        ["to-units"] = ("Till enheterna", "To the units"),
        ["employee-note"] = ("Som medarbetare använder du självservicen, inte de här sidorna.", "As an employee you use self-service, not these pages."),
        ["denied"] = ("Ingen åtkomst", "No access"),
        ["denied-text"] = ("Sidan finns inte, eller så har du inte behörighet till den.", "The page does not exist, or you may not see it."),
        ["role-planner"] = ("planerare", "planner"),
        ["role-manager"] = ("verksamhetschef", "manager"),
        ["role-employee"] = ("medarbetare", "employee"),
        ["reason-col"] = ("Skäl", "Reason"),
        ["fairness"] = ("Rättvisa", "Fairness"),
        ["fairness-desc"] = ("Beviljade önskemål och tunga pass per medarbetare mot rättvis andel (enligt regelpaketets rättviseregler). Avvikelse: arbetat − rättvis andel.", "Wishes granted and burdens per employee against the fair share (as the rule pack's fairness rules define it). Deviation: worked − fair share."),
        ["by-count"] = ("antal", "by count"),
        ["by-weight"] = ("vikt", "by weight"),
        ["nights"] = ("Nätter", "Nights"),
        ["weekends"] = ("Helger", "Weekends"),
        ["holidays"] = ("Helgdagar", "Holidays"),
        ["fair-share"] = ("rättvis andel", "fair share"),
        ["worked"] = ("arbetat", "worked"),
        ["ledger"] = ("Saldo in → ut", "Ledger in → out"),
        ["spread"] = ("Spridning mellan medarbetare", "Spread across employees"),
        ["measure"] = ("Mått", "Measure"),
        ["min"] = ("Min", "Min"),
        ["max"] = ("Max", "Max"),
        ["mean"] = ("Medel", "Mean"),
        ["std-dev"] = ("Standardavvikelse", "Std. deviation"),
        ["gini"] = ("Gini", "Gini"),
        ["share-by-weight"] = ("Beviljad andel (vikt)", "Granted share (weight)"),
        ["share-by-count"] = ("Beviljad andel (antal)", "Granted share (count)"),
        ["nights-dev"] = ("Nätter: |avvikelse|", "Nights: |deviation|"),
        ["weekends-dev"] = ("Helger: |avvikelse|", "Weekends: |deviation|"),
        ["holidays-dev"] = ("Helgdagar: |avvikelse|", "Holidays: |deviation|"),
        ["of"] = ("av", "of"),
        ["no-refused"] = ("Alla önskemål beviljades.", "Every wish was granted."),
    }.ToFrozenDictionary();

    public Texts(bool english) => English = english;

    /// <summary>The request's language: <c>?lang=</c>, else the cookie, else Swedish.</summary>
    public static Texts For(Microsoft.AspNetCore.Http.HttpRequest request) =>
        new(string.Equals(request.Query[Cookie].FirstOrDefault() ?? request.Cookies[Cookie], "en", StringComparison.Ordinal));

    public string Decimal(decimal value, int decimals = 1) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    public string Percent(decimal? share) => share is { } s ? (s * 100).ToString("0", Culture) + " %" : "–";

    public bool English { get; }

    public string Lang => English ? "en" : "sv";

    public CultureInfo Culture => CultureInfo.GetCultureInfo(English ? "en-GB" : "sv-SE");

    public string this[string key] => Words.TryGetValue(key, out var w) ? (English ? w.En : w.Sv) : key;

    public string Format(string key, params object[] args) => string.Format(Culture, this[key], args);

    /// <summary>A rule's name in the page's language, from the rule registry (an unknown id as it is).</summary>
    public string Rule(string ruleId) => Domain.Rules.RuleRegistry.Name(ruleId, Language);

    /// <summary>Where a rule comes from in the page's language; a source the unit's pack cited itself, as written.</summary>
    public string RuleSource(string ruleId, string citedSource) => Domain.Rules.RuleRegistry.Source(ruleId, citedSource, Language);

    private Domain.Reporting.ReportLanguage Language => English ? Domain.Reporting.ReportLanguage.English : Domain.Reporting.ReportLanguage.Swedish;

    public string Number(long value) => value.ToString("N0", Culture);

    /// <summary>Hours with one decimal; a difference that rounds to nothing shows as 0,0, not −0,0.</summary>
    public string Hours(long minutes) => (Math.Round(minutes / 60.0, 1) is var h && h == 0 ? 0.0 : h).ToString("0.0", Culture);
}
