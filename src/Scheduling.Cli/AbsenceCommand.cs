using Google.Protobuf.WellKnownTypes;
using Scheduling.Api.V1;

namespace Scheduling.Cli;

/// <summary>
/// <c>scheduling absence …</c>: a manager's or planner's client for a sick call during a published period: record an
/// absence, list or delete them, list the ranked replacements for the shifts it opens, accept one, or re-plan the days
/// around the gap (each change a new roster version to publish).
/// </summary>
public static class AbsenceCommand
{
    private static readonly string[] Kinds = ["sick", "vab", "leave", "other"];

    /// <summary>The command and its subcommands, with their help text.</summary>
    internal sealed class Definition : ServiceCommand
    {
        private readonly Option<string> language = CliOptions.WithDefault(CliOptions.Choice("--lang", "The language of the reasons", "sv", "en"), "sv");

        public Definition(CliConsole console) : base("absence", "Absences during a published period: record one, see who can take the shifts it opens, accept one or re-plan", console)
        {
            Add(Record());
            Add(List());
            Add(Delete());
            Add(Replacements());
            Add(Accept());
            Add(Replan());
        }

        private static Argument<string> Text(string name, string description) => new(name) { Description = description };

        private Command Record()
        {
            var unit = Text("UNIT", "The unit, units/ID");
            var employee = Text("EMPLOYEE", "The employee's id in the unit");
            var from = new Option<string>("--from") { Description = "The first day (whole days) or instant (with a time: 2027-03-03T06:10+01:00)", HelpName = "DATE|INSTANT", Required = true };
            var to = new Option<string>("--to") { Description = "The last day (whole days, default the first) or the end instant", HelpName = "DATE|INSTANT" };
            var kind = CliOptions.WithDefault(CliOptions.Choice("--kind", "Why", Kinds), "sick");
            var note = new Option<string>("--note") { Description = "A note (at most 500 characters)", HelpName = "TEXT" };
            return Call("record", "Record an absence; it becomes unavailability in every problem that covers it", [unit, employee, from, to, kind, note], async (invoker, result, cancellation) =>
            {
                var absence = new Absence { Employee = result.GetRequiredValue(employee), Kind = KindOf(result.GetRequiredValue(kind)), Note = result.GetValue(note) ?? "" };
                var start = result.GetRequiredValue(from);
                var end = result.GetValue(to);
                if (start.Contains('T', StringComparison.Ordinal))
                {
                    absence.StartTime = Instant(start, "--from");
                    absence.EndTime = Instant(end ?? throw new CliUsageException("--to is required with an instant --from"), "--to");
                }
                else
                {
                    absence.StartDate = start;
                    absence.EndDate = end ?? start;
                }

                var a = await new AbsenceService.AbsenceServiceClient(invoker).CreateAbsenceAsync(new CreateAbsenceRequest { Parent = result.GetRequiredValue(unit), Absence = absence }, deadline: Deadline(), cancellationToken: cancellation);
                return (a, Line(a));
            });
        }

        private Command List()
        {
            var unit = Text("UNIT", "The unit, units/ID");
            return Call("list", "The unit's absences", [unit], async (invoker, result, cancellation) =>
            {
                var list = await new AbsenceService.AbsenceServiceClient(invoker).ListAbsencesAsync(new ListAbsencesRequest { Parent = result.GetRequiredValue(unit), PageSize = 1000 }, deadline: Deadline(), cancellationToken: cancellation);
                return (list, list.Absences.Count == 0 ? "no absences" + Environment.NewLine : string.Concat(list.Absences.Select(Line)));
            });
        }

        private Command Delete()
        {
            var name = Text("ABSENCE", "The absence, units/ID/absences/ID");
            return Call("delete", "Delete an absence", [name], async (invoker, result, cancellation) =>
            {
                var reply = await new AbsenceService.AbsenceServiceClient(invoker).DeleteAbsenceAsync(new DeleteAbsenceRequest { Name = result.GetRequiredValue(name) }, deadline: Deadline(), cancellationToken: cancellation);
                return (reply, $"deleted {result.GetRequiredValue(name)}{Environment.NewLine}");
            });
        }

