using Scheduling.Domain.Calendar;
using Scheduling.Domain.Rules;

namespace Scheduling.Domain.Fairness;

/// <summary>
/// One burden of one employee: what they work of it, their fair share (null when they take no share: see
/// <see cref="FairShareBasis"/>), and the over-share carried in and out in hundredths.
/// </summary>
public sealed record BurdenLine(int Worked, decimal? FairShare, long CarriedIn, long CarriedOut)
{
    /// <summary>Worked − fair share (positive: more than the fair share), null without a share.</summary>
    public decimal? Deviation => FairShare is { } f ? Worked - f : null;
}

/// <summary>
/// One employee's fairness in a roster: wishes granted by count and by weight, each burden against the fair
/// share, and the ledger carried in and the one to carry out.
/// </summary>
public sealed record EmployeeFairness(
    EmployeeId Employee,
    string Name,
    int Wishes,
    int WishesGranted,
    long WishWeight,
    long WishWeightGranted,
    BurdenLine Nights,
    BurdenLine Weekends,
    BurdenLine Holidays,
    LedgerEntry LedgerIn,
    LedgerEntry LedgerOut)
{
    /// <summary>Granted share of the wish weight, 0–1; null without wishes of positive weight.</summary>
    public decimal? GrantedShareByWeight => WishWeight > 0 ? (decimal)WishWeightGranted / WishWeight : null;

    /// <summary>Granted share of the wishes by count, 0–1; null without wishes.</summary>
    public decimal? GrantedShareByCount => Wishes > 0 ? (decimal)WishesGranted / Wishes : null;

    public BurdenLine this[FairBurden burden] => burden switch
    {
        FairBurden.Nights => Nights,
        FairBurden.Weekends => Weekends,
        _ => Holidays,
    };
}

/// <summary>The spread of a measure across employees: the figures the closing note and the benchmark quote.</summary>
public sealed record Spread(int Count, decimal Minimum, decimal Maximum, decimal Mean, decimal StandardDeviation, decimal Gini)
{
    public decimal Range => Maximum - Minimum;

    public static Spread Of(IReadOnlyCollection<decimal> values)
    {
        if (values.Count == 0) return new Spread(0, 0, 0, 0, 0, 0);
        var mean = values.Average();
        var variance = values.Sum(v => (v - mean) * (v - mean)) / values.Count;
        // Gini: mean absolute difference over all ordered pairs ÷ (2 × mean).
        var pairs = values.Sum(a => values.Sum(b => Math.Abs(a - b)));
        var gini = mean == 0 ? 0 : pairs / (2m * values.Count * values.Count * mean);
        return new Spread(values.Count, values.Min(), values.Max(), mean, (decimal)Math.Sqrt((double)variance), gini);
    }
}

