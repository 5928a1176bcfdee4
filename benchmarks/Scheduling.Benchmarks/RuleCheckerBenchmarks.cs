using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Scheduling.Domain;
using Scheduling.Domain.Checking;

namespace Scheduling.Benchmarks;

/// <summary>
/// Rule-checker throughput: rosters evaluated per second (the Op/s column). Instance8 with its published
/// roster (28 days × 30 staff), Instance20 with a deterministic greedy roster (182 days × 50 staff).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class RuleCheckerBenchmarks
{
    private RosterProblem problem = null!;
    private Roster roster = null!;

    [Params("Instance8", "Instance20")]
    public string Instance { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        problem = Instances.Load(Instance);
        roster = Instance == "Instance8" ? Instances.PublishedRoster(Instance, problem) : GreedyRoster.Build(problem);
    }

    [Benchmark]
    public Evaluation Evaluate() => RuleChecker.Evaluate(problem, roster);

    private sealed class ThroughputConfig : ManualConfig
    {
        public ThroughputConfig() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
