using BenchmarkDotNet.Running;

// Pick benchmarks with BenchmarkDotNet's own switches, e.g. --filter '*RuleChecker*' --job short.
BenchmarkSwitcher.FromAssembly(typeof(Scheduling.Benchmarks.Instances).Assembly).Run(args);
