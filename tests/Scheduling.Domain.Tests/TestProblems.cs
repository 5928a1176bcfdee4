using Scheduling.Domain.Checking;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Rules;

namespace Scheduling.Domain.Tests;

/// <summary>Shared templates, people and a small builder so each test states only what it is about.</summary>
internal static class TestProblems
{
    public static readonly DateTimeZone Stockholm = DateTimeZoneProviders.Tzdb["Europe/Stockholm"];

    /// <summary>A Monday in winter, far from both DST changes.</summary>
    public static readonly LocalDate Monday = new(2026, 1, 5);

    public static readonly EmployeeId Anna = new("anna");
    public static readonly EmployeeId Bo = new("bo");
    public static readonly EmployeeId Cecilia = new("cecilia");

    /// <summary>Early: 07:00–15:00.</summary>
    public static readonly ShiftTemplate Day = Template("D", 7, 0, 8 * 60, ShiftKind.Day);

    /// <summary>Late: 14:00–22:00.</summary>
    public static readonly ShiftTemplate Evening = Template("E", 14, 0, 8 * 60, ShiftKind.Evening);

    /// <summary>Night: 21:00–07:00 the next morning (10 h on the clock).</summary>
    public static readonly ShiftTemplate Night = Template("N", 21, 0, 10 * 60, ShiftKind.Night);

    public static ShiftTemplate Template(string code, int hour, int minute, int minutes, ShiftKind kind = ShiftKind.Day,
        int unpaidBreakMinutes = 0, CompetenceId? requires = null) =>
        new(new ShiftCode(code), new LocalTime(hour, minute), Duration.FromMinutes(minutes), kind,
            unpaidBreak: Duration.FromMinutes(unpaidBreakMinutes), requiredCompetence: requires);

    public static Employee Person(EmployeeId id, WorkingTimeContract? contract = null, EmployeeLimits? limits = null,
        params CompetenceGrant[] competences) =>
        new(id, id.Value, contract ?? new WorkingTimeContract(), [.. competences], limits);

    public static LocalDate Day0(int dayIndex) => Monday.PlusDays(dayIndex);

    public static Assignment Works(EmployeeId employee, LocalDate date, ShiftTemplate template) => new(employee, date, template.Code);

    public static Roster RosterOf(params Assignment[] assignments) => new([.. assignments]);

    /// <summary>Anna works <paramref name="template"/> on each of the given day indexes from <see cref="Monday"/>.</summary>
    public static Roster AnnaWorks(ShiftTemplate template, params int[] dayIndexes) =>
        new([.. dayIndexes.Select(d => Works(Anna, Day0(d), template))]);

    public static ProblemBuilder Problem(params Rule[] rules) => new ProblemBuilder().WithRules(rules);

    public static Violation Single(Evaluation evaluation, string ruleId) =>
        Assert.Single(evaluation.Violations, v => v.RuleId == ruleId);

    public static ImmutableArray<Violation> Of(Evaluation evaluation, string ruleId) =>
        [.. evaluation.Violations.Where(v => v.RuleId == ruleId)];

    /// <summary>Asserts the violation's who, when, how much and what it costs.</summary>
    public static void AssertViolation(Violation v, string ruleId, EmployeeId? employee, LocalDate[] dates, long units, long penalty, bool isHard)
    {
        Assert.Equal(ruleId, v.RuleId);
        Assert.Equal(employee, v.Employee);
        Assert.Equal(dates, v.Dates.ToArray());
        Assert.Equal(units, v.Units);
        Assert.Equal(penalty, v.Penalty);
        Assert.Equal(isHard, v.IsHard);
    }
}

/// <summary>Builds a <see cref="RosterProblem"/> with defaults: 14 days from <see cref="TestProblems.Monday"/>, D/E/N, Anna and Bo.</summary>
internal sealed class ProblemBuilder
{
    private LocalDate start = TestProblems.Monday;
    private int days = 14;
    private DateTimeZone zone = TestProblems.Stockholm;
    private ImmutableArray<ShiftTemplate> templates = [TestProblems.Day, TestProblems.Evening, TestProblems.Night];
    private ImmutableArray<Employee> employees = [TestProblems.Person(TestProblems.Anna), TestProblems.Person(TestProblems.Bo)];
    private ImmutableArray<Rule> rules = [];
    private ImmutableArray<ShiftDemand> shiftDemands = [];
    private DemandCurve? curve;
    private ImmutableArray<Wish> wishes = [];
    private ImmutableArray<Unavailability> unavailability = [];
    private ImmutableArray<Pin> pins = [];
    private CostModel? cost;
    private ImmutableArray<Preference> preferences = [];
    private Fairness.FairnessLedger? ledger;
    private History? history;

    /// <summary>Shifts worked before the period (dates before its first day); the history covers from the earliest of them.</summary>
    public ProblemBuilder History(params Assignment[] value)
    {
        history = Domain.History.Covering(start, [.. value]);
        return this;
    }

    /// <summary>A history covering <paramref name="days"/> days before the period, with the shifts given.</summary>
    public ProblemBuilder History(int days, params Assignment[] value)
    {
        history = new History(days, [.. value]);
        return this;
    }

    public ProblemBuilder Preferences(params Preference[] value)
    {
        preferences = [.. value];
        return this;
    }

    public ProblemBuilder Ledger(params Fairness.LedgerEntry[] value)
    {
        ledger = new Fairness.FairnessLedger([.. value]);
        return this;
    }

    public ProblemBuilder WithRules(params Rule[] value)
    {
        rules = [.. value];
        return this;
    }

    public ProblemBuilder Period(LocalDate from, int length)
    {
        start = from;
        days = length;
        return this;
    }

    public ProblemBuilder Days(int length)
    {
        days = length;
        return this;
    }

    public ProblemBuilder InZone(DateTimeZone value)
    {
        zone = value;
        return this;
    }

    public ProblemBuilder Templates(params ShiftTemplate[] value)
    {
        templates = [.. value];
        return this;
    }

    public ProblemBuilder AddTemplates(params ShiftTemplate[] value)
    {
        templates = templates.AddRange(value);
        return this;
    }

    public ProblemBuilder Employees(params Employee[] value)
    {
        employees = [.. value];
        return this;
    }

    public ProblemBuilder ShiftDemands(params ShiftDemand[] value)
    {
        shiftDemands = [.. value];
        return this;
    }

    public ProblemBuilder Curve(DemandCurve value)
    {
        curve = value;
        return this;
    }

    public ProblemBuilder Wishes(params Wish[] value)
    {
        wishes = [.. value];
        return this;
    }

    public ProblemBuilder Unavailable(params Unavailability[] value)
    {
        unavailability = [.. value];
        return this;
    }

    public ProblemBuilder Pins(params Pin[] value)
    {
        pins = [.. value];
        return this;
    }

    public ProblemBuilder Cost(CostModel value)
    {
        cost = value;
        return this;
    }

    public RosterProblem Build() =>
        new("test", new SchedulePeriod(start, days, zone), templates, employees, new RulePack("test-pack", rules),
            shiftDemands, curve, wishes, unavailability, pins, cost, preferences, ledger, history);

    public Evaluation Evaluate(Roster roster) => RuleChecker.Evaluate(Build(), roster);
}
