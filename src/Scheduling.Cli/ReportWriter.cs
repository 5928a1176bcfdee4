using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Reporting;
using Scheduling.Solver;

namespace Scheduling.Cli;

/// <summary>Writes a solve result as a readable report (grid, coverage, hours, wishes, cost, rule checks) or as one JSON object.</summary>
public sealed class ReportWriter(RosterProblem problem, SolveResult result)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly RosterReport? report = result.Roster is { } r ? RosterReport.Build(problem, r) : null;
    private readonly RosterCost? cost = result.Roster is { } r && problem.Cost is not null ? RosterCost.Compute(problem, r) : null;

    public string Table()
    {
        var s = new StringBuilder();
        s.AppendLine(Inv, $"status     {result.Status}{(result.IsRelaxed ? " — least-bad roster, hard rules broken as listed below" : "")}{(result.Cancelled ? " (cancelled)" : "")}");
        s.AppendLine(Inv, $"objective  {result.Objective?.ToString(Inv) ?? "-"}   bound {result.BestBound?.ToString(Inv) ?? "-"}   gap {(result.Gap is { } g ? (g * 100).ToString("0.00", Inv) + " %" : "-")}");
        s.AppendLine(Inv, $"time       build {result.BuildTime.TotalSeconds:0.00} s, first roster {(result.FirstSolutionTime is { } f ? f.TotalSeconds.ToString("0.00", Inv) + " s" : "-")}, total {result.TotalTime.TotalSeconds:0.00} s, {result.SolutionCount} improving rosters");
        if (!result.Conflicts.IsEmpty)
        {
            s.AppendLine().AppendLine("The hard rules cannot all hold; these conflict:");
            foreach (var c in result.Conflicts) s.AppendLine(Inv, $"  - {c}");
        }

        if (result.Roster is not { } roster || report is null)
        {
            s.AppendLine().AppendLine("No roster.");
            return s.ToString();
        }

        Grid(s, roster);
        Coverage(s);
        Wishes(s);
        Cost(s);
        Checks(s, result.Evaluation!);
        return s.ToString();
    }

    private void Grid(StringBuilder s, Roster roster)
    {
        var period = problem.Period;
        var nameWidth = Math.Min(24, problem.Employees.Select(e => e.Name.Length).DefaultIfEmpty(4).Max()) + 1;
        var cell = Math.Max(3, problem.Templates.Select(t => t.Code.Value.Length).DefaultIfEmpty(1).Max() + 1);
        s.AppendLine().AppendLine("Roster (shift code per day; '.' = off; hours worked / target)");
        s.Append(' ', nameWidth);
        foreach (var date in period.Dates) s.Append(date.DayOfWeek.ToString()[..2].PadLeft(cell));
        s.AppendLine();
        s.Append(' ', nameWidth);
        foreach (var date in period.Dates) s.Append(date.Day.ToString(Inv).PadLeft(cell));
        s.AppendLine();
        var byCell = roster.Assignments.ToLookup(a => (a.Employee, a.Date), a => a.Shift.Value);
        foreach (var (employee, hours) in problem.Employees.Zip(report!.Hours))
        {
            var name = employee.Name.Length > nameWidth - 1 ? employee.Name[..(nameWidth - 1)] : employee.Name;
            s.Append(name.PadRight(nameWidth));
            foreach (var date in period.Dates)
            {
                var codes = byCell[(employee.Id, date)].ToList();
                s.Append((codes.Count == 0 ? "." : string.Join("+", codes)).PadLeft(cell));
            }

            s.Append(Inv, $"  {H(hours.WorkedMinutes)} / {(hours.TargetMinutes is { } t ? H(t) : "-")}");
            if (hours.MinimumMinutes is not null || hours.MaximumMinutes is not null)
                s.Append(Inv, $"  [{(hours.MinimumMinutes is { } lo ? H(lo) : "")}–{(hours.MaximumMinutes is { } hi ? H(hi) : "")}]");
            s.AppendLine();
        }

        s.Append("staff".PadRight(nameWidth));
        foreach (var date in period.Dates) s.Append(roster.Assignments.Count(a => a.Date == date).ToString(Inv).PadLeft(cell));
        s.AppendLine();
    }

    private void Coverage(StringBuilder s)
    {
        var gaps = report!.CoverageGaps;
        var cover = report.ShiftCover;
        s.AppendLine().AppendLine(Inv, $"Coverage: {gaps.Count(g => g.BelowMinimum)} stretches below the minimum, {gaps.Count(g => !g.BelowMinimum)} below the ideal; {cover.Length} shift rows off their requirement");
        foreach (var g in gaps.Where(g => g.BelowMinimum).Take(40))
            s.AppendLine(Inv, $"  SHORT  {g.From:uuuu-MM-dd ddd HH:mm}–{g.To:HH:mm}  {(g.Competence is { } c ? c.Value : "staff"),-12} {g.Present} present, minimum {g.Minimum}, ideal {g.Ideal}");
        foreach (var g in gaps.Where(g => !g.BelowMinimum).Take(15))
            s.AppendLine(Inv, $"  ideal  {g.From:uuuu-MM-dd ddd HH:mm}–{g.To:HH:mm}  {(g.Competence is { } c ? c.Value : "staff"),-12} {g.Present} present, ideal {g.Ideal}");
        if (gaps.Count(g => !g.BelowMinimum) > 15) s.AppendLine(Inv, $"  … {gaps.Count(g => !g.BelowMinimum) - 15} more below the ideal");
        foreach (var c in cover.Take(40))
            s.AppendLine(Inv, $"  {c.Date:uuuu-MM-dd} {c.Shift}: {c.Assigned} assigned, {c.Required} required");
    }

    private void Wishes(StringBuilder s)
    {
        var wishes = report!.Wishes;
        if (wishes.IsEmpty) return;
        s.AppendLine().AppendLine(Inv, $"Wishes: {wishes.Count(w => w.Granted)} of {wishes.Length} granted");
        foreach (var group in wishes.GroupBy(w => w.Wish.Employee))
        {
            var refused = group.Where(w => !w.Granted).ToList();
            s.Append(Inv, $"  {group.Key,-8} {group.Count(w => w.Granted)}/{group.Count()} granted");
            if (refused.Count > 0)
                s.Append("; refused: ").AppendJoin(", ", refused.Select(w => $"{Text(w.Wish)} {w.Wish.Date:MM-dd}"));
            s.AppendLine();
        }
    }

    private static readonly CostKind[] Kinds = Enum.GetValues<CostKind>();

    private void Cost(StringBuilder s)
    {
        if (cost is null) return;
        var model = cost.Model;
        s.AppendLine().AppendLine(Inv, $"Cost: {Kr(cost.Kronor)} (cost model {model.Version}, OB table {model.UnsocialHours.Id}; whole kronor, each line rounded)");
        if (model.UnsocialHours.Source.Length > 0) s.AppendLine(Inv, $"  OB source: {model.UnsocialHours.Source}");
        foreach (var kind in Kinds)
        {
            var lines = cost.Lines.Where(l => l.Kind == kind).ToList();
            var minutes = lines.Sum(l => l.Minutes);
            s.AppendLine(Inv, $"  {Label(kind),-16} {Kr(cost.KronorOf(kind)),14}   {H(minutes),9} h{(kind == CostKind.Substitutes ? $"  ({lines.Sum(l => l.Quantity)} person-slots)" : "")}");
        }

        if (cost.Budget is { } budget)
        {
            var difference = cost.BudgetDifference!.Value;
            s.AppendLine(Inv, $"  {"budget",-16} {Kr(budget),14}   {(difference >= 0 ? $"{Kr(difference)} under budget" : $"{Kr(-difference)} OVER budget")}");
        }

        s.AppendLine().AppendLine(Inv, $"  {"employee",-24} {"total",12} {"base",12} {"OB",10} {"mertid",9} {"overtime",9}");
        foreach (var (employee, sub) in cost.ByEmployee)
        {
            var name = problem.EmployeeById[employee].Name;
            s.AppendLine(Inv, $"  {(name.Length > 24 ? name[..24] : name),-24} {Kr(sub.Kronor),12} {Kr(sub[CostKind.Base]),12} {Kr(sub[CostKind.UnsocialHours]),10} {Kr(sub[CostKind.AdditionalHours]),9} {Kr(sub[CostKind.Overtime]),9}");
        }

        s.AppendLine().AppendLine(Inv, $"  {"day",-15} {"total",12} {"OB",10} {"substitutes",12}");
        foreach (var (date, sub) in cost.ByDay)
            s.AppendLine(Inv, $"  {date.ToString("uuuu-MM-dd ddd", Inv),-15} {Kr(sub.Kronor),12} {Kr(sub[CostKind.UnsocialHours]),10} {Kr(sub[CostKind.Substitutes]),12}");
    }

    private static string Label(CostKind kind) => kind switch
    {
        CostKind.Base => "base pay",
        CostKind.UnsocialHours => "OB",
        CostKind.AdditionalHours => "mertid",
        CostKind.Overtime => "overtime",
        _ => "substitutes",
    };

    private static string Kr(long kronor) => kronor.ToString("#,##0", Inv).Replace(',', ' ') + " kr";

    private static string Key(CostKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static JsonObject CostJson(RosterCost c)
    {
        JsonObject ByKind(CostSubtotal sub) => new(Kinds.Select(k => KeyValuePair.Create(Key(k), (JsonNode?)JsonValue.Create(sub[k]))));
        return new JsonObject
        {
            ["currency"] = "SEK",
            ["version"] = c.Model.Version,
            ["source"] = c.Model.Source,
            ["unsocialHoursTable"] = c.Model.UnsocialHours.Id,
            ["unsocialHoursSource"] = c.Model.UnsocialHours.Source,
            ["totalKronor"] = c.Kronor,
            ["byKind"] = ByKind(c.ByKind),
            ["minutesByKind"] = new JsonObject(Kinds.Select(k => KeyValuePair.Create(Key(k), (JsonNode?)JsonValue.Create(c.Lines.Where(l => l.Kind == k).Sum(l => l.Minutes))))),
            ["budgetKronor"] = c.Budget,
            ["budgetDifferenceKronor"] = c.BudgetDifference,
            ["byEmployee"] = new JsonArray([.. c.ByEmployee.Select(x => (JsonNode)new JsonObject
            {
                ["employee"] = x.Employee.Value,
                ["totalKronor"] = x.Cost.Kronor,
                ["byKind"] = ByKind(x.Cost),
            })]),
            ["byDay"] = new JsonArray([.. c.ByDay.Select(x => (JsonNode)new JsonObject
            {
                ["date"] = Day(x.Date),
                ["totalKronor"] = x.Cost.Kronor,
                ["byKind"] = ByKind(x.Cost),
            })]),
        };
    }

    private static void Checks(StringBuilder s, Evaluation evaluation)
    {
        s.AppendLine().AppendLine(Inv, $"Rule checks: {evaluation.HardViolationCount} hard violations, penalty {evaluation.Penalty}");
        foreach (var v in evaluation.HardViolations.Take(50))
            s.AppendLine(Inv, $"  HARD {v.RuleId} ({v.Source}): {v.Message}");
        foreach (var (rule, penalty) in evaluation.PenaltyByRule)
            s.AppendLine(Inv, $"  {rule,-26} {penalty,10}  ({evaluation.Violations.Count(v => v.RuleId == rule && !v.IsHard)} items)");
    }

    public string Json()
    {
        var evaluation = result.Evaluation;
        var json = new JsonObject
        {
            ["status"] = result.Status.ToString().ToUpperInvariant(),
            ["relaxed"] = result.IsRelaxed,
            ["cancelled"] = result.Cancelled,
            ["objective"] = result.Objective,
            ["bestBound"] = result.BestBound,
            ["gap"] = result.Gap,
            ["buildSeconds"] = result.BuildTime.TotalSeconds,
            ["firstSolutionSeconds"] = result.FirstSolutionTime?.TotalSeconds,
            ["totalSeconds"] = result.TotalTime.TotalSeconds,
            ["conflicts"] = new JsonArray([.. result.Conflicts.Select(c => (JsonNode)new JsonObject
            {
                ["rule"] = c.RuleId,
                ["employee"] = c.Employee?.Value,
                ["date"] = c.Date is { } d ? Day(d) : null,
            })]),
            ["hardViolations"] = new JsonArray([.. (evaluation?.HardViolations ?? []).Select(v => (JsonNode)new JsonObject
            {
                ["rule"] = v.RuleId,
                ["source"] = v.Source,
                ["employee"] = v.Employee?.Value,
                ["dates"] = new JsonArray([.. v.Dates.Select(d => (JsonNode)JsonValue.Create(Day(d)))]),
                ["units"] = v.Units,
                ["message"] = v.Message,
            })]),
            ["penalty"] = evaluation?.Penalty,
            ["penaltyByRule"] = new JsonObject((evaluation?.PenaltyByRule ?? System.Collections.Immutable.ImmutableSortedDictionary<string, long>.Empty).Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
            ["assignments"] = new JsonArray([.. (result.Roster?.Assignments ?? []).Select(a => (JsonNode)new JsonObject
            {
                ["employee"] = a.Employee.Value,
                ["date"] = Day(a.Date),
                ["shift"] = a.Shift.Value,
            })]),
        };
        if (report is not null)
        {
            json["hours"] = new JsonArray([.. report.Hours.Select(h => (JsonNode)new JsonObject
            {
                ["employee"] = h.Employee.Value,
                ["workedMinutes"] = h.WorkedMinutes,
                ["targetMinutes"] = h.TargetMinutes,
                ["minimumMinutes"] = h.MinimumMinutes,
                ["maximumMinutes"] = h.MaximumMinutes,
            })]);
            json["coverageGaps"] = new JsonArray([.. report.CoverageGaps.Select(g => (JsonNode)new JsonObject
            {
                ["from"] = g.From.ToString("uuuu-MM-dd'T'HH:mm", Inv),
                ["to"] = g.To.ToString("uuuu-MM-dd'T'HH:mm", Inv),
                ["competence"] = g.Competence?.Value,
                ["present"] = g.Present,
                ["minimum"] = g.Minimum,
                ["ideal"] = g.Ideal,
            })]);
            json["wishes"] = new JsonObject
            {
                ["granted"] = report.Wishes.Count(w => w.Granted),
                ["refused"] = report.Wishes.Count(w => !w.Granted),
            };
        }

        if (cost is not null) json["cost"] = CostJson(cost);

        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine;
    }

    private static string Day(LocalDate d) => d.ToString("uuuu-MM-dd", Inv);

    private static string H(long minutes) => $"{minutes / 60}:{Math.Abs(minutes % 60):00}";

    private static string Text(Wish w) => w.Kind switch
    {
        WishKind.ShiftOn => w.Shift!.Value.Value,
        WishKind.ShiftOff => "not " + w.Shift!.Value.Value,
        _ => "off",
    };
}
