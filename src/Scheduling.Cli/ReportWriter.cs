using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Fairness;
using Scheduling.Domain.Files;
using Scheduling.Domain.Reporting;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Units;
using Scheduling.Solver;

namespace Scheduling.Cli;

/// <summary>
/// Writes a solve result as a readable report (grid, coverage, hours, wishes with reasons, preferences, fairness,
/// cost, rule checks) or as one JSON object. Explanations are in <paramref name="language"/>; <paramref name="costs"/>
/// holds the price of refused wishes when they were priced.
/// </summary>
public sealed class ReportWriter(RosterProblem problem, SolveResult result, ReportLanguage language = ReportLanguage.Swedish, IReadOnlyDictionary<Wish, WishCost>? costs = null)
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private readonly RosterReport? report = result.Roster is { } r ? RosterReport.Build(problem, r, language) : null;
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
            foreach (var c in result.Conflicts) s.AppendLine(Inv, $"  - {RuleRegistry.Name(c.RuleId, language)}: {c}");
        }

        if (result.Roster is not { } roster || report is null)
        {
            s.AppendLine().AppendLine("No roster.");
            return s.ToString();
        }

        Grid(s, roster);
        Coverage(s);
        Pool(s);
        Wishes(s);
        Preferences(s);
        Fairness(s);
        Cost(s);
        Checks(s, result.Evaluation!);
        return s.ToString();
    }

    private void Grid(StringBuilder s, Roster roster)
    {
        var period = problem.Period;
        var nameWidth = Math.Min(24, problem.Employees.Select(e => e.Name.Length).DefaultIfEmpty(4).Max()) + 1;
        // In a problem of several units, a shift away from the employee's home unit shows where: D@hagen.
        var byCell = roster.Assignments.ToLookup(a => (a.Employee, a.Date), a => problem.UnitOf(a) is { } unit && unit != problem.HomeUnitOf(a.Employee) ? $"{a.Shift.Value}@{unit}" : a.Shift.Value);
        var cells = byCell.ToDictionary(g => g.Key, g => string.Join("+", g));
        string Cell(EmployeeId employee, LocalDate date) => cells.GetValueOrDefault((employee, date), ".");
        // Every column as wide as its widest cell and a space, so codes with a unit never run together.
        var cell = Math.Max(3, cells.Values.Select(c => c.Length).DefaultIfEmpty(1).Max() + 1);
        s.AppendLine().AppendLine("Roster (shift code per day; '.' = off; hours worked / target)");
        s.Append(' ', nameWidth);
        foreach (var date in period.Dates) s.Append(date.DayOfWeek.ToString()[..2].PadLeft(cell));
        s.AppendLine();
        s.Append(' ', nameWidth);
        foreach (var date in period.Dates) s.Append(date.Day.ToString(Inv).PadLeft(cell));
        s.AppendLine();
        foreach (var (employee, hours) in problem.Employees.Zip(report!.Hours))
        {
            var name = employee.Name.Length > nameWidth - 1 ? employee.Name[..(nameWidth - 1)] : employee.Name;
            s.Append(name.PadRight(nameWidth));
            foreach (var date in period.Dates) s.Append(Cell(employee.Id, date).PadLeft(cell));

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
            s.AppendLine(Inv, $"  SHORT  {g.From:uuuu-MM-dd ddd HH:mm}–{g.To:HH:mm}  {(g.Unit is { } u ? $"{u} " : "")}{(g.Competence is { } c ? c.Value : "staff"),-12} {g.Present} present, minimum {g.Minimum}, ideal {g.Ideal}");
        foreach (var g in gaps.Where(g => !g.BelowMinimum).Take(15))
            s.AppendLine(Inv, $"  ideal  {g.From:uuuu-MM-dd ddd HH:mm}–{g.To:HH:mm}  {(g.Unit is { } u ? $"{u} " : "")}{(g.Competence is { } c ? c.Value : "staff"),-12} {g.Present} present, ideal {g.Ideal}");
        if (gaps.Count(g => !g.BelowMinimum) > 15) s.AppendLine(Inv, $"  … {gaps.Count(g => !g.BelowMinimum) - 15} more below the ideal");
        foreach (var c in cover.Take(40))
            s.AppendLine(Inv, $"  {c.Date:uuuu-MM-dd} {c.Shift}: {c.Assigned} assigned, {c.Required} required");
    }

    private void Pool(StringBuilder s)
    {
        if (report!.Pool is not { } pool) return;
        s.AppendLine().AppendLine(Inv, $"Resource shifts: {H(pool.PoolMinutes)} h away from the home unit; substitutes saved {H(pool.SubstituteMinutesSaved)} h{(pool.SubstituteKronorSaved is { } kr ? $" ({Kr(kr)})" : "")}");
        foreach (var e in pool.Employees.Where(e => e.PoolShifts > 0))
            s.AppendLine(Inv, $"  {e.Employee,-6} {Name(e.Employee),-20} home {e.HomeUnit,-12} {H(e.HomeMinutes),7} h at home, {H(e.PoolMinutes),7} h in {e.PoolShifts} resource shift(s)");
        s.AppendLine(Inv, $"  {"unit",-12} {"over-cover",11} {"below min",10} {"received",9}");
        foreach (var u in pool.Units)
            s.AppendLine(Inv, $"  {u.Unit,-12} {H(u.OverCoverMinutes),9} h {H(u.ShortOfMinimumMinutes),8} h {H(u.PoolMinutesReceived),7} h");
    }

    private void Wishes(StringBuilder s)
    {
        var wishes = report!.Wishes;
        if (wishes.IsEmpty) return;
        var weight = wishes.Sum(w => w.Wish.Weight);
        var granted = wishes.Where(w => w.Granted).Sum(w => w.Wish.Weight);
        s.AppendLine().AppendLine(Inv, $"Wishes: {wishes.Count(w => w.Granted)} of {wishes.Length} granted ({Percent(weight > 0 ? (decimal)granted / weight : 1m)} of the weight); refused, with the reason:");
        foreach (var w in wishes.Where(w => !w.Granted))
        {
            s.AppendLine(Inv, $"  {w.Wish.Employee,-6} {Name(w.Wish.Employee),-20} {w.Wish.Date:uuuu-MM-dd} {Text(w.Wish),-6} w{w.Wish.Weight,-4} {w.Explanation?.Text}");
            if (costs?.GetValueOrDefault(w.Wish) is { } c) s.AppendLine(Inv, $"  {"",27} {CostText(c)}");
        }
    }

    private string CostText(WishCost c)
    {
        if (c.PenaltyDifference is not { } difference)
            return c.Status == SolveStatus.Infeasible
                ? $"cost to grant: cannot be granted without breaking a hard rule{(c.Conflicts.IsEmpty ? "" : ": " + string.Join("; ", c.Conflicts.Take(4)))}"
                : "cost to grant: no roster with it granted found within the time limit (try a longer --cost-to-grant)";
        var terms = string.Join(", ", c.PenaltyDifferenceByRule.OrderByDescending(kv => Math.Abs(kv.Value)).Take(4).Select(kv => $"{RuleRegistry.Name(kv.Key, language)} {kv.Value:+#;-#;0}"));
        return string.Create(Inv, $"cost to grant: {difference:+#;-#;0} penalty ({terms}); below minimum {c.CoverageDifferenceMinutes:+#;-#;0} person-min; {c.Changes.Length} cell(s) change, others affected: {(c.OthersAffected.IsEmpty ? "none" : string.Join(", ", c.OthersAffected))}");
    }

    private void Preferences(StringBuilder s)
    {
        if (report!.Preferences.IsEmpty) return;
        s.AppendLine().AppendLine(Inv, $"Standing preferences: {report.Preferences.Count(p => p.Kept)} of {report.Preferences.Length} kept");
        foreach (var p in report.Preferences)
            s.AppendLine(Inv, $"  {p.Preference.Employee,-6} {Name(p.Preference.Employee),-20} {PreferenceText(p.Preference),-26} w{p.Preference.Weight,-4} {p.Text}");
    }

    private void Fairness(StringBuilder s)
    {
        if (report!.Fairness is not { } f) return;
        s.AppendLine().AppendLine("Fairness: wishes granted (count, share of weight), nights / weekends / holidays worked against fair share, ledger to carry out");
        s.AppendLine(Inv, $"  {"employee",-6} {"name",-20} {"wishes",7} {"granted",8} {"nights",12} {"weekends",12} {"holidays",12}   ledger out (wish pts; nights, weekends, holidays over)");
        foreach (var e in f.Employees)
            s.AppendLine(Inv, $"  {e.Employee,-6} {Short(e.Name),-20} {$"{e.WishesGranted}/{e.Wishes}",7} {(e.GrantedShareByWeight is { } g ? Percent(g) : "-"),8} {Burden(e.Nights),12} {Burden(e.Weekends),12} {Burden(e.Holidays),12}   {Ledger(e.LedgerOut)}");
        s.AppendLine(Inv, $"  granted share of wish weight, {f.GrantedShareByWeight.Count} employees with wishes: {SpreadText(f.GrantedShareByWeight, percent: true)}");
        s.AppendLine(Inv, $"  granted share of wishes by count: {SpreadText(f.GrantedShareByCount, percent: true)}");
        s.AppendLine(Inv, $"  |nights − fair share|, {f.NightsAbsoluteDeviation.Count} sharing: mean {f.NightsAbsoluteDeviation.Mean:0.00}, max {f.NightsAbsoluteDeviation.Maximum:0.00}");
        s.AppendLine(Inv, $"  |weekends − fair share|, {f.WeekendsAbsoluteDeviation.Count} sharing: mean {f.WeekendsAbsoluteDeviation.Mean:0.00}, max {f.WeekendsAbsoluteDeviation.Maximum:0.00}");
        s.AppendLine(Inv, $"  |holiday shifts − fair share|, {f.HolidaysAbsoluteDeviation.Count} sharing: mean {f.HolidaysAbsoluteDeviation.Mean:0.00}, max {f.HolidaysAbsoluteDeviation.Maximum:0.00}");
    }

    private static string SpreadText(Spread spread, bool percent) => percent
        ? $"min {Percent(spread.Minimum)}, max {Percent(spread.Maximum)}, mean {Percent(spread.Mean)}, std dev {Percent(spread.StandardDeviation)}, max − min {Percent(spread.Range)}, Gini {spread.Gini.ToString("0.000", Inv)}"
        : $"min {spread.Minimum.ToString("0.00", Inv)}, max {spread.Maximum.ToString("0.00", Inv)}, mean {spread.Mean.ToString("0.00", Inv)}";

    private static string Burden(BurdenLine line) => line.FairShare is { } fair ? $"{line.Worked}/{fair.ToString("0.00", Inv)}" : $"{line.Worked}/-";

    private static string Ledger(LedgerEntry e) => string.Create(Inv, $"{e.WishShareDeficit:+0;-0;0}; {e.NightsOver / 100m:+0.00;-0.00;0}, {e.WeekendsOver / 100m:+0.00;-0.00;0}, {e.HolidaysOver / 100m:+0.00;-0.00;0}");

    private static string Percent(decimal share) => (share * 100).ToString("0.0", Inv) + " %";

    private string Name(EmployeeId id) => Short(problem.EmployeeById.TryGetValue(id, out var e) ? e.Name : id.Value);

    private static string Short(string name) => name.Length > 20 ? name[..20] : name;

    private static string PreferenceText(Preference p) => p.Kind switch
    {
        PreferenceKind.NoShiftKind => $"no {p.ShiftKind} shifts",
        PreferenceKind.NoShift => $"no {p.Shift} shifts",
        PreferenceKind.DayOffOnWeekday => $"{p.Weekday}s off",
        _ => $"at most {p.Count} weekends",
    };

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

    /// <summary>Rule names and sources in the report's language, from the registry; the id in brackets for scripts.</summary>
    private void Checks(StringBuilder s, Evaluation evaluation)
    {
        s.AppendLine().AppendLine(Inv, $"Rule checks: {evaluation.HardViolationCount} hard violations, penalty {evaluation.Penalty}");
        foreach (var v in evaluation.HardViolations.Take(50))
            s.AppendLine(Inv, $"  HARD {RuleRegistry.Name(v.RuleId, language)} [{v.RuleId}] ({RuleRegistry.Source(v.RuleId, v.Source, language)}): {v.MessageIn(language)}{AcrossSeam(v)}");
        foreach (var (rule, penalty) in evaluation.PenaltyByRule)
            s.AppendLine(Inv, $"  {RuleRegistry.Name(rule, language),-40} {penalty,10}  ({evaluation.Violations.Count(v => v.RuleId == rule && !v.IsHard)} items) [{rule}]");
    }

    /// <summary>The mark of a violation that involves the history before the period (the seam), empty for others.</summary>
    private string AcrossSeam(Violation v) =>
        !v.InvolvesHistory ? "" : language == ReportLanguage.Swedish ? " [över periodgränsen: historik]" : " [across the seam: history]";

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
                ["ruleName"] = RuleRegistry.Name(v.RuleId, language),
                ["source"] = RuleRegistry.Source(v.RuleId, v.Source, language),
                ["employee"] = v.Employee?.Value,
                ["dates"] = new JsonArray([.. v.Dates.Select(d => (JsonNode)JsonValue.Create(Day(d)))]),
                ["units"] = v.Units,
                ["message"] = v.MessageIn(language),
                ["involvesHistory"] = v.InvolvesHistory,
            })]),
            ["penalty"] = evaluation?.Penalty,
            ["penaltyByRule"] = new JsonObject((evaluation?.PenaltyByRule ?? System.Collections.Immutable.ImmutableSortedDictionary<string, long>.Empty).Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
            ["assignments"] = new JsonArray([.. (result.Roster?.Assignments ?? []).Select(a => (JsonNode)WithUnit(new JsonObject
            {
                ["employee"] = a.Employee.Value,
                ["date"] = Day(a.Date),
                ["shift"] = a.Shift.Value,
            }, a.Unit))]),
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
                ["timeBankInMinutes"] = h.TimeBankInMinutes,
                ["timeBankOutMinutes"] = h.TimeBankOutMinutes,
            })]);
            json["coverageGaps"] = new JsonArray([.. report.CoverageGaps.Select(g => (JsonNode)WithUnit(new JsonObject
            {
                ["from"] = g.From.ToString("uuuu-MM-dd'T'HH:mm", Inv),
                ["to"] = g.To.ToString("uuuu-MM-dd'T'HH:mm", Inv),
                ["competence"] = g.Competence?.Value,
                ["present"] = g.Present,
                ["minimum"] = g.Minimum,
                ["ideal"] = g.Ideal,
            }, g.Unit))]);
            json["language"] = language.Code();
            json["wishes"] = new JsonObject
            {
                ["granted"] = report.Wishes.Count(w => w.Granted),
                ["refused"] = report.Wishes.Count(w => !w.Granted),
                ["items"] = new JsonArray([.. report.Wishes.Select(WishJson)]),
            };
            json["preferences"] = new JsonArray([.. report.Preferences.Select(p => (JsonNode)new JsonObject
            {
                ["employee"] = p.Preference.Employee.Value,
                ["kind"] = ProblemFileReader.UpperSnake(p.Preference.Kind.ToString()),
                ["shiftKind"] = p.Preference.ShiftKind is { } k ? ProblemFileReader.UpperSnake(k.ToString()) : null,
                ["shift"] = p.Preference.Shift?.Value,
                ["weekday"] = p.Preference.Weekday?.ToString().ToUpperInvariant(),
                ["count"] = p.Preference.Count,
                ["weight"] = p.Preference.Weight,
                ["kept"] = p.Kept,
                ["timesAgainst"] = p.TimesAgainst,
                ["dates"] = new JsonArray([.. p.Dates.Select(d => (JsonNode)JsonValue.Create(Day(d)))]),
                ["text"] = p.Text,
            })]);
            if (report.Fairness is { } fairness) json["fairness"] = FairnessJson(fairness);
            if (report.Pool is { } pool) json["pool"] = PoolJson(pool);
        }

        if (cost is not null) json["cost"] = CostJson(cost);

        return json.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + Environment.NewLine;
    }

    private JsonNode WishJson(WishOutcome w)
    {
        var node = new JsonObject
        {
            ["employee"] = w.Wish.Employee.Value,
            ["date"] = Day(w.Wish.Date),
            ["kind"] = ProblemFileReader.UpperSnake(w.Wish.Kind.ToString()),
            ["shift"] = w.Wish.Shift?.Value,
            ["weight"] = w.Wish.Weight,
            ["granted"] = w.Granted,
            ["reason"] = w.Explanation is { } e ? ProblemFileReader.UpperSnake(e.Reason.ToString()) : null,
            ["rule"] = w.Explanation?.RuleId,
            ["source"] = w.Explanation?.Source,
            ["text"] = w.Explanation?.Text,
            ["penaltyDifference"] = w.Granted ? null : w.Explanation?.PenaltyDifference,
        };
        if (costs?.GetValueOrDefault(w.Wish) is { } c)
            node["costToGrant"] = new JsonObject
            {
                ["status"] = c.Status.ToString().ToUpperInvariant(),
                ["penaltyBefore"] = c.PenaltyBefore,
                ["penaltyAfter"] = c.PenaltyAfter,
                ["penaltyDifference"] = c.PenaltyDifference,
                ["penaltyDifferenceByRule"] = new JsonObject(c.PenaltyDifferenceByRule.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value)))),
                ["minutesShortOfMinimumDifference"] = c.CoverageDifferenceMinutes,
                ["minutesShortOfIdealDifference"] = c.MinutesShortOfIdealAfter - c.MinutesShortOfIdealBefore,
                ["changes"] = new JsonArray([.. c.Changes.Select(x => (JsonNode)new JsonObject
                {
                    ["employee"] = x.Employee.Value,
                    ["date"] = Day(x.Date),
                    ["before"] = x.Before?.Value,
                    ["after"] = x.After?.Value,
                })]),
                ["conflicts"] = new JsonArray([.. c.Conflicts.Select(x => (JsonNode)JsonValue.Create(x.ToString()))]),
            };
        return node;
    }

    private static JsonObject PoolJson(PoolReport p) => new()
    {
        ["poolMinutes"] = p.PoolMinutes,
        ["overCoverMinutes"] = p.OverCoverMinutes,
        ["substituteMinutesSaved"] = p.SubstituteMinutesSaved,
        ["substituteKronorSaved"] = p.SubstituteKronorSaved,
        ["employees"] = new JsonArray([.. p.Employees.Select(e => (JsonNode)new JsonObject
        {
            ["employee"] = e.Employee.Value,
            ["homeUnit"] = e.HomeUnit.Value,
            ["homeMinutes"] = e.HomeMinutes,
            ["poolMinutes"] = e.PoolMinutes,
            ["poolShifts"] = e.PoolShifts,
        })]),
        ["units"] = new JsonArray([.. p.Units.Select(u => (JsonNode)new JsonObject
        {
            ["unit"] = u.Unit.Value,
            ["overCoverMinutes"] = u.OverCoverMinutes,
            ["shortOfMinimumMinutes"] = u.ShortOfMinimumMinutes,
            ["poolMinutesReceived"] = u.PoolMinutesReceived,
        })]),
    };

    private static JsonObject FairnessJson(FairnessReport f)
    {
        static JsonObject Burden(BurdenLine b) => new()
        {
            ["worked"] = b.Worked,
            ["fairShare"] = b.FairShare,
            ["carriedInHundredths"] = b.CarriedIn,
            ["carriedOutHundredths"] = b.CarriedOut,
        };
        static JsonObject Ledger(LedgerEntry e) => new()
        {
            ["wishShareDeficit"] = e.WishShareDeficit,
            ["nightsOver"] = e.NightsOver / 100m,
            ["weekendsOver"] = e.WeekendsOver / 100m,
            ["holidaysOver"] = e.HolidaysOver / 100m,
        };
        static JsonObject Spread(Spread s) => new()
        {
            ["count"] = s.Count,
            ["minimum"] = s.Minimum,
            ["maximum"] = s.Maximum,
            ["mean"] = s.Mean,
            ["standardDeviation"] = s.StandardDeviation,
            ["range"] = s.Range,
            ["gini"] = s.Gini,
        };
        return new JsonObject
        {
            ["employees"] = new JsonArray([.. f.Employees.Select(e => (JsonNode)new JsonObject
            {
                ["employee"] = e.Employee.Value,
                ["wishes"] = e.Wishes,
                ["wishesGranted"] = e.WishesGranted,
                ["wishWeight"] = e.WishWeight,
                ["wishWeightGranted"] = e.WishWeightGranted,
                ["grantedShareByWeight"] = e.GrantedShareByWeight,
                ["grantedShareByCount"] = e.GrantedShareByCount,
                ["nights"] = Burden(e.Nights),
                ["weekends"] = Burden(e.Weekends),
                ["holidays"] = Burden(e.Holidays),
                ["ledgerIn"] = Ledger(e.LedgerIn),
                ["ledgerOut"] = Ledger(e.LedgerOut),
            })]),
            ["grantedShareByWeight"] = Spread(f.GrantedShareByWeight),
            ["grantedShareByCount"] = Spread(f.GrantedShareByCount),
            ["nightsAbsoluteDeviation"] = Spread(f.NightsAbsoluteDeviation),
            ["weekendsAbsoluteDeviation"] = Spread(f.WeekendsAbsoluteDeviation),
            ["holidaysAbsoluteDeviation"] = Spread(f.HolidaysAbsoluteDeviation),
        };
    }

    private static string Day(LocalDate d) => d.ToString("uuuu-MM-dd", Inv);

    /// <summary>Adds "unit" in a problem of several units; a problem of one unit writes exactly what it wrote before.</summary>
    private static JsonObject WithUnit(JsonObject item, UnitId? unit)
    {
        if (unit is { } u) item["unit"] = u.Value;
        return item;
    }

    private static string H(long minutes) => $"{minutes / 60}:{Math.Abs(minutes % 60):00}";

    private static string Text(Wish w) => w.Kind switch
    {
        WishKind.ShiftOn => w.Shift!.Value.Value,
        WishKind.ShiftOff => "not " + w.Shift!.Value.Value,
        _ => "off",
    };
}
