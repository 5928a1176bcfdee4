using NodaTime.Text;
using Scheduling.Domain;
using Scheduling.Domain.Review;
using Scheduling.Solver;

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
    /// Prices <paramref name="query"/> against <paramref name="roster"/> within <paramref name="timeLimit"/> (null:
    /// <see cref="DefaultSeconds"/>). With <paramref name="inProblemOnly"/>, a wish the roster's problem does not have is
    /// FAILED_PRECONDITION (an employee prices their own wishes only).
    /// </summary>
    public async Task<PricedWish> PriceAsync(RosterVersion roster, WishQuery? query, TimeSpan? timeLimit, CancellationToken cancellation, bool inProblemOnly = false)
    {
        var limit = TimeLimit(timeLimit);
        if (query is null) throw ApiErrors.InvalidArgument("wish", "is required");
        var problem = await versions.ProblemAsync(roster, cancellation).ConfigureAwait(false);
        var wish = ToDomain(problem, query);
        var known = problem.Wishes.FirstOrDefault(w => w.Employee == wish.Employee && w.Date == wish.Date && w.Kind == wish.Kind && w.Shift == wish.Shift);
        if (known is null && inProblemOnly)
            throw ApiErrors.FailedPrecondition($"{roster.Name} was solved without this wish (submitted later?); it can be priced against a roster solved after it",
                [new ProblemError("wish", "not in the roster's problem")], "WISH");
        wish = known ?? wish;

        using var slot = await SlotAsync(cancellation).ConfigureAwait(false);
        var started = System.Diagnostics.Stopwatch.StartNew();
        var solverOptions = new SolverOptions { TimeLimit = limit, Workers = options.Value.DefaultWorkers };
        WishCost priced;
        try
        {
            priced = await Task.Run(() => WishPricing.CostToGrant(problem, roster.Assignments, wish, solverOptions, cancellation), cancellation).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException && cancellation.IsCancellationRequested)
        {
            // A search stopped half-way may fail in its own way; the call is over either way.
            throw new OperationCanceledException("the pricing was cancelled", ex, cancellation);
        }

        cancellation.ThrowIfCancellationRequested();
        return new PricedWish(priced, limit, started.Elapsed);
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

    private static TimeSpan TimeLimit(TimeSpan? requested)
    {
        if (requested is not { } limit) return TimeSpan.FromSeconds(DefaultSeconds);
        if (limit <= TimeSpan.Zero || limit.TotalSeconds > MaxSeconds) throw ApiErrors.InvalidArgument("timeLimit", $"must be above 0 s and at most {MaxSeconds} s");
        return limit;
    }

    private static Wish ToDomain(RosterProblem problem, WishQuery query)
    {
        var errors = new List<ProblemError>();
        if (!problem.EmployeeById.ContainsKey(new EmployeeId(query.Employee))) errors.Add(new("wish.employee", $"'{query.Employee}' is not an employee of this roster"));
        var date = LocalDatePattern.Iso.Parse(query.Date);
        if (!date.Success || !problem.Period.Contains(date.Value)) errors.Add(new("wish.date", $"'{query.Date}' is not a date (yyyy-MM-dd) in the roster's period"));
        if (query.Kind is null) errors.Add(new("wish.kind", "is required: SHIFT_ON, SHIFT_OFF or DAY_OFF"));
        if (query.Kind is WishKind.ShiftOn or WishKind.ShiftOff && !problem.TemplateByCode.ContainsKey(new ShiftCode(query.Shift)))
            errors.Add(new("wish.shift", $"'{query.Shift}' is not a shift code of this roster"));
        if (query.Kind is WishKind.DayOff && query.Shift.Length > 0) errors.Add(new("wish.shift", "must be empty for DAY_OFF"));
        if (query.Weight < 0) errors.Add(new("wish.weight", $"must not be negative, was {query.Weight}"));
        if (errors.Count > 0) throw ApiErrors.InvalidArgument(errors);
        return new Wish(new EmployeeId(query.Employee), date.Value, query.Kind!.Value, query.Kind == WishKind.DayOff ? null : new ShiftCode(query.Shift), query.Weight ?? 1);
    }

    public void Dispose() => gate.Dispose();
}
