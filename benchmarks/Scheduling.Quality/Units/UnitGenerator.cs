using NodaTime;
using NodaTime.Text;
using Scheduling.Domain;
using Scheduling.Domain.Files;

namespace Scheduling.Quality.Units;

/// <summary>
/// Realistic care units built from DOMAIN.md's numbers, so quality on our users' problems is measured rather than
/// assumed. Seeded: the same size and seed give the same problem, value for value (one <see cref="Random"/> drawn in
/// a fixed order).
/// </summary>
/// <remarks>
/// <para>What a unit holds:</para>
/// <list type="bullet">
/// <item>A period from Monday 2027-03-01 in Europe/Stockholm, so every period of 4 weeks or more crosses the spring DST
/// change (2027-03-28: that night lasts an hour less).</item>
/// <item>The templates of a care home: 07:00 8 h 30 with a 30 min unpaid break, 08:00 5 h, 13:30 8 h with 30 min,
/// 16:00 5 h 30, the night 21:15 10 h.</item>
/// <item>About 12 % permanent night staff (full time 34 h 20 min a week) who may only work nights; the others (full
/// time 38 h 15 min, a rota with Sundays) may not work nights, both through <c>maxShiftsPerTemplate = 0</c> as the
/// care-home example does. Rates 50–100 % in steps of 5, most between 75 and 100, ± 8 h as in the example.</item>
/// <item>Competences: every employee is an undersköterska (<c>usk</c>) or, in about half the units, a share are
/// vårdbiträden (<c>vbt</c>); about half hold the medication delegation (<c>med</c>), some of them only from or
/// until a date inside the period.</item>
/// <item>A demand curve per 30-minute slot that differs by date: a weekday and a weekend shape, a factor per day and
/// per part of the day; rows for all staff, for <c>med</c> (1–2 by day, 1 at night) and, where there are
/// vårdbiträden, for <c>usk</c>; minimum below ideal. Day and night are scaled apart (only night staff cover the
/// night) so that the staff's hours targets sum to about <see cref="StaffHoursOverNeed"/> × the ideal need's
/// person-hours (all-staff row).</item>
/// <item>Wishes from most staff (day off, shift on, shift off; weights 10, 20, 40) and some unavailable days.</item>
/// <item>The care-home example's rule pack and cost section (pay drawn per role like the example's), with the
/// weekend limit (every other weekend) and the budget scaled to the period.</item>
/// </list>
/// </remarks>
public static class UnitGenerator
{
    /// <summary>Staff hours over the ideal need (DOMAIN.md: few substitutes through enough base staffing).</summary>
    public const double StaffHoursOverNeed = 1.03;

    public static readonly LocalDate PeriodStart = new(2027, 3, 1);
    public const string Zone = "Europe/Stockholm";
    public const string UnitId = "generated";

    public const int DayFullTimeMinutes = (38 * 60) + 15;
    public const int NightFullTimeMinutes = (34 * 60) + 20;
    public const int ToleranceMinutes = 8 * 60;

    /// <summary>The budget over the contracted pay with social fees: the care-home example's ratio (1.22), for OB, mertid and substitutes.</summary>
    private const decimal BudgetOverContractedPay = 1.22m;

    private const string ExampleResource = "care-home-solbacken.json";

    private static readonly LocalTimePattern Clock = LocalTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalDatePattern Day = LocalDatePattern.Iso;

    /// <summary>The night template's code; every other template is a day template.</summary>
    public const string Night = "N";

    private static readonly (string Code, string Name, string Start, int Minutes, int Break, string Kind)[] Templates =
    [
        ("D", "Dag", "07:00", 510, 30, "DAY"),
        ("F", "Förmiddag", "08:00", 300, 0, "DAY"),
        ("K", "Kväll", "13:30", 480, 30, "EVENING"),
        ("KK", "Kort kväll", "16:00", 330, 0, "EVENING"),
        (Night, "Natt", "21:15", 600, 0, "NIGHT"),
    ];

