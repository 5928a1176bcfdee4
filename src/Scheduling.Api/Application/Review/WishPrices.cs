using NodaTime.Text;
using Scheduling.Api.Mapping;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Solver;
using Duration = Google.Protobuf.WellKnownTypes.Duration;
using Wish = Scheduling.Domain.Wish;
using WishCost = Scheduling.Api.V1.WishCost;

namespace Scheduling.Api.Application.Review;

/// <summary>
/// What granting a wish would cost against a roster (<see cref="WishPricing.CostToGrant"/>): a bounded re-solve
/// in the call (default <see cref="DefaultSeconds"/>, at most <see cref="MaxSeconds"/>), stopped by the call's
/// cancellation or deadline, at most <see cref="SchedulingOptions.Concurrency"/> at once; a call that finds no slot free
/// within <see cref="SchedulingOptions.PricingWaitSeconds"/> is RESOURCE_EXHAUSTED.
/// </summary>
public sealed class WishPrices(RosterVersions versions, IOptions<SchedulingOptions> options) : IDisposable
{
    public const double DefaultSeconds = 10, MaxSeconds = 60;

    private readonly SemaphoreSlim gate = new(Math.Max(1, options.Value.Concurrency));

    /// <summary>
    /// Prices <paramref name="spec"/> against <paramref name="roster"/>. With <paramref name="inProblemOnly"/>, a wish
    /// the roster's problem does not have is FAILED_PRECONDITION (an employee prices their own wishes only).
    /// </summary>
    public async Task<WishCost> PriceAsync(V1.Roster roster, WishSpec? spec, Duration? timeLimit, CancellationToken cancellation, bool inProblemOnly = false)
    {
        var limit = TimeLimit(timeLimit);
        if (spec is null) throw ApiErrors.InvalidArgument("wish", "is required");
        var problem = await versions.ProblemAsync(roster, cancellation).ConfigureAwait(false);
        var wish = ToDomain(problem, spec);
        var known = problem.Wishes.FirstOrDefault(w => w.Employee == wish.Employee && w.Date == wish.Date && w.Kind == wish.Kind && w.Shift == wish.Shift);
        if (known is null && inProblemOnly)
            throw ApiErrors.FailedPrecondition($"{roster.Name} was solved without this wish (submitted later?); it can be priced against a roster solved after it",
                [new ProblemError("wish", "not in the roster's problem")], "WISH");
        wish = known ?? wish;

        var current = RosterMapping.Assignments(roster);
        using var slot = await SlotAsync(cancellation).ConfigureAwait(false);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var solverOptions = new SolverOptions { TimeLimit = limit, Workers = options.Value.DefaultWorkers };
        Solver.WishCost priced;
        try
        {
            priced = await Task.Run(() => WishPricing.CostToGrant(problem, current, wish, solverOptions, cancellation), cancellation).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && cancellation.IsCancellationRequested)
        {
            // A search stopped half-way may fail in its own way; the call is over either way.
            throw new OperationCanceledException("the pricing was cancelled", ex, cancellation);
        }

        cancellation.ThrowIfCancellationRequested();
        var cost = ToProto(roster.Name, spec, priced);
        cost.TimeLimit = Duration.FromTimeSpan(limit);
        cost.Elapsed = Duration.FromTimeSpan(started.Elapsed);
        return cost;
    }

    /// <summary>
    /// One of the <see cref="SchedulingOptions.Concurrency"/> pricing slots, held until disposed; RESOURCE_EXHAUSTED when
    /// none frees within <see cref="SchedulingOptions.PricingWaitSeconds"/> (a pricing runs beside the solve queue, so
    /// waiting callers must not pile up behind it).
    /// </summary>
    public async Task<IDisposable> SlotAsync(CancellationToken cancellation)
    {
        var wait = TimeSpan.FromSeconds(Math.Max(0, options.Value.PricingWaitSeconds));
        if (!await gate.WaitAsync(wait, cancellation).ConfigureAwait(false))
            throw ApiErrors.ResourceExhausted($"every pricing slot ({Math.Max(1, options.Value.Concurrency)}) stayed busy for {wait.TotalSeconds:0.#} s; try again later", TimeSpan.FromSeconds(10));
        return new Slot(gate);
    }

