using Scheduling.Domain;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Files;
using Scheduling.Domain.Reporting;
using Scheduling.Domain.Units;
using Scheduling.Solver;

namespace Scheduling.Quality.Units;

/// <summary>
/// Measures resource shifts across a municipality (the <c>municipality</c> argument): a generated municipality
/// (<see cref="MunicipalityGenerator"/>) planned as one problem, with pool shifts (staff may work at the nearby units and
/// the pool, <c>pool-order</c> in the pack) and without (each at their home unit), at the same time limit. For each roster:
/// the substitutes' hours and cost (the cost model's, for the need left below the minimum), the over-cover hours, the
/// hours in resource shifts, the different staff per resident group and week, when the first roster came, the whole
/// solve's seconds and the process's peak working set so far.
/// </summary>
/// <remarks>
/// Arguments: <c>municipality [--units 4] [--days 28] [--seed 1] [--time-limit 60] [--workers 2] [--write DIR] [--log FILE]</c>:
/// each variant is one solve of <c>--time-limit</c> (the solver's municipality path: the units planned apart, joined, then
/// the pool phase); <c>--log</c> writes the solver's log to FILE;
/// <c>--write</c> also writes both problem files (<c>municipality-with-pool.json</c>, <c>municipality-without-pool.json</c>).
/// </remarks>
public static class MunicipalityMeasure
{
    public const string Argument = "municipality";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        int units = 4, days = 28, seed = 1, workers = 2;
        double limit = 60;
        string? write = null, log = null;
        try
        {
            for (var i = 1; i < args.Count; i++)
            {
                string Value() => i + 1 < args.Count ? args[++i] : throw new UsageException($"{args[i]} needs a value");
                switch (args[i])
                {
                    case "--units": units = RunnerOptions.Whole(args[i], Value(), 2, 60); break;
                    case "--days": days = RunnerOptions.Whole(args[i], Value(), UnitSize.MinDays, UnitSize.MaxDays); break;
                    case "--seed": seed = RunnerOptions.Whole(args[i], Value(), 0, 1_000_000); break;
                    case "--workers": workers = RunnerOptions.Whole(args[i], Value(), 1, 64); break;
                    case "--time-limit": limit = RunnerOptions.Seconds(Value()); break;
                    case "--write": write = Value(); break;
                    case "--log": log = Value(); break;
                    default: throw new UsageException($"unknown argument '{args[i]}'");
                }
            }
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return QualityRunner.BadArguments;
        }

        var withFile = MunicipalityGenerator.Generate(units, days, seed, poolShifts: true);
        var withoutFile = MunicipalityGenerator.Generate(units, days, seed, poolShifts: false);
        if (write is not null)
        {
            ProblemFileWriter.WriteFile(withFile, Path.Combine(write, "municipality-with-pool.json"));
            ProblemFileWriter.WriteFile(withoutFile, Path.Combine(write, "municipality-without-pool.json"));
        }

        var with = ProblemFileReader.Map(withFile);
        var without = ProblemFileReader.Map(withoutFile);
        using var logFile = log is null ? null : new StreamWriter(log) { AutoFlush = true };
        var options = new SolverOptions { TimeLimit = TimeSpan.FromSeconds(limit), Workers = workers, Seed = seed, Log = logFile is null ? null : line => { lock (logFile) logFile.WriteLine(line); } };
        stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{with.Name}: {with.Employees.Length} staff in {with.Units.Length} units; each variant {limit:0} s ({with.Employees.Length * days * with.Templates.Length} employee x day x template cells), {workers} workers, {Environment.ProcessorCount} cores"));

        // Both variants are planned by parts (each unit with its own staff) and joined; with pool shifts the pool phase then
        // moves shifts to the units that lack them (RosterSolver's municipality path).
        stdout.WriteLine("variant              status     objective  substitutes h  substitutes kr  over-cover h  pool h  staff/group-week mean  max  first s  total s  peak MiB");
        foreach (var (name, problem) in new[] { ("without pool shifts", without), ("with pool shifts", with) })
        {
            var result = RosterSolver.Solve(problem, options);
            var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024);
            if (result.Roster is null)
            {
                stdout.WriteLine($"{name,-20} {result.Status,-10} no roster");
                continue;
            }

            Write(stdout, name, result.Status.ToString(), result.Objective, Measure(with, result.Roster));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {result.FirstSolutionTime?.TotalSeconds,7:0.0}  {result.TotalTime.TotalSeconds,7:0.0}  {peak,8}"));
        }

        return 0;
    }

    private static void Write(TextWriter stdout, string name, string status, long? objective, MunicipalityFigures m) =>
        stdout.Write(string.Create(CultureInfo.InvariantCulture,
            $"{name,-20} {status,-10} {objective,9}  {m.SubstituteMinutes / 60.0,13:0.0}  {m.SubstituteKronor,14}  {m.OverCoverMinutes / 60.0,12:0.0}  {m.PoolMinutes / 60.0,6:0.0}  {m.StaffMean,21:0.00}  {m.StaffMax,3}"));

    /// <summary>What one roster of the municipality leaves to substitutes, puts above the need, works in resource shifts, and how many faces each group meets.</summary>
    public static MunicipalityFigures Measure(RosterProblem problem, Roster roster)
    {
        var substitutes = RosterCost.Compute(problem, roster).Lines.Where(l => l.Kind == CostKind.Substitutes).ToList();
        var pool = PoolReport.Build(problem, roster) ?? throw new InvalidOperationException("a municipality has several units");
        var staff = ContinuityMeasure.DistinctPerGroupWeek(problem, roster);
        return new MunicipalityFigures(substitutes.Sum(l => l.Minutes), substitutes.Sum(l => l.WholeKronor), pool.OverCoverMinutes, pool.PoolMinutes,
            staff.Count == 0 ? 0 : staff.Average(), staff.DefaultIfEmpty(0).Max());
    }
}
