using System.Text.RegularExpressions;
using Scheduling.Api.V1;

namespace Scheduling.Cli;

/// <summary>
/// <c>scheduling me …</c>: an employee's client of the self-service methods (their rate, wishes and roster),
/// as the employee of the token (<c>--token</c> or <c>SCHEDULING_TOKEN</c>).
/// </summary>
public static partial class MeCommand
{
    /// <summary>The command and its subcommands, with their help text.</summary>
    internal sealed class Definition : ServiceCommand
    {

        public Definition(CliConsole console) : base("me", "An employee's own rate, wishes and roster on the service, as the employee of the token", console)
        {
            Add(Rate());
            Add(ChooseRate());
            Add(RateHistory());
            Add(Wishes());
            Add(SubmitWish());
            Add(DeleteWish());
            Add(Roster());
            Add(Outcomes());
            Add(Cost());
        }

        private Command Rate() => CallSelf("rate", "Your employment rate on record, the rates you chose and the choice window", [], async (client, _, cancellation) =>
        {
            var r = await client.GetMyRateAsync(new GetMyRateRequest(), deadline: Deadline(), cancellationToken: cancellation);
            var lines = new List<string>
            {
                $"{r.Employee}: rate on record {(r.HasEmploymentRate ? Percent(r.EmploymentRate) : "none")}, full time {r.FullTimeWeeklyMinutes / 60} h {r.FullTimeWeeklyMinutes % 60:00} min a week ({Name(r.RotaType.ToString())})",
            };
            lines.AddRange(r.Chosen.Select(c => $"chosen for {c.Year}: {Percent(c.Rate)} ({c.ChooseTime.ToDateTime():yyyy-MM-dd HH:mm} UTC)"));
            lines.Add(r.Window is null ? "no rate choice window"
                : $"window for {r.Window.Name.Split('/')[^1]}: {r.Window.Opens} to {r.Window.Closes}, {(r.WindowOpen ? "open" : "not open")}; offers {string.Join(", ", r.OfferedRates.Select(Number))} %");
            return (r, Lines(lines));
        });

