using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;
using Scheduling.Solver.Decomposition;

namespace Scheduling.Solver.Tests;

/// <summary>
/// The decomposition's dynamic program: what it claims to follow, the rule checker confirms. Its schedules are
/// re-checked before they become columns, so a wrong claim would only cost columns; this keeps it honest.
/// </summary>
public class DynamicPricingTests
{
    /// <summary>The hard rules the program follows exactly (or more strictly); the others are the checker's alone.</summary>
    private static readonly HashSet<string> Followed =
    [
        RuleIds.DailyRest, RuleIds.WeeklyRest, RuleIds.ForbiddenSuccessions, RuleIds.MaxConsecutiveDays, RuleIds.MinConsecutiveDays,
        RuleIds.MinConsecutiveDaysOff, RuleIds.MaxWeekends, RuleIds.Availability, RuleIds.Competence, RuleIds.MaxShiftLength, RuleIds.Pins,
    ];

    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Its_schedules_break_none_of_the_hard_rules_it_follows(NonNegativeInt seed)
    {
        var problem = RandomProblems.Create(seed.Get, maxEmployees: 2, maxDays: 16, maxTemplates: 3);
        var random = new Random(seed.Get);
        var failures = new List<string>();
        var proposed = 0;
        for (var e = 0; e < problem.Employees.Length; e++)
        {
            var pricing = new PricingModel(problem, e);
            var program = new DynamicPricing(pricing);
            for (var round = 0; round < 3; round++)
            {
                var duals = new long[problem.Period.Days, problem.Templates.Length];
                for (var d = 0; d < problem.Period.Days; d++)
                    for (var t = 0; t < problem.Templates.Length; t++)
                        duals[d, t] = random.Next(-2000, 6000) * 64L;
                foreach (var schedule in program.Candidates(duals, 64))
                {
                    proposed++;
                    var roster = new Roster([.. Enumerable.Range(0, schedule.Length).Where(d => schedule[d] >= 0)
                        .Select(d => new Assignment(problem.Employees[e].Id, problem.Period.DateOf(d), problem.Templates[schedule[d]].Code))]);
                    failures.AddRange(RuleChecker.Evaluate(pricing.Problem, roster).Violations
                        .Where(v => v.IsHard && Followed.Contains(v.RuleId))
                        .Select(v => $"{string.Join(",", schedule)}: {v.RuleId} {v.Message}"));
                }
            }
        }

        return (failures.Count == 0).Label($"{failures.Count} of the rules it follows broken in {proposed} schedules: {string.Join(" | ", failures.Take(3))}");
    }

    /// <summary>
    /// With a history before the period, it starts from the state the history leaves: its schedules break none of the rules
    /// it follows across the seam either (the weekly-rest windows and the runs of weekends that start in the history, and the
    /// compensation after a recorded daily-rest exception, are the checker's alone).
    /// </summary>
    [Property(MaxTest = 200, QuietOnSuccess = true)]
    public Property Its_schedules_with_history_break_none_of_the_hard_rules_it_follows_across_the_seam(NonNegativeInt seed)
    {
        var problem = RandomProblems.WithHistory(RandomProblems.Create(seed.Get, maxEmployees: 2, maxDays: 16, maxTemplates: 3), seed.Get);
        if (problem.Rules.Get<DailyRestRule>() is { Exceptions.IsEmpty: false } rest)
            problem = problem.WithRules(new RulePack(problem.Rules.Id, [.. problem.Rules.Rules.Select(r => r is DailyRestRule ? new DailyRestRule(rest.MinimumRest, rest.Source, rest.Enforcement) : r)]));
        var random = new Random(seed.Get);
        var failures = new List<string>();
        for (var e = 0; e < problem.Employees.Length; e++)
        {
            var pricing = new PricingModel(problem, e);
            var program = new DynamicPricing(pricing);
            var duals = new long[problem.Period.Days, problem.Templates.Length];
            for (var d = 0; d < problem.Period.Days; d++)
                for (var t = 0; t < problem.Templates.Length; t++)
                    duals[d, t] = random.Next(-2000, 6000) * 64L;
            foreach (var schedule in program.Candidates(duals, 64))
            {
                var roster = new Roster([.. Enumerable.Range(0, schedule.Length).Where(d => schedule[d] >= 0)
                    .Select(d => new Assignment(problem.Employees[e].Id, problem.Period.DateOf(d), problem.Templates[schedule[d]].Code))]);
                failures.AddRange(RuleChecker.Evaluate(pricing.Problem, roster).Violations
                    .Where(v => v.IsHard && Followed.Contains(v.RuleId) && !(v.RuleId is RuleIds.WeeklyRest or RuleIds.MaxWeekends && v.InvolvesHistory))
                    .Select(v => $"{string.Join(",", schedule)}: {v.RuleId} {v.Message}"));
            }
        }

        return (failures.Count == 0).Label($"{failures.Count} broken: {string.Join(" | ", failures.Take(3))}");
    }

    /// <summary>On a plain fortnight with every rule it follows, it finds schedules, and the checker accepts them as columns.</summary>
    [Fact]
    public void It_finds_schedules_the_checker_accepts_on_a_plain_problem()
    {
        var found = 0;
        for (var seed = 0; seed < 20; seed++)
        {
            var problem = RandomProblems.Create(seed, maxEmployees: 2, maxDays: 14, maxTemplates: 3, allowHard: false);
            for (var e = 0; e < problem.Employees.Length; e++)
                found += new DynamicPricing(new PricingModel(problem, e)).Price(new long[problem.Period.Days, problem.Templates.Length], 64).Count;
        }

        Assert.True(found >= 20, $"only {found} schedules accepted in 20 soft-only problems");
    }
}