    private sealed class Slot(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0) gate.Release();
        }
    }

    private static TimeSpan TimeLimit(Duration? requested)
    {
        if (requested is null) return TimeSpan.FromSeconds(DefaultSeconds);
        if (requested.Seconds < 0 || requested.Nanos is < 0 or > 999_999_999 || requested.ToTimeSpan() <= TimeSpan.Zero || requested.ToTimeSpan().TotalSeconds > MaxSeconds)
            throw ApiErrors.InvalidArgument("timeLimit", $"must be above 0 s and at most {MaxSeconds} s");
        return requested.ToTimeSpan();
    }

    private static Wish ToDomain(RosterProblem problem, WishSpec spec)
    {
        var errors = new List<ProblemError>();
        if (!problem.EmployeeById.ContainsKey(new EmployeeId(spec.Employee ?? ""))) errors.Add(new("wish.employee", $"'{spec.Employee}' is not an employee of this roster"));
        var date = LocalDatePattern.Iso.Parse(spec.Date ?? "");
        if (!date.Success || !problem.Period.Contains(date.Value)) errors.Add(new("wish.date", $"'{spec.Date}' is not a date (yyyy-MM-dd) in the roster's period"));
        var kind = spec.Kind switch
        {
            V1.WishKind.ShiftOn => Domain.WishKind.ShiftOn,
            V1.WishKind.ShiftOff => Domain.WishKind.ShiftOff,
            V1.WishKind.DayOff => Domain.WishKind.DayOff,
            _ => (Domain.WishKind?)null,
        };
        if (kind is null) errors.Add(new("wish.kind", "is required: SHIFT_ON, SHIFT_OFF or DAY_OFF"));
        if (kind is Domain.WishKind.ShiftOn or Domain.WishKind.ShiftOff && !problem.TemplateByCode.ContainsKey(new ShiftCode(spec.Shift ?? "")))
            errors.Add(new("wish.shift", $"'{spec.Shift}' is not a shift code of this roster"));
        if (kind is Domain.WishKind.DayOff && !string.IsNullOrEmpty(spec.Shift)) errors.Add(new("wish.shift", "must be empty for DAY_OFF"));
        if (spec.HasWeight && spec.Weight < 0) errors.Add(new("wish.weight", $"must not be negative, was {spec.Weight}"));
        if (errors.Count > 0) throw ApiErrors.InvalidArgument(errors);
        return new Wish(new EmployeeId(spec.Employee!), date.Value, kind!.Value, kind == Domain.WishKind.DayOff ? null : new ShiftCode(spec.Shift!), spec.HasWeight ? spec.Weight : 1);
    }

    private static WishCost ToProto(string roster, WishSpec spec, Solver.WishCost cost)
    {
        var proto = new WishCost
        {
            Roster = roster,
            Wish = spec.Clone(),
            Status = SolveMapping.ToProto(cost.Status),
            PenaltyBefore = cost.PenaltyBefore,
            MinutesBelowMinimumBefore = cost.MinutesShortOfMinimumBefore,
            MinutesBelowIdealBefore = cost.MinutesShortOfIdealBefore,
            Changes =
            {
                cost.Changes.Select(c => new MovedShift { Employee = c.Employee.Value, Date = RosterMapping.Date(c.Date), ShiftBefore = c.Before?.Value ?? "", ShiftAfter = c.After?.Value ?? "" }),
            },
            AffectedEmployees = { cost.OthersAffected.Select(e => e.Value).Order(StringComparer.Ordinal) },
            OtherChanges = cost.Changes.Count(c => c.Employee != cost.Wish.Employee),
            OtherEmployeesAffected = cost.OthersAffected.Length,
            Conflicts = { cost.Conflicts.Select(SolveMapping.ToProto) },
        };
        proto.PenaltyDifferenceByRule.Add(cost.PenaltyDifferenceByRule);
        if (cost.PenaltyAfter is { } after) proto.PenaltyAfter = after;
        if (cost.PenaltyDifference is { } difference) proto.PenaltyDifference = difference;
        if (cost.CoverageDifferenceMinutes is { } minimum) proto.MinutesBelowMinimumDifference = minimum;
        if (cost.MinutesShortOfIdealAfter is { } ideal) proto.MinutesBelowIdealDifference = ideal - cost.MinutesShortOfIdealBefore;
        return proto;
    }

    public void Dispose() => gate.Dispose();
}