/// <summary>
/// The fairness of a roster (DOMAIN.md objective 4), measured the way the fair-* rules define it, with the
/// ledger to carry to the next period: per employee, and summarised as spreads across employees. The ledger moves
/// for the burdens (and the wish share) the rule pack balances; other entries carry over unchanged.
/// </summary>
public sealed record FairnessReport(
    ImmutableArray<EmployeeFairness> Employees,
    Spread GrantedShareByWeight,
    Spread GrantedShareByCount,
    Spread NightsAbsoluteDeviation,
    Spread WeekendsAbsoluteDeviation,
    Spread HolidaysAbsoluteDeviation)
{
    private const long Hundred = 100;

    /// <summary>The ledger to carry into the next period.</summary>
    public FairnessLedger LedgerOut => new([.. Employees.Select(e => e.LedgerOut)]);

    public static FairnessReport Build(RosterProblem problem, Roster roster)
    {
        var byEmployee = roster.Assignments
            .Where(a => problem.EmployeeById.ContainsKey(a.Employee) && problem.TemplateByCode.ContainsKey(a.Shift) && problem.Period.Contains(a.Date))
            .ToLookup(a => a.Employee);
        var weekendDays = problem.Rules.Get<FairWeekendsRule>()?.WeekendDays ?? [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];
        int Count(EmployeeId id, FairBurden burden) => burden switch
        {
            FairBurden.Nights => byEmployee[id].Count(a => problem.TemplateByCode[a.Shift].Kind == ShiftKind.Night),
            FairBurden.Weekends => byEmployee[id].Where(a => weekendDays.Contains(a.Date.DayOfWeek))
                .Select(a => IsoWeek.Of(a.Date)).Distinct().Count(),
            _ => byEmployee[id].Count(a => SwedishHolidays.IsAgreementHoliday(a.Date)),
        };

        var burdens = Enum.GetValues<FairBurden>().ToDictionary(b => b, b => Burden(problem, b, id => Count(id, b)));
        var wishes = problem.Employees.ToDictionary(e => e.Id, e =>
        {
            var own = problem.Wishes.Where(w => w.Employee == e.Id).ToList();
            var granted = own.Where(w => w.IsGrantedBy([.. byEmployee[e.Id].Where(a => a.Date == w.Date).Select(a => a.Shift)])).ToList();
            return (Own: own, Granted: granted);
        });

        // Wish-share deficit out: (refused % + carried) − its mean over the employees with wishes, so the ledger stays centred.
        var refused = wishes.Where(kv => kv.Value.Own.Sum(w => w.Weight) > 0).ToDictionary(kv => kv.Key, kv =>
        {
            var total = kv.Value.Own.Sum(w => w.Weight);
            return (Hundred * (total - kv.Value.Granted.Sum(w => w.Weight)) / total) + problem.Ledger.For(kv.Key).WishShareDeficit;
        });
        var meanRefused = refused.Count == 0 ? 0m : refused.Values.Average(v => (decimal)v);

        // The ledger moves only for what the rule pack balances; the rest is carried unchanged.
        var balanced = problem.Rules.Rules.OfType<FairShareRule>().Select(r => r.Burden).ToHashSet();
        var wishShareBalanced = problem.Rules.Get<FairWishShareRule>() is not null;
        var lines = problem.Employees.Select(e =>
        {
            var ledgerIn = problem.Ledger.For(e.Id);
            var ledgerOut = ledgerIn with
            {
                WishShareDeficit = wishShareBalanced && refused.TryGetValue(e.Id, out var r) ? (long)Math.Round(r - meanRefused, MidpointRounding.AwayFromZero) : ledgerIn.WishShareDeficit,
            };
            foreach (var burden in balanced) ledgerOut = ledgerOut.WithOver(burden, burdens[burden][e.Id].CarriedOut);
            var (own, granted) = wishes[e.Id];
            return new EmployeeFairness(e.Id, e.Name, own.Count, granted.Count, own.Sum(w => w.Weight), granted.Sum(w => w.Weight),
                burdens[FairBurden.Nights][e.Id], burdens[FairBurden.Weekends][e.Id], burdens[FairBurden.Holidays][e.Id], ledgerIn, ledgerOut);
        }).ToImmutableArray();

        Spread Deviations(FairBurden burden) => Spread.Of([.. lines.Select(l => l[burden].Deviation).OfType<decimal>().Select(Math.Abs)]);
        return new FairnessReport(lines,
            Spread.Of([.. lines.Select(l => l.GrantedShareByWeight).OfType<decimal>()]),
            Spread.Of([.. lines.Select(l => l.GrantedShareByCount).OfType<decimal>()]),
            Deviations(FairBurden.Nights), Deviations(FairBurden.Weekends), Deviations(FairBurden.Holidays));
    }

    private static Dictionary<EmployeeId, BurdenLine> Burden(RosterProblem problem, FairBurden burden, Func<EmployeeId, int> count)
    {
        var basis = FairShareBasis.For(problem, burden);
        var sharers = basis.Employees.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var all = basis.Employees.Sum(id => (Hundred * count(id)) + problem.Ledger.For(id).Over(burden));
        return problem.Employees.ToDictionary(e => e.Id, e =>
        {
            var worked = count(e.Id);
            var carried = problem.Ledger.For(e.Id).Over(burden);
            if (!sharers.TryGetValue(e.Id, out var i) || basis.TotalWeight == 0) return new BurdenLine(worked, null, carried, carried);
            // Fair share in hundredths: weight × (100·N + C) ÷ W − own carry; what is carried out is the cumulative over-share.
            var fairHundredths = ((decimal)basis.Weights[i] * all / basis.TotalWeight) - carried;
            var over = (long)Math.Round((Hundred * worked) - fairHundredths, MidpointRounding.AwayFromZero);
            return new BurdenLine(worked, fairHundredths / Hundred, carried, over);
        });
    }
}
