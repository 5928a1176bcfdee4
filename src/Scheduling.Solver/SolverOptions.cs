using Scheduling.Domain;

namespace Scheduling.Solver;

/// <summary>How to search.</summary>
public sealed record SolverOptions
{
    /// <summary>Wall-clock limit of the search (model building not included).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>CP-SAT workers. 8 interleaved workers beat 2 on 2 cores in our measurements: fewer skip several strategies.</summary>
    public int Workers { get; init; } = 8;

    public int Seed { get; init; }

    /// <summary>Which search to run; <see cref="SolverCore.Baseline"/> is the previous core, kept for comparison.</summary>
    public SolverCore Core { get; init; } = SolverCore.Decomposition;

    /// <summary>A roster to start from (warm start); its assignments are given to CP-SAT as a hint.</summary>
    public Roster? Hint { get; init; }

    /// <summary>
    /// Without a hint, first look for any roster that obeys the hard rules (no objective), with up to this
    /// share of the time limit, and start the optimisation from it. Finding a feasible roster of the full
    /// model is far harder for CP-SAT than of the hard rules alone (measured on the care-home example:
    /// no roster in 30 s against 1.3 s). 0 turns the phase off.
    /// </summary>
    public double FeasibilityShare { get; init; } = 0.25;

    /// <summary>
    /// The share of the time limit given to fix-and-optimise over neighbourhoods of the incumbent after
    /// CP-SAT's own search on the whole model (which keeps the rest, and stops early when it proves
    /// optimality). 0 leaves all the time to the whole-model search.
    /// </summary>
    public double NeighbourhoodShare { get; init; } = 0.75;

    /// <summary>The decomposition core's share of the time limit for column generation (the bound and the columns).</summary>
    public double GenerationShare { get; init; } = 0.3;

    /// <summary>The decomposition core's share of the time left after column generation for the integer roster from the columns.</summary>
    public double RestrictedMasterShare { get; init; } = 0.2;

    /// <summary>The decomposition core's share of the time left after its integer roster for re-planning a few people at a time against the rest.</summary>
    public double ReplanShare { get; init; } = 0.7;

    /// <summary>
    /// CP-SAT's own memory limit for the whole-model search: a safety net (OR-Tools checks it only now and then, issue
    /// #1944); the service's size limit on the request is what bounds the model.
    /// </summary>
    public int MaxMemoryMegabytes { get; init; } = 8192;

    /// <summary>Stop once (objective − bound) / objective is at most this.</summary>
    public double RelativeGap { get; init; }

    /// <summary>When the hard rules cannot all hold, find which conflict (a small set, by rule, employee and date).</summary>
    public bool ExplainInfeasibility { get; init; } = true;

    /// <summary>When the hard rules cannot all hold, still propose the least-bad roster, hard rules turned into heavy penalties.</summary>
    public bool RelaxWhenInfeasible { get; init; } = true;

    /// <summary>Penalty per unit of a hard rule broken in the relaxed solve.</summary>
    public long HardPenalty { get; init; } = 1_000_000;

    /// <summary>Wishes held as hard constraints (pricing a refused wish: what the roster loses when it is granted).</summary>
    internal ImmutableArray<Wish> ForcedWishes { get; init; } = [];

    /// <summary>
    /// The hint is a roster that keeps every hard rule (the decomposition's): the neighbourhood search starts from
    /// it at once instead of after a share of whole-model search, which at real sizes finds nothing better in it.
    /// </summary>
    internal bool HintIsStart { get; init; }

    /// <summary>A lower bound already proven (the decomposition's), shown in progress and kept as the result's bound.</summary>
    internal long? ProvenBound { get; init; }

    /// <summary>
    /// Up to this many employee × day × template cells the decomposition core searches the whole model as the
    /// baseline does: at that size CP-SAT proves optimality in seconds (the 14-day benchmark instances) and its own
    /// bound is proven. Above it the decomposition gives the bound and the first roster, and the neighbourhood
    /// search starts from that roster at once (the whole model finds nothing better in its share at those sizes).
    /// </summary>
    public long WholeModelCells { get; init; } = 1500;

    /// <summary>
    /// Below this time limit the decomposition core searches as the baseline does: building a model per employee and
    /// a first round of columns takes seconds of its own, which a very short solve does not have. At 10 s, a 5–9 s solve
    /// of the 4-week example unit (37 people) ended without a roster, while the decomposition has its first in 1.4 s
    /// (measured with the CLI, 1 worker); without one by half the limit it gives way to the baseline anyway.
    /// </summary>
    public TimeSpan DecompositionMinimumTime { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>
    /// When the whole solve must end (a <see cref="System.Diagnostics.Stopwatch"/> timestamp): the time limit plus a
    /// small grace, set once when the solve starts. Every phase's own limit (a model's build, a search, a floor of
    /// time a phase is otherwise given) is cut to it; null: no such end (a phase run on its own).
    /// </summary>
    internal long? EndsAt { get; init; }

    /// <summary>Stop at the first roster found (used by the feasibility phase).</summary>
    internal bool StopAfterFirstSolution { get; init; }

    /// <summary>Write CP-SAT's search log to this sink (null: no log).</summary>
    public Action<string>? Log { get; init; }

    public void Validate()
    {
        if (TimeLimit <= TimeSpan.Zero) throw new ArgumentException("time limit must be positive", nameof(TimeLimit));
        if (Workers is < 1 or > 64) throw new ArgumentException("workers must be between 1 and 64", nameof(Workers));
        if (FeasibilityShare is < 0 or > 0.9) throw new ArgumentException("feasibility share must be between 0 and 0.9", nameof(FeasibilityShare));
        if (NeighbourhoodShare is < 0 or > 0.95) throw new ArgumentException("neighbourhood share must be between 0 and 0.95", nameof(NeighbourhoodShare));
        if (GenerationShare is < 0 or > 0.9) throw new ArgumentException("generation share must be between 0 and 0.9", nameof(GenerationShare));
        if (RestrictedMasterShare is < 0 or > 0.9) throw new ArgumentException("restricted master share must be between 0 and 0.9", nameof(RestrictedMasterShare));
        if (ReplanShare is < 0 or > 0.95) throw new ArgumentException("re-plan share must be between 0 and 0.95", nameof(ReplanShare));
        if (MaxMemoryMegabytes is < 256 or > 1_000_000) throw new ArgumentException("memory limit must be between 256 MB and 1 TB", nameof(MaxMemoryMegabytes));
        if (RelativeGap is < 0 or > 1) throw new ArgumentException("relative gap must be between 0 and 1", nameof(RelativeGap));
        if (HardPenalty < 1) throw new ArgumentException("hard penalty must be positive", nameof(HardPenalty));
    }
}