        private Command ChooseRate()
        {
            var rate = CliOptions.ParsedArgument("RATE", "the rate, a percentage (90 or 90%)", "the rate", "must be a percentage above 0 and at most 100", (string text, out double value) =>
                double.TryParse(text.TrimEnd('%'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value is > 0 and <= 100);
            var year = CliOptions.Parsed("--year", "The year the rate is for (default: the open window's)", "YEAR", "must be a year", (string text, out int value) =>
                int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value));
            return CallSelf("choose-rate", "Choose your employment rate for a year while the choice window is open", [rate, year], async (client, result, cancellation) =>
            {
                var c = await client.ChooseMyRateAsync(new ChooseMyRateRequest { Rate = result.GetValue(rate), Year = result.GetValue(year) }, deadline: Deadline(), cancellationToken: cancellation);
                return (c, Lines([$"chose {Percent(c.Rate)} for {c.Year} ({c.Name})"]));
            });
        }

        private Command RateHistory() => CallSelf("rate-history", "The rates you have chosen, newest first", [], async (client, _, cancellation) =>
        {
            var h = await client.ListMyRateChoicesAsync(new ListMyRateChoicesRequest(), deadline: Deadline(), cancellationToken: cancellation);
            return (h, Lines(h.RateChoices.Count == 0 ? ["no choices yet"] : h.RateChoices.Select(c => $"{c.ChooseTime.ToDateTime():yyyy-MM-dd HH:mm} UTC  {c.Year}  {Percent(c.Rate)}")));
        });

        private Command Wishes()
        {
            var period = Period();
            return CallSelf("wishes", "Your wishes and standing preferences for a period", [period], async (client, result, cancellation) =>
            {
                var w = await client.ListMyWishesAsync(new ListMyWishesRequest { PeriodStart = result.GetValue(period) ?? "" }, deadline: Deadline(), cancellationToken: cancellation);
                return (w, WishesText(w));
            });
        }

        private Command SubmitWish()
        {
            var date = new Argument<string>("DATE") { Description = "the wish's date (YYYY-MM-DD)" };
            var kind = CliOptions.ParsedArgument("KIND", "the kind: day-off, unavailable, shift-on or shift-off", "the kind", "must be day-off, unavailable, shift-on or shift-off", (string text, out MyWish.Types.Kind value) =>
            {
                value = text switch
                {
                    "day-off" => MyWish.Types.Kind.DayOff,
                    "unavailable" => MyWish.Types.Kind.Unavailable,
                    "shift-on" => MyWish.Types.Kind.ShiftOn,
                    "shift-off" => MyWish.Types.Kind.ShiftOff,
                    _ => MyWish.Types.Kind.Unspecified,
                };
                return value != MyWish.Types.Kind.Unspecified;
            });
            var shift = new Argument<string?>("SHIFT") { Description = "the shift code, for shift-on and shift-off", Arity = ArgumentArity.ZeroOrOne };
            var priority = CliOptions.Choice("--priority", "How much the wish matters (default: the unit's)", "must", "high", "normal", "low");
            var period = Period();
            var replace = new Option<bool>("--replace") { Description = "Replace your wishes for the period instead of adding to them" };
            var preferences = new Option<StandingPreference[]>("--preference")
            {
                Description = $"A standing preference to keep with the wish: {PreferenceForms}; once per preference",
                HelpName = "PREFERENCE",
                Arity = ArgumentArity.ZeroOrMore,
                CustomParser = result =>
                {
                    try
                    {
                        return [.. result.Tokens.Select(t => Preference(t.Value))];
                    }
                    catch (CliUsageException ex)
                    {
                        result.AddError(ex.Message);
                        return [];
                    }
                },
            };
            var command = CallSelf("submit-wish", "Wish for a day off, a day unavailable, or a shift on or off a day", [date, kind, shift, priority, period, replace, preferences], async (client, result, cancellation) =>
            {
                var wish = new MyWish
                {
                    Date = result.GetRequiredValue(date),
                    Kind = result.GetValue(kind),
                    Shift = result.GetValue(shift) ?? "",
                    Priority = result.GetValue(priority) switch
                    {
                        "must" => WishPriority.Must,
                        "high" => WishPriority.High,
                        "normal" => WishPriority.Normal,
                        "low" => WishPriority.Low,
                        _ => WishPriority.Unspecified,
                    },
                };
                var request = new SubmitMyWishesRequest { PeriodStart = result.GetValue(period) ?? "", Wishes = { wish }, Preferences = { result.GetValue(preferences) ?? [] }, Replace = result.GetValue(replace) };
                var w = await client.SubmitMyWishesAsync(request, deadline: Deadline(), cancellationToken: cancellation);
                return (w, WishesText(w));
            });
            command.Validators.Add(result =>
            {
                // The kind's text, not its value: a kind that did not parse has its own error already.
                var withShift = result.GetResult(kind)?.Tokens is [{ Value: "shift-on" or "shift-off" }];
                var hasShift = result.GetResult(shift)?.Tokens.Count > 0;
                if (withShift && !hasShift) result.AddError("'me submit-wish DATE shift-on|shift-off SHIFT' needs the shift code, e.g. 'submit-wish 2027-03-05 shift-off N'");
                else if (!withShift && hasShift) result.AddError("only shift-on and shift-off take a shift code");
            });
            return command;
        }

        private Command DeleteWish()
        {
            var id = new Argument<string>("ID") { Description = "the wish's id, as 'me wishes' lists it" };
            return CallSelf("delete-wish", "Delete one of your wishes", [id], async (client, result, cancellation) =>
            {
                await client.DeleteMyWishAsync(new DeleteMyWishRequest { Wish = result.GetRequiredValue(id) }, deadline: Deadline(), cancellationToken: cancellation);
                return (new Google.Protobuf.WellKnownTypes.Empty(), Lines([$"deleted {result.GetRequiredValue(id)}"]));
            });
        }

        private Command Roster()
        {
            var period = Period();
            var roster = RosterName();
            return CallSelf("roster", "Your shifts in a published roster, and your hours against your target", [period, roster], async (client, result, cancellation) =>
            {
                var r = await client.GetMyRosterAsync(new GetMyRosterRequest { Roster = result.GetValue(roster) ?? "", PeriodStart = result.GetValue(period) ?? "" }, deadline: Deadline(), cancellationToken: cancellation);
                var lines = new List<string> { $"{r.Roster} (published): {r.Period?.StartDate} + {r.Period?.Days} days" };
                lines.AddRange(r.Assignments.OrderBy(a => a.Date, StringComparer.Ordinal).Select(a => $"{a.Date}  {a.Shift}"));
                if (r.Assignments.Count == 0) lines.Add("no shifts");
                if (r.Hours is { } hours)
                {
                    lines.Add($"worked {Hours(hours.WorkedMinutes)}{(hours.HasTargetMinutes ? $" against a target of {Hours(hours.TargetMinutes)}" : "")}, {hours.Shifts} shifts");
                    if (hours.HasTimeBankOutMinutes) lines.Add($"time bank {SignedHours(hours.TimeBankInMinutes)} in, {SignedHours(hours.TimeBankOutMinutes)} out");
                }

                return (r, Lines(lines));
            });
        }

        private Command Outcomes()
        {
            var period = Period();
            var roster = RosterName();
            var language = CliOptions.Choice("--lang", "The language of the reasons (default: Swedish)", "sv", "en");
            return CallSelf("outcomes", "Which of your wishes a roster granted, each with its reason", [period, roster, language], async (client, result, cancellation) =>
            {
                var r = await client.GetMyWishOutcomesAsync(new GetMyWishOutcomesRequest { Roster = result.GetValue(roster) ?? "", PeriodStart = result.GetValue(period) ?? "", Language = result.GetValue(language) ?? "" }, deadline: Deadline(), cancellationToken: cancellation);
                return (r, OutcomeText(r));
            });
        }

        private Command Cost()
        {
            var wish = new Argument<string>("WISH_ID") { Description = "the refused wish's id, as 'me wishes' lists it" };
            var timeLimit = CliOptions.Seconds("--time-limit", "How long the service may search (default: the service's)", 60, "seconds");
            var roster = RosterName();
            return CallSelf("cost", "What granting a refused wish would cost, and who else it would move", [wish, timeLimit, roster], async (client, result, cancellation) =>
            {
                var request = new GetMyWishCostRequest { Wish = result.GetRequiredValue(wish), Roster = result.GetValue(roster) ?? "" };
                var seconds = result.GetValue(timeLimit);
                if (seconds is { } limit) request.TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(limit));
                var c = await client.GetMyWishCostAsync(request, deadline: DateTime.UtcNow.AddSeconds((seconds ?? 10) + 30), cancellationToken: cancellation);
                return (c, CostText(c));
            });
        }