        private Command Replacements()
        {
            var roster = Text("ROSTER", "The published roster, rosters/ID");
            var absence = Text("ABSENCE", "The absence, units/ID/absences/ID");
            var top = CliOptions.WholeNumber("--top", "Candidates to show per shift", 5, 1, 1000, "must be a whole number from 1 to 1000");
            return Call("replacements", "Who can take each shift the absence opens, best first, and why the others cannot", [roster, absence, top, language], async (invoker, result, cancellation) =>
            {
                var list = await new RosterService.RosterServiceClient(invoker).ListReplacementsAsync(new ListReplacementsRequest { Name = result.GetRequiredValue(roster), Absence = result.GetRequiredValue(absence) }, deadline: Deadline(), cancellationToken: cancellation);
                var sv = result.GetValue(language) != "en";
                var lines = new List<string>();
                foreach (var s in list.Shifts)
                {
                    lines.Add($"{s.Date} {s.Shift} ({s.Employee}){(s.NeedsConsent ? (sv ? ": inom 14 dagar, kräver samtycke" : ": within 14 days, needs consent") : "")}");
                    lines.AddRange(s.Candidates.Take(result.GetValue(top)).Select(c => $"  {c.Rank}. {c.Employee} {c.EmployeeName}: {(sv ? c.ReasonSv : c.ReasonEn)}"));
                    if (s.Substitute is { } sub) lines.Add($"  {(sv ? "vikarie" : "substitute")}: {(sv ? sub.ReasonSv : sub.ReasonEn)}");
                    lines.Add(sv ? $"  {s.Candidates.Count} kan, {s.Excluded.Count} kan inte:" : $"  {s.Candidates.Count} can, {s.Excluded.Count} cannot:");
                    lines.AddRange(s.Excluded.Select(e => $"    {e.Employee}: {(sv ? e.ReasonSv : e.ReasonEn)}"));
                }

                return (list, string.Concat(lines.Select(l => l + Environment.NewLine)));
            });
        }

        private Command Accept()
        {
            var roster = Text("ROSTER", "The roster, rosters/ID");
            var absence = Text("ABSENCE", "The absence, units/ID/absences/ID");
            var date = Text("DATE", "The opened shift's day, yyyy-MM-dd");
            var employee = Text("EMPLOYEE", "Who takes it");
            return Call("accept", "Give the opened shift to a candidate: a new roster version to approve and publish", [roster, absence, date, employee], async (invoker, result, cancellation) =>
            {
                var r = await new RosterService.RosterServiceClient(invoker).AcceptReplacementAsync(new AcceptReplacementRequest
                {
                    Name = result.GetRequiredValue(roster), Absence = result.GetRequiredValue(absence), Date = result.GetRequiredValue(date), Employee = result.GetRequiredValue(employee),
                }, deadline: Deadline(), cancellationToken: cancellation);
                return (r, Changed(r.Roster, r.Changes));
            });
        }

        private Command Replan()
        {
            var roster = Text("ROSTER", "The roster, rosters/ID");
            var absence = Text("ABSENCE", "The absence, units/ID/absences/ID");
            var window = CliOptions.WholeNumber("--window", "Days on each side of the absence that may change", 3, 1, 14, "must be a whole number from 1 to 14");
            var limit = CliOptions.Seconds("--time-limit", "How long to search (default 10 s)", 60);
            return Call("replan", "Re-plan the days around the absence with as few changes as possible: a new roster version", [roster, absence, window, limit], async (invoker, result, cancellation) =>
            {
                var request = new ReplanAbsenceRequest { Name = result.GetRequiredValue(roster), Absence = result.GetRequiredValue(absence), WindowDays = result.GetValue(window) };
                if (result.GetValue(limit) is { } seconds) request.TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(seconds));
                var r = await new RosterService.RosterServiceClient(invoker).ReplanAbsenceAsync(request, deadline: DateTime.UtcNow.AddSeconds(120), cancellationToken: cancellation);
                return (r, Changed(r.Roster, r.Changes));
            });
        }

        private static string Changed(Roster roster, IEnumerable<MovedShift> changes) =>
            $"{roster.Name} version {roster.Version} ({roster.State}, from {roster.Parent}); affected: {string.Join(", ", roster.AffectedEmployees)}{Environment.NewLine}"
            + string.Concat(changes.Select(c => $"  {c.Employee} {c.Date}: {Or(c.ShiftBefore)} -> {Or(c.ShiftAfter)}{Environment.NewLine}"));

        private static string Or(string shift) => shift.Length > 0 ? shift : "off";

        private static string Line(Absence a) =>
            $"{a.Name}  {a.Employee}  {a.Kind}  {(a.StartDate.Length > 0 ? $"{a.StartDate} to {a.EndDate}" : $"{a.StartTime.ToDateTimeOffset():yyyy-MM-dd HH:mm} to {a.EndTime.ToDateTimeOffset():yyyy-MM-dd HH:mm} UTC")}{(a.Note.Length > 0 ? "  " + a.Note : "")}{Environment.NewLine}";

        private static AbsenceKind KindOf(string word) => word switch
        {
            "vab" => AbsenceKind.Vab,
            "leave" => AbsenceKind.Leave,
            "other" => AbsenceKind.Other,
            _ => AbsenceKind.Sick,
        };

        private static Timestamp Instant(string text, string option) =>
            DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
                ? Timestamp.FromDateTimeOffset(value)
                : throw new CliUsageException($"{option}: '{text}' is not an instant with its offset, e.g. 2027-03-03T06:10+01:00");

        private static DateTime Deadline() => DateTime.UtcNow.AddSeconds(30);
    }
}
