using System.Collections.Immutable;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;
using Scheduling.Domain.Units;
using Scheduling.Solver;

namespace Scheduling.Quality.Units;

/// <summary>
/// Measures the <c>continuity</c> rule (the <c>continuity</c> argument): a generated unit planned as one unit with three
/// resident groups, solved with and without the rule at the same time limit, and the different staff per group and
/// week of each roster, with the rest of the penalty (what continuity costs the other goals).
/// </summary>
/// <remarks>
/// Arguments: <c>continuity [--size 20x28] [--seed 1] [--time-limit 60] [--workers 2] [--target 4]</c>. The groups are
/// served by templates, as a unit that plans by group writes them: Norra by the long day and evening shifts (D, K),
/// Södra by the short ones (F, KK), the night by N.
/// </remarks>
public static class ContinuityMeasure
{
    public const string Argument = "continuity";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var size = new UnitSize(20, 28);
        int seed = 1, workers = 2, target = 4;
        double limit = 60;
        try
        {
            for (var i = 1; i < args.Count; i++)
            {
                string Value() => i + 1 < args.Count ? args[++i] : throw new UsageException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "--size": size = UnitSize.TryParse(Value(), out var s, out var reason) ? s : throw new UsageException(reason); break;
                    case "--seed": seed = RunnerOptions.Whole(args[i], Value(), 0, int.MaxValue); break;
                    case "--workers": workers = RunnerOptions.Whole(args[i], Value(), 1, 64); break;
                    case "--target": target = RunnerOptions.Whole(args[i], Value(), 0, 150); break;
                    case "--time-limit": limit = RunnerOptions.Seconds(Value()); break;
                    default: throw new UsageException($"unknown argument '{args[i]}'");
                }
            }
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return QualityRunner.BadArguments;
        }

        var unit = UnitGenerator.Generate(size, seed).Problem;
        var grouped = WithGroups(unit);
        var with = grouped.WithRules(new RulePack(unit.Rules.Id + "+continuity", [.. unit.Rules.Rules, new ContinuityRule(ContinuityRule.DefaultWeight * 10, target, 0)]));
        var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(limit), Workers = workers, Seed = seed };
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated unit {size} seed {seed}, groups Norra (D, K), Södra (F, KK), Natt (N); target {target} a week; {limit:0} s, {workers} workers"));
        stdout.WriteLine("rule set          status     groups×weeks  mean staff  max staff  over target  other penalty");
        foreach (var (name, problem) in new[] { ("without continuity", grouped), ("with continuity", with) })
        {
            var result = RosterSolver.Solve(problem, options);
            if (result.Roster is null)
            {
                stdout.WriteLine($"{name,-17} {result.Status,-10} no roster");
                continue;
            }

            var counts = DistinctPerGroupWeek(grouped, result.Roster);
            var others = RuleChecker.Evaluate(grouped, result.Roster).Penalty;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-17} {result.Status,-10} {counts.Count,12}  {counts.Average(),10:0.00}  {counts.Max(),9}  {counts.Sum(c => Math.Max(0, c - target)),11}  {others,13}"));
        }

        return 0;
    }

    /// <summary>The unit as a problem of one unit with three resident groups (no continuity rule yet).</summary>
    public static RosterProblem WithGroups(RosterProblem unit)
    {
        ImmutableArray<ShiftCode> Codes(params string[] codes) => [.. codes.Select(c => new ShiftCode(c))];
        var care = new CareUnit(new UnitId(UnitGenerator.UnitId), unit.Name)
        {
            Groups =
            [
                new ResidentGroup("norra", "Norra", 8, Codes("D", "K")),
                new ResidentGroup("sodra", "Södra", 8, Codes("F", "KK")),
                new ResidentGroup("natt", "Natt", 16, Codes(UnitGenerator.Night)),
            ],
        };
        return new RosterProblem(unit.Name, unit.Period, unit.Templates, unit.Employees, unit.Rules, unit.ShiftDemands, unit.DemandCurve,
            unit.Wishes, unit.Unavailability, unit.Pins, unit.Cost, unit.Preferences, unit.Ledger, unit.History, [care]);
    }

    /// <summary>The different staff serving each group in each week of the period (seven days from its first).</summary>
    public static List<int> DistinctPerGroupWeek(RosterProblem problem, Roster roster)
    {
        var counts = new List<int>();
        foreach (var unit in problem.Units)
            foreach (var group in unit.Groups)
                foreach (var (first, end) in ContinuityRule.Weeks(problem.Period.Days))
                    counts.Add(roster.Assignments
                        .Where(a => problem.UnitOf(a) == unit.Id && group.IsServedBy(a.Shift))
                        .Where(a => problem.Period.IndexOf(a.Date) is var d && d >= first && d < end)
                        .Select(a => a.Employee).Distinct().Count());
        return counts;
    }
}