        private static Option<string> Period() => new("--period") { Description = "The planning period, by its first day (default: the current one)", HelpName = "START" };

        private static Option<string> RosterName() => new("--roster") { Description = "A roster by name (default: the period's published one)", HelpName = "rosters/ID" };

        private static DateTime Deadline() => DateTime.UtcNow.AddSeconds(30);

        /// <summary>A subcommand that calls the employee's own service once and prints its answer (as text, or <c>--json</c>).</summary>
        private Command CallSelf(string name, string description, Symbol[] symbols, Func<EmployeeSelfService.EmployeeSelfServiceClient, ParseResult, CancellationToken, Task<(IMessage Reply, string Text)>> call) =>
            Call(name, description, symbols, (invoker, result, cancellation) => call(new EmployeeSelfService.EmployeeSelfServiceClient(invoker), result, cancellation));
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
                ? "cannot be granted without breaking a hard rule: " + string.Join(", ", c.Conflicts.Select(x => $"{Domain.Rules.RuleRegistry.Name(x.Rule, Domain.Reporting.ReportLanguage.English)}{(x.Employee.Length > 0 ? " " + x.Employee : "")}{(x.Date.Length > 0 ? " " + x.Date : "")}"))
                : "no roster with the wish granted was found within the time limit");
            return Lines(lines);
        }

        lines.Add($"penalty {c.PenaltyBefore} -> {c.PenaltyAfter} ({Signed(c.PenaltyDifference)})");
        lines.AddRange(c.PenaltyDifferenceByRule.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"  {Domain.Rules.RuleRegistry.Name(x.Key, Domain.Reporting.ReportLanguage.English),-32} {Signed(x.Value)}"));
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

    private static string WishesText(MyWishes w)
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
