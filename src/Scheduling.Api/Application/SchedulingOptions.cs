namespace Scheduling.Api.Application;

/// <summary>The service's settings (section "Scheduling" of the configuration).</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>Where the SQLite file lives; relative paths are relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Wish pricings run at once on this node (see <see cref="Review.WishPrices"/>). Default: one per two cores (at least one).</summary>
    public int Concurrency { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>
    /// Solve jobs this node runs at once: its Hangfire server's workers. Default 1: CP-SAT's workers already share the
    /// cores of one solve; two solves on the same cores each get half and both slow down. Add nodes to solve more at once;
    /// 0: this node takes jobs in and answers calls, and leaves the solving to the others.
    /// </summary>
    public int SolveWorkers { get; set; } = 1;

    /// <summary>Jobs that may wait in the queue, counted over every node on the store; past it StartSolve answers RESOURCE_EXHAUSTED.</summary>
    public int QueueCapacity { get; set; } = 16;

    /// <summary>
    /// How long, in seconds, a job delivered to a worker stays invisible to the others before the queue delivers it again.
    /// On PostgreSQL the holder's Hangfire heartbeat slides it on while the solve lives, so it is how soon a job of a node
    /// that died is run elsewhere; on SQLite (whose Hangfire storage has no heartbeat) a long solve is also delivered
    /// again this often, and the delivery does nothing while the holder's lease lives.
    /// </summary>
    public double RedeliverySeconds { get; set; } = 60;

    /// <summary>
    /// How often, in seconds, each node looks for a stored QUEUED job that the queue does not hold (its process died
    /// between storing and queueing it) and queues it again; the first look is at start.
    /// </summary>
    public double QueueRepairSeconds { get; set; } = 300;

    /// <summary>How old, in seconds, a QUEUED job must be before the queue repair may queue it again (a job being admitted is queued at once).</summary>
    public double QueueRepairGraceSeconds { get; set; } = 30;

    /// <summary>How often, in seconds, an idle worker looks for a job, and a job to retry later is put back in the queue.</summary>
    public double QueuePollSeconds { get; set; } = 1;

    /// <summary>Default time limit of a solve, in seconds.</summary>
    public double DefaultTimeLimitSeconds { get; set; } = 30;

    /// <summary>Most time a request may ask for, in seconds.</summary>
    public double MaxTimeLimitSeconds { get; set; } = 600;

    /// <summary>Default CP-SAT workers of a solve.</summary>
    public int DefaultWorkers { get; set; } = 8;

    /// <summary>Largest request message, in bytes (gRPC and JSON).</summary>
    public int MaxMessageBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>
    /// Largest problem (<see cref="ProblemSize"/>): employees × days × shift templates, plus the demand curve's slots
    /// (patterns × days × slots a day), wishes, pins, preferences, unavailable days and shift demand rows.
    /// </summary>
    public long MaxModelCells { get; set; } = 2_000_000;

    /// <summary>
    /// The service's address as calendar apps reach it (e.g. <c>https://schema.example.se</c>), the start of a calendar
    /// feed's URL; empty: the scheme and host the CreateMyCalendarFeed request came to.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Requests one client address may make to calendar feed URLs per <see cref="CalendarFeedWindowSeconds"/>; past it 429.</summary>
    public int CalendarFeedRequests { get; set; } = 30;

    /// <summary>The window <see cref="CalendarFeedRequests"/> counts in, in seconds.</summary>
    public int CalendarFeedWindowSeconds { get; set; } = 60;

    /// <summary>Most CP-SAT workers a request may ask for (more only share the same cores).</summary>
    public int MaxWorkers { get; set; } = 8;

    /// <summary>Solve jobs one caller (a token's <c>sub</c>) may have queued or running at once; past it RESOURCE_EXHAUSTED.</summary>
    public int MaxJobsPerCaller { get; set; } = 4;

    /// <summary>How long a wish pricing waits for one of the <see cref="Concurrency"/> pricing slots before RESOURCE_EXHAUSTED, in seconds.</summary>
    public double PricingWaitSeconds { get; set; } = 10;

    /// <summary>How often a job may be restarted after the server stopped while it ran; then it fails.</summary>
    public int MaxRestarts { get; set; } = 2;

    /// <summary>Most wishes (and unavailable days) one employee may have in one period; past it SubmitMyWishes is INVALID_ARGUMENT.</summary>
    public int MaxWishesPerPeriod { get; set; } = 60;

    /// <summary>Most standing preferences one employee may have.</summary>
    public int MaxStandingPreferences { get; set; } = 20;

    /// <summary>
    /// How long a process's hold on its jobs lasts without renewal, in seconds (renewed every third of it). Another
    /// process on the same data directory takes over a job only after that (or at once when the owner process on
    /// this host has ended).
    /// </summary>
    public double JobLeaseSeconds { get; set; } = 30;

    /// <summary>
    /// How often, in seconds, a running job's latest progress is stored and its cancel request looked for, and how often
    /// a watcher or a cancel on another node (one that does not hold the job) reads the job from the store.
    /// </summary>
    public double ProgressStoreSeconds { get; set; } = 1;

    /// <summary><see cref="ProgressStoreSeconds"/> as the wait between two looks at the store, kept between 50 ms and a minute.</summary>
    public TimeSpan ProgressInterval => TimeSpan.FromSeconds(Math.Clamp(ProgressStoreSeconds, 0.05, 60));

    /// <summary>How long a job's final write is retried (a busy database) before the job is failed, in seconds.</summary>
    public double WriteRetrySeconds { get; set; } = 30;

    /// <summary>
    /// Reverse proxies (IP addresses, or networks as <c>10.0.0.0/8</c>) whose X-Forwarded-Proto and X-Forwarded-For are
    /// believed, besides loopback: behind a TLS proxy the pages then see HTTPS and the sign-in cookie is Secure.
    /// </summary>
    public string[] TrustedProxies { get; set; } = [];

    /// <summary>A problem file loaded as a unit on first run (relative to the app's folder); empty: none.</summary>
    public string? ExampleFile { get; set; }

    /// <summary>The id of the example unit.</summary>
    public string ExampleUnitId { get; set; } = "solbacken";
}
