using System.Globalization;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Grpc.Core;
using Scheduling.Api.V1;

namespace Scheduling.Cli;

/// <summary>
/// <c>scheduling me …</c>: an employee's client of the self-service methods (their rate, wishes and roster),
/// as the employee of the token (<c>--token</c> or <c>SCHEDULING_TOKEN</c>).
/// </summary>
public static partial class MeCommand
{
    public const string Usage =
        "usage: scheduling me rate | choose-rate RATE [--year YEAR] | rate-history | wishes [--period START]\n"
        + "                     | submit-wish DATE day-off|unavailable|shift-on SHIFT|shift-off SHIFT [--priority must|high|normal|low] [--period START] [--replace] [--preference no-nights|no-shift=CODE|day-off=WEEKDAY|max-weekends=N ...]\n"
        + "                     | delete-wish ID | roster [--period START | --roster rosters/ID] | outcomes [--period START | --roster rosters/ID] [--lang sv|en]\n"
        + "                     | cost WISH_ID [--time-limit SECONDS] [--roster rosters/ID]\n"
        + "                     --server URL [--token TOKEN] [--json]";

    private sealed record Options(string Server, string? Token, bool Json, string Period, string Roster, int Year, bool Replace, WishPriority Priority, List<StandingPreference> Preferences, List<string> Words, string Language = "", double? TimeLimitSeconds = null);

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation)
    {
        Options options;
        try
        {
            options = Parse(args);
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return CliApp.BadInput;
        }

        if (options.Words.Count == 0 || options.Words[0] is "help" or "--help")
        {
            await stdout.WriteLineAsync(Usage).ConfigureAwait(false);
            return options.Words.Count == 0 ? CliApp.BadInput : CliApp.Ok;
        }

        using var connection = new ServiceConnection(options.Server, options.Token);
        var client = new EmployeeSelfService.EmployeeSelfServiceClient(connection.Invoker);
        try
        {
            var (reply, text) = await CallAsync(client, options, cancellation).ConfigureAwait(false);
            await stdout.WriteAsync(options.Json ? JsonFormatter.Default.Format(reply) + Environment.NewLine : text).ConfigureAwait(false);
            return CliApp.Ok;
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return CliApp.BadInput;
        }
        catch (RpcException ex)
        {
            // A closed window or no published roster yet is the employee's to fix too: one line, exit code 1.
            var (exit, line) = ServiceConnection.Explain(ex, options.Server, null, StatusCode.FailedPrecondition, StatusCode.NotFound);
            await stderr.WriteLineAsync(line).ConfigureAwait(false);
            return exit;
        }
    }

    private static async Task<(IMessage Reply, string Text)> CallAsync(EmployeeSelfService.EmployeeSelfServiceClient client, Options o, CancellationToken cancellation)
    {
        var words = o.Words;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        void Arguments(int count)
        {
            if (words.Count != count) throw new CliUsageException($"'me {words[0]}' takes {(count == 1 ? "no" : (count - 1).ToString(CultureInfo.InvariantCulture))} argument(s), got {words.Count - 1}");
        }

        switch (words[0])
        {
            case "rate":
            {
                Arguments(1);
                var r = await client.GetMyRateAsync(new GetMyRateRequest(), deadline: deadline, cancellationToken: cancellation);
                var lines = new List<string>
                {
                    $"{r.Employee}: rate on record {(r.HasEmploymentRate ? Percent(r.EmploymentRate) : "none")}, full time {r.FullTimeWeeklyMinutes / 60} h {r.FullTimeWeeklyMinutes % 60:00} min a week ({Name(r.RotaType.ToString())})",
                };
                lines.AddRange(r.Chosen.Select(c => $"chosen for {c.Year}: {Percent(c.Rate)} ({c.ChooseTime.ToDateTime():yyyy-MM-dd HH:mm} UTC)"));
                lines.Add(r.Window is null ? "no rate choice window"
                    : $"window for {r.Window.Name.Split('/')[^1]}: {r.Window.Opens} to {r.Window.Closes}, {(r.WindowOpen ? "open" : "not open")}; offers {string.Join(", ", r.OfferedRates.Select(Number))} %");
                return (r, Lines(lines));
            }
            case "choose-rate":
            {
                Arguments(2);
                if (!double.TryParse(words[1].TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate is <= 0 or > 100)
                    throw new CliUsageException($"the rate must be a percentage above 0 and at most 100, was '{words[1]}'");
                var c = await client.ChooseMyRateAsync(new ChooseMyRateRequest { Rate = rate, Year = o.Year }, deadline: deadline, cancellationToken: cancellation);
                return (c, Lines([$"chose {Percent(c.Rate)} for {c.Year} ({c.Name})"]));
            }
            case "rate-history":
            {
                Arguments(1);
                var h = await client.ListMyRateChoicesAsync(new ListMyRateChoicesRequest(), deadline: deadline, cancellationToken: cancellation);
                return (h, Lines(h.RateChoices.Count == 0 ? ["no choices yet"] : h.RateChoices.Select(c => $"{c.ChooseTime.ToDateTime():yyyy-MM-dd HH:mm} UTC  {c.Year}  {Percent(c.Rate)}")));
            }
            case "wishes":
            {
                Arguments(1);
                var w = await client.ListMyWishesAsync(new ListMyWishesRequest { PeriodStart = o.Period }, deadline: deadline, cancellationToken: cancellation);
                return (w, Wishes(w));
            }
            case "submit-wish":
            {
                if (words.Count < 3) throw new CliUsageException("submit-wish needs a date and a kind, e.g. 'submit-wish 2027-03-05 day-off'");
                var kind = words[2] switch
                {
                    "day-off" => MyWish.Types.Kind.DayOff,
                    "unavailable" => MyWish.Types.Kind.Unavailable,
                    "shift-on" => MyWish.Types.Kind.ShiftOn,
                    "shift-off" => MyWish.Types.Kind.ShiftOff,
                    _ => throw new CliUsageException($"the kind must be day-off, unavailable, shift-on or shift-off, was '{words[2]}'"),
                };
                var withShift = kind is MyWish.Types.Kind.ShiftOn or MyWish.Types.Kind.ShiftOff;
                Arguments(withShift ? 4 : 3);
                var wish = new MyWish { Date = words[1], Kind = kind, Shift = withShift ? words[3] : "", Priority = o.Priority };
                var w = await client.SubmitMyWishesAsync(new SubmitMyWishesRequest { PeriodStart = o.Period, Wishes = { wish }, Preferences = { o.Preferences }, Replace = o.Replace }, deadline: deadline, cancellationToken: cancellation);
                return (w, Wishes(w));
            }
            case "delete-wish":
            {
                Arguments(2);
                await client.DeleteMyWishAsync(new DeleteMyWishRequest { Wish = words[1] }, deadline: deadline, cancellationToken: cancellation);
                return (new Google.Protobuf.WellKnownTypes.Empty(), Lines([$"deleted {words[1]}"]));
            }
            case "roster":
            {
                Arguments(1);
                var r = await client.GetMyRosterAsync(new GetMyRosterRequest { Roster = o.Roster, PeriodStart = o.Period }, deadline: deadline, cancellationToken: cancellation);
                var lines = new List<string> { $"{r.Roster} (published): {r.Period?.StartDate} + {r.Period?.Days} days" };
                lines.AddRange(r.Assignments.OrderBy(a => a.Date, StringComparer.Ordinal).Select(a => $"{a.Date}  {a.Shift}"));
                if (r.Assignments.Count == 0) lines.Add("no shifts");
                if (r.Hours is { } hours)
                {
                    lines.Add($"worked {Hours(hours.WorkedMinutes)}{(hours.HasTargetMinutes ? $" against a target of {Hours(hours.TargetMinutes)}" : "")}, {hours.Shifts} shifts");
                    if (hours.HasTimeBankOutMinutes) lines.Add($"time bank {SignedHours(hours.TimeBankInMinutes)} in, {SignedHours(hours.TimeBankOutMinutes)} out");
                }

                return (r, Lines(lines));
            }
            case "outcomes":
            {
                Arguments(1);
                var r = await client.GetMyWishOutcomesAsync(new GetMyWishOutcomesRequest { Roster = o.Roster, PeriodStart = o.Period, Language = o.Language }, deadline: deadline, cancellationToken: cancellation);
                return (r, OutcomeText(r));
            }
            case "cost":
            {
                Arguments(2);
                var request = new GetMyWishCostRequest { Wish = words[1], Roster = o.Roster };
                if (o.TimeLimitSeconds is { } seconds) request.TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(seconds));
                var c = await client.GetMyWishCostAsync(request, deadline: DateTime.UtcNow.AddSeconds((o.TimeLimitSeconds ?? 10) + 30), cancellationToken: cancellation);
                return (c, CostText(c));
            }
            default:
                throw new CliUsageException($"unknown 'me' command '{words[0]}' (rate, choose-rate, rate-history, wishes, submit-wish, delete-wish, roster, outcomes, cost)");
        }
    }

    /// <summary>The employee's wishes and standing preferences in a roster, each with its reason.</summary>
    public static string OutcomeText(MyWishOutcomes r)
    {
        var english = r.Language == "en";
        var lines = new List<string> { english || r.Language.Length == 0
            ? $"{r.Roster}: {r.Outcomes.Count(w => w.Granted)} of {r.Outcomes.Count} wishes granted"
            : $"{r.Roster}: {r.Outcomes.Count(w => w.Granted)} av {r.Outcomes.Count} önskemål beviljade" };
        lines.AddRange(r.Outcomes.OrderBy(w => w.Date, StringComparer.Ordinal).Select(w => $"{w.Date}  {Name(w.Kind.ToString()),-9} {w.Shift,-4} {(w.ReasonText.Length > 0 ? w.ReasonText : w.Granted ? "granted" : "refused")}"));
        lines.AddRange(r.Preferences.Select(p => $"{(english ? "standing" : "stående")}: {Name(p.Preference.Kind.ToString())} {PreferenceDetail(p.Preference)}{p.Text}"));
        return Lines(lines);
    }

    /// <summary>What granting a wish would cost: penalty by rule, coverage, the shifts that move and who else is affected.</summary>
    public static string CostText(WishCost c)
    {
        var wish = $"{c.Wish.Date} {Name(c.Wish.Kind.ToString())}{(c.Wish.HasShift && c.Wish.Shift.Length > 0 ? " " + c.Wish.Shift : "")}";
        var lines = new List<string> { $"granting {wish} against {c.Roster} ({c.Status}, {c.Elapsed?.ToTimeSpan().TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s of {c.TimeLimit?.ToTimeSpan().TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s):" };
        if (!c.HasPenaltyAfter)
        {
            lines.Add(c.Status == SolveResult.Types.Status.Infeasible
                ? "cannot be granted without breaking a hard rule: " + string.Join(", ", c.Conflicts.Select(x => $"{x.Rule}{(x.Employee.Length > 0 ? " " + x.Employee : "")}{(x.Date.Length > 0 ? " " + x.Date : "")}"))
                : "no roster with the wish granted was found within the time limit");
            return Lines(lines);
        }

        lines.Add($"penalty {c.PenaltyBefore} -> {c.PenaltyAfter} ({Signed(c.PenaltyDifference)})");
        lines.AddRange(c.PenaltyDifferenceByRule.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"  {x.Key,-24} {Signed(x.Value)}"));
        if (c.HasMinutesBelowMinimumDifference) lines.Add($"person-minutes below the minimum need: {Signed(c.MinutesBelowMinimumDifference)}");
        lines.Add(c.Changes.Count == 0 ? "no shifts change" : $"{c.Changes.Count} shift(s) change:");
        lines.AddRange(c.Changes.Select(m => $"  {m.Employee,-6} {m.Date}  {(m.ShiftBefore.Length > 0 ? m.ShiftBefore : "off")} -> {(m.ShiftAfter.Length > 0 ? m.ShiftAfter : "off")}"));
        // An employee is told how many colleagues, not who (EmployeeView); a manager's answer names them.
        lines.Add(c.AffectedEmployees.Count > 0 ? $"others affected: {string.Join(", ", c.AffectedEmployees)}"
            : c.OtherEmployeesAffected > 0 ? $"others affected: {c.OtherEmployeesAffected} colleague(s), {c.OtherChanges} of their shift(s) change"
            : "no one else is affected");
        return Lines(lines);
    }

    private static string PreferenceDetail(PreferenceSpec p) => p.Kind switch
    {
        PreferenceKind.NoShiftKind => Name(p.ShiftKind.ToString()) + " ",
        PreferenceKind.NoShift => p.Shift + " ",
        PreferenceKind.DayOffOnWeekday => Name(p.Weekday.ToString()) + " ",
        PreferenceKind.AtMostWeekends => p.Count.ToString(CultureInfo.InvariantCulture) + " ",
        _ => "",
    };

    private static string Signed(long value) => value.ToString("+0;-0;0", CultureInfo.InvariantCulture);

    private static string SignedHours(long minutes) => (minutes < 0 ? "-" : "+") + Hours(Math.Abs(minutes));

    private static string Wishes(MyWishes w)
    {
        var lines = w.Wishes.Select(x => $"{x.Name.Split('/')[^1]}  {x.Date}  {Name(x.Kind.ToString()),-11} {x.Shift,-4} {Name(x.Priority.ToString())}").ToList();
        if (lines.Count == 0) lines.Add("no wishes");
        lines.AddRange(w.Preferences.Select(p => $"standing: {Name(p.Kind.ToString())} {Detail(p)}({Name(p.Priority.ToString())})"));
        return Lines(lines);
    }

    private static string Detail(StandingPreference p) => p.Kind switch
    {
        StandingPreference.Types.Kind.NoShiftKind => Name(p.ShiftKind.ToString()) + " ",
        StandingPreference.Types.Kind.NoShift => p.Shift + " ",
        StandingPreference.Types.Kind.DayOffOnWeekday => Name(p.Weekday.ToString()) + " ",
        StandingPreference.Types.Kind.AtMostWeekends => p.Count.ToString(CultureInfo.InvariantCulture) + " ",
        _ => "",
    };

    private static string Lines(IEnumerable<string> lines) => string.Concat(lines.Select(l => l + Environment.NewLine));

    private static string Number(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Percent(double d) => Number(d) + " %";

    private static string Hours(long minutes) => $"{minutes / 60} h {minutes % 60:00} min";

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex WordBoundary();

    /// <summary>An enum name as the contract spells it: SundaysAndHolidays → SUNDAYS_AND_HOLIDAYS.</summary>
    private static string Name(string value) => WordBoundary().Replace(value, "_").ToUpperInvariant();

    private static Options Parse(string[] args)
    {
        string? server = null, token = null;
        var json = false;
        var replace = false;
        string period = "", roster = "", language = "";
        double? timeLimit = null;
        var year = 0;
        var priority = WishPriority.Unspecified;
        var preferences = new List<StandingPreference>();
        var words = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new CliUsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--server":
                    server = ServiceConnection.ParseServer(Value());
                    break;
                case "--token":
                    token = Value();
                    break;
                case "--json":
                    json = true;
                    break;
                case "--replace":
                    replace = true;
                    break;
                case "--period":
                    period = Value();
                    break;
                case "--roster":
                    roster = Value();
                    break;
                case "--lang":
                    language = Value();
                    if (language is not ("sv" or "en")) throw new CliUsageException($"--lang must be sv or en, was '{language}'");
                    break;
                case "--time-limit":
                    var t = Value();
                    timeLimit = double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 60
                        ? seconds : throw new CliUsageException($"--time-limit must be seconds above 0 and at most 60, was '{t}'");
                    break;
                case "--year":
                    var y = Value();
                    if (!int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out year)) throw new CliUsageException($"--year must be a year, was '{y}'");
                    break;
                case "--priority":
                    var p = Value();
                    priority = p switch
                    {
                        "must" => WishPriority.Must,
                        "high" => WishPriority.High,
                        "normal" => WishPriority.Normal,
                        "low" => WishPriority.Low,
                        _ => throw new CliUsageException($"--priority must be must, high, normal or low, was '{p}'"),
                    };
                    break;
                case "--preference":
                    preferences.Add(Preference(Value()));
                    break;
                case "-h" or "--help":
                    words.Insert(0, "help");
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal)) throw new CliUsageException($"unknown option '{args[i]}'");
                    words.Add(args[i]);
                    break;
            }
        }

        if (words.Count > 0 && words[0] != "help" && server is null) throw new CliUsageException("--server URL is required, e.g. --server http://localhost:5080");
        return new Options(server ?? "", token, json, period, roster, year, replace, priority, preferences, words, language, timeLimit);
    }

    private static StandingPreference Preference(string text)
    {
        var parts = text.Split('=', 2);
        var value = parts.Length == 2 ? parts[1] : null;
        StandingPreference Need(StandingPreference p, bool hasValue) =>
            hasValue == (value is not null) ? p : throw new CliUsageException($"--preference {parts[0]} {(hasValue ? "needs a value" : "takes no value")}, was '{text}' ({PreferenceForms})");
        return parts[0] switch
        {
            "no-nights" => Need(new StandingPreference { Kind = StandingPreference.Types.Kind.NoShiftKind, ShiftKind = ShiftKind.Night }, false),
            "no-shift" => Need(new StandingPreference { Kind = StandingPreference.Types.Kind.NoShift, Shift = value ?? "" }, true),
            "day-off" => Need(new StandingPreference { Kind = StandingPreference.Types.Kind.DayOffOnWeekday, Weekday = Enum.TryParse<Weekday>(value, ignoreCase: true, out var day) && day != Weekday.Unspecified ? day : throw new CliUsageException($"--preference day-off needs a weekday, e.g. day-off=monday, was '{text}'") }, true),
            "max-weekends" => Need(new StandingPreference { Kind = StandingPreference.Types.Kind.AtMostWeekends, Count = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new CliUsageException($"--preference max-weekends needs a count, e.g. max-weekends=2, was '{text}'") }, true),
            _ => throw new CliUsageException($"--preference must be one of {PreferenceForms}, was '{text}'"),
        };
    }

    private const string PreferenceForms = "no-nights, no-shift=CODE, day-off=WEEKDAY, max-weekends=N";
}
