using Scheduling.Domain;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Fairness;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Tests;

/// <summary>
/// Small random problems that use every rule, hard or soft, with nights across midnight, DST dates and holidays
/// (Easter 2027 on the spring DST night, Christmas, Midsummer, Ascension Day), most with a random cost model.
/// </summary>
internal static class RandomProblems
{
    private static readonly DateTimeZone Stockholm = SchedulePeriod.DefaultZone;
    private static readonly LocalDate[] Starts =
        [new(2026, 3, 26), new(2026, 10, 22), new(2028, 2, 27), new(2027, 6, 7), new(2027, 3, 24), new(2026, 12, 21), new(2026, 6, 17), new(2026, 5, 12)];

    public static RosterProblem Create(int seed, int maxEmployees = 3, int maxDays = 6, int maxTemplates = 3, bool allowHard = true, bool pinEverything = false)
    {
        var random = new Random(seed);
        var period = new SchedulePeriod(Starts[random.Next(Starts.Length)], random.Next(1, maxDays + 1), Stockholm);
        var med = new CompetenceId("med");
        var templates = Enumerable.Range(0, random.Next(1, maxTemplates + 1)).Select(i =>
        {
            var (start, hours, kind) = random.Next(4) switch
            {
                0 => (new LocalTime(7, 0), 8, ShiftKind.Day),
                1 => (new LocalTime(14, 0), 8, ShiftKind.Evening),
                2 => (new LocalTime(21, 0), 10, ShiftKind.Night),
                _ => (new LocalTime(random.Next(0, 24), 30), random.Next(3, 14), ShiftKind.Day),
            };
            return new ShiftTemplate(new ShiftCode($"T{i}"), start, Duration.FromHours(hours), kind,
                unpaidBreak: Duration.FromMinutes(random.Next(2) * 30), requiredCompetence: random.Next(5) == 0 ? med : null);
        }).ToImmutableArray();
        var employees = Enumerable.Range(0, random.Next(1, maxEmployees + 1)).Select(i =>
        {
            var contract = random.Next(2) == 0
                ? new WorkingTimeContract(new EmploymentRate(random.Next(5, 11) * 10), Duration.FromMinutes(2295), Duration.FromHours(random.Next(0, 12)), timeBankBalance: Duration.FromMinutes(random.Next(-120, 121)))
                : new WorkingTimeContract(minimumTotal: Duration.FromHours(random.Next(0, 16)), maximumTotal: Duration.FromHours(random.Next(16, 60)));
            var competences = random.Next(2) == 0 ? ImmutableArray<CompetenceGrant>.Empty : [new CompetenceGrant(med, period.Start.PlusDays(random.Next(-1, 3)), null)];
            var limits = new EmployeeLimits
            {
                MaxConsecutiveDays = random.Next(3) == 0 ? random.Next(1, 4) : null,
                MinConsecutiveDays = random.Next(3) == 0 ? random.Next(1, 3) : null,
                MinConsecutiveDaysOff = random.Next(3) == 0 ? random.Next(1, 3) : null,
                MaxWeekends = random.Next(3) == 0 ? random.Next(0, 2) : null,
                MaxShiftsPerTemplate = random.Next(3) == 0 ? ImmutableDictionary<ShiftCode, int>.Empty.Add(templates[0].Code, random.Next(0, 3)) : ImmutableDictionary<ShiftCode, int>.Empty,
            };
            return new Employee(new EmployeeId($"E{i}"), $"Employee {i}", contract, competences, limits);
        }).ToImmutableArray();

        Enforcement Level(long weight) => allowHard && random.Next(2) == 0 ? Enforcement.Hard : Enforcement.Soft(weight);
        var rules = new List<Rule>
        {
            new DailyRestRule(Duration.FromHours(random.Next(8, 13)), enforcement: Level(random.Next(0, 2))),
            new WeeklyRestRule(Duration.FromHours(random.Next(24, 40)), random.Next(2, 5), enforcement: Level(random.Next(10, 50))),
            new MaxShiftLengthRule(Duration.FromHours(random.Next(8, 12)), enforcement: Level(random.Next(1, 4))),
            new PeriodHoursRule() with { Enforcement = Level(random.Next(1, 3)) },
            new HoursTargetRule(random.Next(0, 3)),
            new MaxShiftsPerTemplateRule(random.Next(2) == 0 ? random.Next(1, 4) : null) with { Enforcement = Level(random.Next(10, 40)) },
            new MaxConsecutiveDaysRule(random.Next(2) == 0 ? random.Next(2, 5) : null) with { Enforcement = Level(random.Next(10, 40)) },
            new MinConsecutiveDaysRule(random.Next(2) == 0 ? 2 : null, random.Next(2) == 0) with { Enforcement = Level(random.Next(10, 40)) },
            new MinConsecutiveDaysOffRule(random.Next(2) == 0 ? 2 : null, random.Next(2) == 0) with { Enforcement = Level(random.Next(10, 40)) },
            new MaxWeekendsRule(random.Next(2) == 0 ? random.Next(0, 2) : null, random.Next(2) == 0 ? default : [IsoDayOfWeek.Friday, IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday], enforcement: Level(random.Next(10, 40))),
            new AvailabilityRule() with { Enforcement = Level(random.Next(10, 40)) },
            new CompetenceRule() with { Enforcement = Level(random.Next(10, 40)) },
            new PinsRule() with { Enforcement = Level(random.Next(10, 40)) },
            new ShiftCoverRule(random.Next(1, 3)),
            new DemandMinimumRule(level: random.Next(4) == 0 && allowHard ? Enforcement.Hard : Enforcement.Soft(random.Next(5, 30))),
            new DemandIdealRule(random.Next(1, 5)),
            new DemandSurplusRule(random.Next(0, 3)),
            new WishesRule(random.Next(1, 3)),
        };
        if (templates.Length > 1)
            rules.Add(new ForbiddenSuccessionsRule([new ShiftSuccession(templates[^1].Code, templates[0].Code)], enforcement: Level(random.Next(5, 30))));
        rules.RemoveAll(_ => random.Next(5) == 0);

        var dates = period.Dates.ToList();
        LocalDate AnyDate() => dates[random.Next(dates.Count)];
        EmployeeId AnyEmployee() => employees[random.Next(employees.Length)].Id;
        ShiftCode AnyShift() => templates[random.Next(templates.Length)].Code;

        var demands = dates.SelectMany(d => templates.Where(_ => random.Next(2) == 0).Select(t =>
            new ShiftDemand(d, t.Code, random.Next(0, 3), random.Next(0, 400), random.Next(0, 5)))).ToImmutableArray();
        var slotLength = Duration.FromHours(random.Next(1, 4));
        var slots = new List<DemandSlot>();
        for (var at = period.StartInstant; at < period.EndInstant; at += slotLength)
            if (random.Next(3) == 0)
            {
                var min = random.Next(0, 2);
                slots.Add(new DemandSlot(at, random.Next(3) == 0 ? med : null, min, min + random.Next(0, 2)));
            }

        var wishes = Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(3) switch
        {
            0 => new Wish(AnyEmployee(), AnyDate(), WishKind.ShiftOn, AnyShift(), random.Next(1, 10)),
            1 => new Wish(AnyEmployee(), AnyDate(), WishKind.ShiftOff, AnyShift(), random.Next(1, 10)),
            _ => new Wish(AnyEmployee(), AnyDate(), WishKind.DayOff, null, random.Next(1, 10)),
        }).DistinctBy(w => (w.Employee, w.Date, w.Kind, w.Shift)).ToImmutableArray();
        var unavailable = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new Unavailability(AnyEmployee(), AnyDate())).Distinct().ToImmutableArray();
        ImmutableArray<Pin> pins = [.. Enumerable.Range(0, random.Next(0, 3)).Select(_ => new Pin(AnyEmployee(), AnyDate(), random.Next(3) == 0 ? null : AnyShift()))
            .DistinctBy(p => (p.Employee, p.Date))];
        if (pinEverything)
        {
            // A random roster without overlaps, pinned cell by cell: the model must then score exactly it.
            rules.RemoveAll(r => r is PinsRule);
            rules.Add(new PinsRule());
            var taken = new List<Interval>();
            var all = new List<Pin>();
            foreach (var e in employees)
            {
                taken.Clear();
                foreach (var date in dates)
                {
                    var pick = random.Next(templates.Length + 1);
                    var interval = pick > 0 ? templates[pick - 1].IntervalOn(date, Stockholm) : default;
                    if (pick > 0 && taken.Any(t => t.Start < interval.End && interval.Start < t.End)) pick = 0;
                    if (pick > 0) taken.Add(interval);
                    all.Add(new Pin(e.Id, date, pick > 0 ? templates[pick - 1].Code : null));
                }
            }

            pins = [.. all];
        }

        var cost = random.Next(4) == 0 ? null : RandomCost(random, employees);
        if (cost is not null)
        {
            ImmutableArray<CostKind> kinds = random.Next(2) == 0 ? default : [.. Enum.GetValues<CostKind>().Where(_ => random.Next(2) == 0)];
            rules.Add(new CostRule(random.Next(1, 3), kinds));
            if (cost.Budget is not null && random.Next(3) != 0) rules.Add(new BudgetRule() with { Enforcement = Level(random.Next(1, 3)) });
        }

        if (random.Next(3) == 0)
        {
            // A reference roster to stay close to (re-planning), with cells outside the problem that must be ignored.
            var reference = dates.SelectMany(d => employees.Where(_ => random.Next(3) == 0).Select(e => new Assignment(e.Id, d, AnyShift())))
                .Append(new Assignment(new EmployeeId("not-in-problem"), dates[0], AnyShift()))
                .Append(new Assignment(employees[0].Id, period.End, AnyShift()));
            // Re-planning from a random today (from a generator of its own) half of the time: near changes cost more.
            var today = new Random(unchecked((seed * 7_368_787) + 11));
            rules.Add(new StabilityRule(random.Next(1, 20), new Roster([.. reference])) { Today = today.Next(2) == 0 ? null : period.Start.PlusDays(today.Next(-3, 20)) });
        }

        // Drawn from a second generator so that the problems above stay those of earlier versions.
        var fair = new Random(unchecked((seed * 7919) + 17));
        var (preferences, ledger) = Fairness(fair, rules, employees, templates, wishes.Length);
        LawRules(new Random(unchecked((seed * 104_729) + 31)), rules, allowHard);
        return new RosterProblem($"random-{seed}", period, templates, employees, new RulePack("random", [.. rules]), demands,
            new DemandCurve(slotLength, [.. slots]), wishes, unavailable, pins, cost, preferences, ledger);
    }

    /// <summary>
    /// The problem with a random history before it (0 to 10 days, each employee working a random template or off on each),
    /// and a random overtime carried from earlier in the year, so the rules across the seam are exercised: rest,
    /// successions, runs that began before the period, the windows that reach back into it and the year's overtime.
    /// </summary>
    public static RosterProblem WithHistory(RosterProblem problem, int seed)
    {
        var random = new Random(unchecked((seed * 6_700_417) + 7));
        var days = random.Next(1, 11);
        var shifts = new List<Assignment>();
        foreach (var e in problem.Employees)
            for (var d = -days; d < 0; d++)
                if (random.Next(3) != 0)
                    shifts.Add(new Assignment(e.Id, problem.Period.Start.PlusDays(d), problem.Templates[random.Next(problem.Templates.Length)].Code));
        var withHistory = WithOvertimeCarried(problem.WithHistory(new History(days, [.. shifts])), seed);

        // Recorded daily-rest exceptions on random days, with an exception minimum up to 3 h below the minimum rest.
        if (problem.Rules.Get<DailyRestRule>() is not { } rest || random.Next(2) == 0) return withHistory;
        var exceptions = problem.Employees.SelectMany(e => problem.Period.Dates.Where(_ => random.Next(3) == 0).Select(d => new DailyRestException(e.Id, d))).ToImmutableArray();
        var shortest = rest.MinimumRest - Duration.FromMinutes(random.Next(0, 181));
        var excepted = new DailyRestRule(rest.MinimumRest, rest.Source, rest.Enforcement, exceptions, shortest < Duration.Zero ? Duration.Zero : shortest);
        return withHistory.WithRules(new RulePack(problem.Rules.Id, [.. problem.Rules.Rules.Select(r => r is DailyRestRule ? excepted : r)]));
    }

    /// <summary>
    /// Each employee's overtime worked earlier in the year: not known (a third), none, or up to 210 h (past the year's
    /// cap), from a generator of its own so the history above stays that of earlier versions.
    /// </summary>
    private static RosterProblem WithOvertimeCarried(RosterProblem problem, int seed)
    {
        var random = new Random(unchecked((seed * 15_485_863) + 3));
        var employees = problem.Employees.Select(e => new Employee(e.Id, e.Name, e.Contract with
        {
            OvertimeBeforePeriod = random.Next(3) switch { 0 => null, 1 => Duration.Zero, _ => Duration.FromMinutes(random.Next(0, 210 * 60)) },
        }, e.Competences, e.Limits, e.Units)).ToImmutableArray();
        return new RosterProblem(problem.Name, problem.Period, problem.Templates, employees, problem.Rules, problem.ShiftDemands, problem.DemandCurve, problem.Wishes,
            problem.Unavailability, problem.Pins, problem.Cost, problem.Preferences, problem.Ledger, problem.History, problem.Units);
    }

    private static readonly int[] Steps = [10, 25, 34, 50, 100];

    /// <summary>Standing preferences, a fairness ledger and the fairness rules (each kept with probability 4/5).</summary>
    private static (ImmutableArray<Preference>, FairnessLedger) Fairness(Random random, List<Rule> rules, ImmutableArray<Employee> employees, ImmutableArray<ShiftTemplate> templates, int wishCount)
    {
        var candidates = new Rule[]
        {
            new PreferencesRule(random.Next(0, 3)),
            new FairWishShareRule(random.Next(0, 4), Steps[random.Next(Steps.Length)]),
            new FairNightsRule(random.Next(0, 4), random.Next(0, 151)),
            new FairWeekendsRule(random.Next(0, 4), random.Next(0, 151), random.Next(2) == 0 ? default : [IsoDayOfWeek.Friday, IsoDayOfWeek.Sunday]),
            new FairHolidaysRule(random.Next(0, 4), random.Next(0, 151)),
        };
        rules.AddRange(candidates.Where(_ => random.Next(5) != 0));
        EmployeeId AnyEmployee() => employees[random.Next(employees.Length)].Id;
        var preferences = Enumerable.Range(0, random.Next(0, 4)).Select(_ => random.Next(4) switch
        {
            0 => new Preference(AnyEmployee(), PreferenceKind.NoShiftKind, random.Next(0, 10), shiftKind: (ShiftKind)random.Next(3)),
            1 => new Preference(AnyEmployee(), PreferenceKind.NoShift, random.Next(0, 10), shift: templates[random.Next(templates.Length)].Code),
            2 => new Preference(AnyEmployee(), PreferenceKind.DayOffOnWeekday, random.Next(0, 10), weekday: (IsoDayOfWeek)random.Next(1, 8)),
            _ => new Preference(AnyEmployee(), PreferenceKind.AtMostWeekends, random.Next(0, 10), count: random.Next(0, 2)),
        }).ToImmutableArray();
        var ledger = new FairnessLedger([.. employees.Where(_ => random.Next(2) == 0).Select(e => new LedgerEntry(e.Id,
            random.Next(-40, 41) + wishCount, random.Next(-300, 301), random.Next(-200, 201), random.Next(-150, 151)))]);
        return (preferences, ledger);
    }

    /// <summary>The law rules added after the others, from a third generator (each kept with probability 4/5).</summary>
    private static void LawRules(Random random, List<Rule> rules, bool allowHard)
    {
        Enforcement Level(long weight) => allowHard && random.Next(2) == 0 ? Enforcement.Hard : Enforcement.Soft(weight);
        var candidates = new Rule[]
        {
            new BreakRule(Duration.FromMinutes(random.Next(4, 11) * 60), enforcement: Level(random.Next(0, 3))),
            new OrdinaryHoursRule(Duration.FromHours(random.Next(8, 41)), random.Next(1, 5), enforcement: Level(random.Next(0, 3))),
            new OvertimeRule(Duration.FromHours(random.Next(0, 49)), Duration.FromHours(random.Next(0, 51)), random.Next(2) == 0, Duration.FromHours(random.Next(0, 201)), enforcement: Level(random.Next(0, 3))),
            new TotalHoursRule(Duration.FromHours(random.Next(8, 49)), random.Next(1, 5), enforcement: Level(random.Next(0, 3))),
            new NightWorkRule(Duration.FromHours(random.Next(1, 9)), random.Next(1, 5), random.Next(1, 101), enforcement: Level(random.Next(0, 3))),
        };
        rules.AddRange(candidates.Where(_ => random.Next(5) != 0));
    }

    private static CostModel RandomCost(Random random, ImmutableArray<Employee> employees)
    {
        var pay = employees.Where(_ => random.Next(5) != 0).Select(e => new EmployeePay(e.Id, random.Next(22_000, 40_001))).ToImmutableArray();
        UnsocialHoursTable? table = null;
        if (random.Next(3) == 0)
        {
            // A random table: windows by weekday, before holidays to the next working day, and storhelg-only.
            var windows = Enumerable.Range(0, random.Next(1, 4)).Select(i =>
            {
                var from = new LocalTime(random.Next(0, 24), random.Next(2) * 30);
                var to = new LocalTime(random.Next(0, 24), 0);
                var opening = random.Next(3) switch
                {
                    0 => new WindowOpening(from, to, [.. Enum.GetValues<IsoDayOfWeek>().Skip(1).Where(_ => random.Next(2) == 0)]),
                    1 => new WindowOpening(from, to, beforeHoliday: true, toNextWorkingDay: true),
                    _ => new WindowOpening(from, to, daysLater: random.Next(1, 3)),
                };
                return new UnsocialHoursWindow($"w{i}", $"window {i}", random.Next(0, 20_000) / 100m, [opening], onlyInMajorHolidays: random.Next(3) == 0);
            }).ToImmutableArray();
            table = new UnsocialHoursTable("random", "test", windows, UnsocialHoursTable.KommunalHok2026.MajorHolidays);
        }

        return new CostModel("random", "test", pay, 1m + (random.Next(0, 50) / 100m), table,
            hourlyDivisor: random.Next(2) == 0 ? 165m : 158.5m,
            defaultMonthlyPay: 27_500m,
            additionalHoursPercent: 100 + random.Next(0, 40),
            overtimePercent: 150 + random.Next(0, 100),
            autumnExtraHourPercent: 100 + random.Next(0, 150),
            substitutes: random.Next(2) == 0 ? new SubstituteCost(random.Next(150, 400), random.Next(0, 40)) : null,
            budget: random.Next(2) == 0 ? random.Next(0, 30_000) : null);
    }
}