    /// <summary>
    /// The day's parts with their weekday level relative to the unit's level: the morning peak, the handover when the day
    /// and evening shifts overlap, a taper into the evening. The night (21:30–07:00) has its own level.
    /// </summary>
    private static readonly (string From, string To, double Level, bool MedicationRound)[] DayParts =
    [
        ("07:00", "08:00", 0.80, true),
        ("08:00", "10:00", 1.10, true),
        ("10:00", "12:30", 0.95, false),
        ("12:30", "13:30", 0.80, false),
        ("13:30", "15:30", 1.20, false),
        ("15:30", "16:00", 0.60, false),
        ("16:00", "19:00", 0.85, true),
        ("19:00", "21:00", 0.70, false),
        ("21:00", "21:30", 0.55, false),
    ];

    private const string NightFrom = "21:30";
    private const string NightTo = "07:00";
    private const double WeekendLevel = 0.75;

    /// <summary>Employment rates 50–100 % in steps of 5 with their weights: most staff between 75 and 100.</summary>
    private static readonly (int Percent, int Weight)[] Rates =
        [(50, 1), (55, 1), (60, 2), (65, 2), (70, 3), (75, 6), (80, 7), (85, 6), (90, 6), (95, 4), (100, 8)];

    private static readonly string[] FirstNames =
        ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Ahmed", "Eva", "Mikael", "Fatima", "Per", "Lena", "Ali",
         "Kristina", "Anders", "Emma", "Jonas", "Sofia", "Peter", "Elin", "Hassan", "Ingrid", "Nils", "Amina", "Oskar", "Maja", "Daniel"];

    private static readonly string[] Surnames =
        ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson",
         "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström", "Hussein", "Berg", "Ali", "Holm"];

    public static GeneratedUnit Generate(UnitSize size, int seed)
    {
        var file = GenerateFile(size, seed);
        return new GeneratedUnit(size, seed, file, ProblemFileReader.Map(file));
    }

    /// <summary>The unit as a problem file; <see cref="Generate"/> reads it into the domain.</summary>
    public static ProblemFile GenerateFile(UnitSize size, int seed)
    {
        var random = new Random(seed);
        var days = size.Days;
        var zone = DateTimeZoneProviders.Tzdb[Zone];
        var example = Example();

        var staff = Staff(size, random);
        var payByRole = staff.Select(s => Pay(s, random)).ToList();
        var curve = Demand(size, staff, zone, random);
        var (unavailability, wishes) = Requests(size, staff, random);

        var employees = staff.Select((s, i) => new EmployeeDto
        {
            Id = s.Id,
            Name = s.Name,
            Competences = s.Competences,
            EmploymentRate = s.Rate,
            FullTimeWeeklyMinutes = s.IsNight ? NightFullTimeMinutes : DayFullTimeMinutes,
            ToleranceMinutes = ToleranceMinutes,
            TimeBankMinutes = 0,
            Units = [UnitId],
            Limits = new LimitsDto
            {
                MaxShiftsPerTemplate = Templates.Where(t => (t.Code == Night) != s.IsNight).ToDictionary(t => t.Code, _ => 0),
            },
        }).ToList();

        var pack = example.RulePack ?? throw new InvalidOperationException("the care-home example has no rule pack");
        foreach (var rule in pack.Rules ?? [])
        {
            // The example's "every other weekend" is 2 of its 4; a longer period allows half its weekends, as the shipped pack does.
            if (rule.Id == "max-weekends" && rule.Parameters is { } parameters)
                parameters["defaultMaximum"] = JsonSerializer.SerializeToElement((int)Math.Ceiling(days / 14.0));
            if (rule.Id == "budget") rule.Source = "the generated unit's budget for the period";
        }

        var cost = example.Cost ?? throw new InvalidOperationException("the care-home example has no cost section");
        cost.Version = $"generated-{size}-{seed}";
        cost.Source = "Generated, not a real unit: the care-home example's cost section with pay drawn per role as the example's "
            + "(undersköterska with medication delegation 31 000–34 000 kr, undersköterska 29 500–32 000 kr, vårdbiträde 27 000–29 800 kr); "
            + $"budget {BudgetOverContractedPay.ToString(CultureInfo.InvariantCulture)} × the contracted pay with social fees, the example's ratio";
        cost.Pay = [.. staff.Select((s, i) => new EmployeePayDto { Employee = s.Id, MonthlyPay = payByRole[i] })];
        var contracted = staff.Select((s, i) => payByRole[i] * s.Rate / 100m).Sum() * days / 30.4m * (cost.SocialFeeFactor ?? 1m);
        cost.Budget = (long)(Math.Round(contracted * BudgetOverContractedPay / 1000m, MidpointRounding.AwayFromZero) * 1000m);

        return new ProblemFile
        {
            Name = $"Generated care unit, {size.Staff} staff × {days} days (seed {seed})",
            Period = new PeriodDto { StartDate = Day.Format(PeriodStart), Days = days, TimeZone = Zone },
            ShiftTemplates = [.. Templates.Select(t => new ShiftTemplateDto
            {
                Code = t.Code, Name = t.Name, StartTime = t.Start, DurationMinutes = t.Minutes, UnpaidBreakMinutes = t.Break == 0 ? null : t.Break, Kind = t.Kind,
            })],
            Employees = employees,
            DemandCurve = curve,
            Wishes = wishes,
            Unavailability = unavailability,
            Pins = [],
            Preferences = [],
            FairnessLedger = [],
            RulePack = pack,
            Cost = cost,
        };
    }

    private sealed record Person(string Id, string Name, bool IsNight, int Rate, bool IsVbt, List<CompetenceGrantDto> Competences, int TargetMinutes)
    {
        public bool HasMedication => Competences.Any(c => c.Competence == "med");
    }

    private static List<Person> Staff(UnitSize size, Random random)
    {
        var nights = Math.Max(1, (int)Math.Round(0.12 * size.Staff, MidpointRounding.AwayFromZero));
        var vbtShare = random.NextDouble() < 0.5 ? 0 : 0.10 + (0.15 * random.NextDouble());
        var people = new List<Person>(size.Staff);
        for (var i = 0; i < size.Staff; i++)
        {
            var night = i >= size.Staff - nights;
            var rate = Weighted(random, Rates);
            var vbt = random.NextDouble() < vbtShare;
            var grants = new List<CompetenceGrantDto> { new() { Competence = vbt ? "vbt" : "usk" } };
            if (random.NextDouble() < 0.5) grants.Add(Medication(size, random));
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {Surnames[random.Next(Surnames.Length)]}";
            var contract = new WorkingTimeContract(new EmploymentRate(rate), Duration.FromMinutes(night ? NightFullTimeMinutes : DayFullTimeMinutes));
            var target = (int)contract.TargetFor(size.Days)!.Value.TotalMinutes;
            people.Add(new Person($"E{i + 1:000}", name, night, rate, vbt, grants, target));
        }

        // Every night needs a delegated person and so does every day: at least half the night staff and a quarter of
        // the day staff hold it, granted to the first who lack it (no draw, so the sequence above stays the same).
        Ensure(people.Where(p => p.IsNight).ToList(), (nights + 1) / 2);
        Ensure(people.Where(p => !p.IsNight).ToList(), Math.Max(2, (size.Staff - nights) / 4));
        return people;
    }

    private static void Ensure(List<Person> group, int holders)
    {
        foreach (var person in group.Where(p => !p.HasMedication).Take(Math.Max(0, holders - group.Count(p => p.HasMedication))).ToList())
            person.Competences.Add(new CompetenceGrantDto { Competence = "med" });
    }

    /// <summary>The medication delegation: mostly open-ended; about one in six ends inside the period (renewal due), one in twenty starts inside it.</summary>
    private static CompetenceGrantDto Medication(UnitSize size, Random random)
    {
        var draw = random.NextDouble();
        var inside = PeriodStart.PlusDays(random.Next(size.Days / 4, (3 * size.Days / 4) + 1));
        return draw switch
        {
            < 0.15 => new CompetenceGrantDto { Competence = "med", ValidUntil = Day.Format(inside) },
            < 0.20 => new CompetenceGrantDto { Competence = "med", ValidFrom = Day.Format(inside) },
            _ => new CompetenceGrantDto { Competence = "med" },
        };
    }

    private static decimal Pay(Person person, Random random)
    {
        var (low, high) = person.IsVbt ? (27_000, 29_800) : person.HasMedication ? (31_000, 34_000) : (29_500, 32_000);
        return random.Next(low / 100, (high / 100) + 1) * 100m;
    }

    /// <summary>One day's need in a part of the day: all staff, and the rows per competence.</summary>
    private sealed record Need(int Ideal, int Medication, int MedicationMinimum, int Usk);

    private static DemandCurveDto Demand(UnitSize size, List<Person> staff, DateTimeZone zone, Random random)
    {
        var days = size.Days;
        var dates = Enumerable.Range(0, days).Select(PeriodStart.PlusDays).ToList();
        var hasVbt = staff.Any(p => p.IsVbt);
        var uskShare = staff.Count(p => !p.IsVbt) / (double)staff.Count;

        // Night: only night staff cover it. Nights to staff so that their hours are StaffHoursOverNeed × the night shifts
        // needed, spread evenly over the period from a random phase (some nights one more than others).
        var nightTargets = staff.Where(p => p.IsNight).Sum(p => p.TargetMinutes) / 60.0;
        var nightShiftHours = dates.Sum(d => NightShiftWork(d, zone)) / days;
        var perNight = nightTargets / (StaffHoursOverNeed * nightShiftHours * days);
        var nights = new int[days];
        var carry = random.NextDouble();
        for (var d = 0; d < days; d++)
        {
            carry += perNight;
            nights[d] = (int)Math.Floor(carry);
            carry -= nights[d];
        }

        var nightNeedHours = dates.Select((d, i) => nights[i] * NightNeedHours(d, i == days - 1, zone)).Sum();

        // Day: a factor per date and per part of it (drawn once, before the level is fitted, so the fit sees fixed noise).
        var factors = new double[days, DayParts.Length];
        for (var d = 0; d < days; d++)
        {
            var weekend = dates[d].DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
            var day = Math.Clamp(1 + (0.05 * Normal(random)), 0.85, 1.15);
            for (var p = 0; p < DayParts.Length; p++)
                factors[d, p] = DayParts[p].Level * (weekend ? WeekendLevel : 1) * day * Math.Clamp(1 + (0.06 * Normal(random)), 0.8, 1.2);
        }

        var allTargets = staff.Sum(p => p.TargetMinutes) / 60.0;
        var dayNeedHours = (allTargets / StaffHoursOverNeed) - nightNeedHours;
        var level = FitLevel(factors, dayNeedHours);

        var patterns = new List<DemandPatternDto>();
        for (var d = 0; d < days; d++)
        {
            var date = Day.Format(dates[d]);
            for (var p = 0; p < DayParts.Length; p++)
            {
                var part = DayParts[p];
                var ideal = (int)Math.Round(level * factors[d, p], MidpointRounding.AwayFromZero);
                if (ideal == 0) continue;
                patterns.Add(Pattern(date, part.From, part.To, null, Minimum(ideal), ideal));
                var medicationMinimum = part.MedicationRound && ideal >= 8 ? 2 : 1;
                var medication = Math.Min(ideal, Math.Max(medicationMinimum, (int)Math.Round(0.22 * ideal, MidpointRounding.AwayFromZero)));
                patterns.Add(Pattern(date, part.From, part.To, "med", Math.Min(medicationMinimum, medication), medication));
                if (hasVbt && ideal >= 2)
                {
                    var usk = Math.Max(1, (int)Math.Floor(ideal * uskShare * 0.8));
                    patterns.Add(Pattern(date, part.From, part.To, "usk", (int)Math.Round(0.75 * usk, MidpointRounding.AwayFromZero), usk));
                }
            }

            if (nights[d] > 0)
            {
                patterns.Add(Pattern(date, NightFrom, NightTo, null, Math.Max(1, (int)Math.Ceiling(0.75 * nights[d])), nights[d]));
                patterns.Add(Pattern(date, NightFrom, NightTo, "med", 1, 1));
            }
        }

        return new DemandCurveDto { SlotMinutes = 30, Patterns = patterns };
    }

    private static int Minimum(int ideal) => ideal <= 1 ? ideal : Math.Max(1, (int)Math.Floor(0.8 * ideal));

    private static DemandPatternDto Pattern(string date, string from, string to, string? competence, int minimum, int ideal) =>
        new() { Dates = [date], From = from, To = to, Competence = competence, Minimum = minimum, Ideal = ideal };

    /// <summary>The level whose rounded need over the day parts comes closest to <paramref name="hours"/> person-hours (bisection; the sum only grows with the level).</summary>
    private static double FitLevel(double[,] factors, double hours)
    {
        double HoursAt(double level)
        {
            var sum = 0.0;
            for (var d = 0; d < factors.GetLength(0); d++)
                for (var p = 0; p < DayParts.Length; p++)
                    sum += Math.Round(level * factors[d, p], MidpointRounding.AwayFromZero) * PartHours(DayParts[p]);
            return sum;
        }

        double low = 0, high = 1;
        while (HoursAt(high) < hours) high *= 2;
        for (var i = 0; i < 60; i++)
        {
            var middle = (low + high) / 2;
            if (HoursAt(middle) < hours) low = middle;
            else high = middle;
        }

        return Math.Abs(HoursAt(low) - hours) <= Math.Abs(HoursAt(high) - hours) ? low : high;
    }

    private static double PartHours((string From, string To, double Level, bool MedicationRound) part) =>
        Period.Between(Clock.Parse(part.From).Value, Clock.Parse(part.To).Value, PeriodUnits.Minutes).Minutes / 60.0;

    /// <summary>The night need's real hours after <paramref name="date"/> (21:30 to 07:00, an hour less on the spring DST night); the last night ends with the period.</summary>
    private static double NightNeedHours(LocalDate date, bool last, DateTimeZone zone)
    {
        var from = (date + Clock.Parse(NightFrom).Value).InZoneLeniently(zone).ToInstant();
        var to = last
            ? date.PlusDays(1).AtStartOfDayInZone(zone).ToInstant()
            : (date.PlusDays(1) + Clock.Parse(NightTo).Value).InZoneLeniently(zone).ToInstant();
        return (to - from).TotalHours;
    }

    private static double NightShiftWork(LocalDate date, DateTimeZone zone)
    {
        var night = Templates.Single(t => t.Code == Night);
        var start = (date + Clock.Parse(night.Start).Value).InZoneLeniently(zone).ToInstant();
        var end = (date + Clock.Parse(night.Start).Value).PlusMinutes(night.Minutes).InZoneLeniently(zone).ToInstant();
        return (end - start).TotalHours;
    }

    private static (List<EmployeeDateDto> Unavailability, List<WishDto> Wishes) Requests(UnitSize size, List<Person> staff, Random random)
    {
        var unavailability = new List<EmployeeDateDto>();
        var wishes = new List<WishDto>();
        var months = size.Days / 28.0;
        foreach (var person in staff)
        {
            var taken = new HashSet<int>();
            int FreeDay()
            {
                int d;
                do d = random.Next(size.Days);
                while (!taken.Add(d));
                return d;
            }

            if (random.NextDouble() < 0.2)
                for (var i = 0; i < Math.Max(1, (int)Math.Round((1 + random.Next(3)) * months)); i++)
                    unavailability.Add(new EmployeeDateDto { Employee = person.Id, Date = Day.Format(PeriodStart.PlusDays(FreeDay())) });

            if (random.NextDouble() >= 0.85) continue;
            var allowed = Templates.Where(t => (t.Code == Night) == person.IsNight).Select(t => t.Code).ToList();
            for (var i = 0; i < Math.Max(1, (int)Math.Round((2 + random.Next(4)) * months)); i++)
            {
                var date = Day.Format(PeriodStart.PlusDays(FreeDay()));
                var kind = random.NextDouble();
                var weight = Weighted(random, [(10, 5), (20, 3), (40, 2)]);
                wishes.Add(kind switch
                {
                    < 0.5 => new WishDto { Employee = person.Id, Date = date, Kind = "DAY_OFF", Weight = weight },
                    < 0.8 => new WishDto { Employee = person.Id, Date = date, Kind = "SHIFT_ON", Shift = allowed[random.Next(allowed.Count)], Weight = weight },
                    _ => new WishDto { Employee = person.Id, Date = date, Kind = "SHIFT_OFF", Shift = allowed[random.Next(allowed.Count)], Weight = weight },
                });
            }
        }

        return (unavailability, wishes);
    }

    private static int Weighted(Random random, (int Value, int Weight)[] table)
    {
        var draw = random.Next(table.Sum(t => t.Weight));
        foreach (var (value, weight) in table)
        {
            if (draw < weight) return value;
            draw -= weight;
        }

        return table[^1].Value;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>The care-home example, embedded from examples/: its rule pack and cost section are the generated units' (one source of truth).</summary>
    private static ProblemFile Example()
    {
        using var stream = typeof(UnitGenerator).Assembly.GetManifestResourceStream(ExampleResource)
            ?? throw new InvalidOperationException($"the embedded {ExampleResource} is missing");
        return JsonSerializer.Deserialize<ProblemFile>(stream, ProblemFileReader.JsonOptions)
            ?? throw new InvalidOperationException($"{ExampleResource} holds no problem");
    }
}
