using Scheduling.Domain.Files;

namespace Scheduling.Quality.Units;

/// <summary>
/// A generated municipality: <c>n</c> care units of 20–60 staff (DOMAIN.md's care-home size), each a
/// <see cref="UnitGenerator"/> unit, and the municipality's pool (bemanningsenheten) as one more unit with its own need,
/// planned as one problem of several units. Seeded like the units.
/// </summary>
/// <remarks>
/// <para>Staffing is uneven, as it is between real units: every even unit (u01, u03, …) has about 12 % more day staff
/// than its need asks (copies of its own staff), every odd one about 10 % fewer, and the pool about a third fewer.</para>
/// <para>The units lie on a ring: a unit's booking order is the unit before it, the one after it, then the pool. With pool
/// shifts, every unit's staff may work at those three (their home unit first) and the pack carries <c>pool-order</c>;
/// without, each works at their home unit only and the pack is the unit's own. Each unit has the resident groups of the
/// continuity measure (Norra by D and K, Södra by F and KK, Natt by N).</para>
/// </remarks>
public static class MunicipalityGenerator
{
    public const string PoolUnit = "pool";
    public const int MinUnitStaff = 20;
    public const int MaxUnitStaff = 60;
    public const int PoolStaff = 14;

    /// <summary>The charge per booking step of a shift away from home: below a shift's surplus at home (16 slots × the pack's 50).</summary>
    public const long PoolOrderWeight = 100;

    public static string UnitName(int index) => $"u{index + 1:00}";

    private static List<(string Id, ProblemFile File)> Parts(int units, int days, int seed, out List<int> sizes)
    {
        if (units < 2) throw new ArgumentOutOfRangeException(nameof(units), units, "a municipality needs at least 2 units");
        var random = new Random(seed);
        sizes = [.. Enumerable.Range(0, units).Select(_ => random.Next(MinUnitStaff, MaxUnitStaff + 1))];
        return [.. sizes.Select((staff, i) => (Id: UnitName(i), File: Balanced(UnitGenerator.GenerateFile(new UnitSize(staff, days), (seed * 1000) + i + 1), i % 2 == 0 ? 0.12 : -0.10)))
            .Append((Id: PoolUnit, File: Balanced(UnitGenerator.GenerateFile(new UnitSize(PoolStaff, days), seed * 1000), -0.33)))];
    }

    public static ProblemFile Generate(int units, int days, int seed, bool poolShifts)
    {
        var files = Parts(units, days, seed, out var sizes);

        var first = files[0].File;
        var employees = new List<EmployeeDto>();
        var wishes = new List<WishDto>();
        var unavailable = new List<EmployeeDateDto>();
        var pay = new List<EmployeePayDto>();
        var unitDtos = new List<UnitDto>();
        long budget = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var (id, file) = files[i];
            var isPool = id == PoolUnit;
            List<string> order = isPool ? [] : [.. new[] { UnitName((i + units - 1) % units), UnitName((i + 1) % units) }.Distinct().Where(u => u != id), PoolUnit];
            string Person(string? e) => $"{id}-{e}";
            foreach (var e in file.Employees ?? [])
            {
                e.Id = Person(e.Id);
                e.Units = poolShifts && !isPool ? [id, .. order] : [id];
                employees.Add(e);
            }

            wishes.AddRange((file.Wishes ?? []).Select(w => { w.Employee = Person(w.Employee); return w; }));
            unavailable.AddRange((file.Unavailability ?? []).Select(u => { u.Employee = Person(u.Employee); return u; }));
            pay.AddRange((file.Cost?.Pay ?? []).Select(p => { p.Employee = Person(p.Employee); return p; }));
            budget += file.Cost?.Budget ?? 0;
            unitDtos.Add(new UnitDto
            {
                Id = id,
                Name = isPool ? "Bemanningsenheten" : $"Vårdboende {id}",
                DemandCurve = file.DemandCurve,
                Groups = isPool ? [] : Groups(),
                BookingOrder = order,
                Pool = isPool ? true : null,
            });
        }

        var pack = first.RulePack!;
        if (poolShifts) pack.Rules = [.. pack.Rules ?? [], new RuleDto { Id = "pool-order", Weight = PoolOrderWeight }];
        var cost = first.Cost!;
        cost.Pay = pay;
        cost.Budget = budget;
        cost.Version = $"municipality-{units}-{seed}";
        return new ProblemFile
        {
            Name = string.Create(CultureInfo.InvariantCulture, $"Generated municipality, {units} units of {string.Join(", ", sizes)} staff and the pool, {days} days (seed {seed}){(poolShifts ? ", with pool shifts" : "")}"),
            Period = first.Period,
            ShiftTemplates = first.ShiftTemplates,
            Employees = employees,
            Wishes = wishes,
            Unavailability = unavailable,
            Pins = [],
            Preferences = [],
            FairnessLedger = [],
            RulePack = pack,
            Cost = cost,
            Units = unitDtos,
        };
    }

    private static List<ResidentGroupDto> Groups() =>
    [
        new() { Id = "norra", Name = "Norra", Residents = 8, Shifts = ["D", "K"] },
        new() { Id = "sodra", Name = "Södra", Residents = 8, Shifts = ["F", "KK"] },
        new() { Id = "natt", Name = "Natt", Residents = 16, Shifts = [UnitGenerator.Night] },
    ];

    /// <summary>
    /// The unit with <paramref name="share"/> of its day staff added (copies of the first ones, ids suffixed "b") or, when
    /// negative, removed (the last day staff without the medication delegation, with their wishes, days off and pay).
    /// </summary>
    private static ProblemFile Balanced(ProblemFile file, double share)
    {
        var staff = file.Employees!;
        static bool IsDay(EmployeeDto e) => e.Limits?.MaxShiftsPerTemplate?.GetValueOrDefault(UnitGenerator.Night, 1) == 0;
        var day = staff.Where(IsDay).ToList();
        var count = (int)Math.Round(Math.Abs(share) * day.Count, MidpointRounding.AwayFromZero);
        if (share > 0)
        {
            foreach (var e in day.Take(count))
            {
                var copy = JsonSerializer.Deserialize<EmployeeDto>(JsonSerializer.Serialize(e, ProblemFileReader.JsonOptions), ProblemFileReader.JsonOptions)!;
                copy.Id = e.Id + "b";
                staff.Add(copy);
                var pay = file.Cost!.Pay!.First(p => p.Employee == e.Id);
                file.Cost.Pay!.Add(new EmployeePayDto { Employee = copy.Id, MonthlyPay = pay.MonthlyPay });
            }

            return file;
        }

        var gone = day.Where(e => e.Competences?.All(c => c.Competence != "med") ?? true).TakeLast(count).Select(e => e.Id).ToHashSet();
        file.Employees = [.. staff.Where(e => !gone.Contains(e.Id))];
        file.Wishes = [.. (file.Wishes ?? []).Where(w => !gone.Contains(w.Employee))];
        file.Unavailability = [.. (file.Unavailability ?? []).Where(u => !gone.Contains(u.Employee))];
        file.Cost!.Pay = [.. file.Cost.Pay!.Where(p => !gone.Contains(p.Employee))];
        return file;
    }
}
