using BenchmarkDotNet.Attributes;
using NodaTime;
using Scheduling.Domain;
using Scheduling.Domain.Files;
using Scheduling.Domain.Replacements;

namespace Scheduling.Benchmarks;

/// <summary>
/// Time to the ranked list of replacements for one shift a sick call opens, at the largest size (150 staff × 112
/// days): every other employee checked alone with the shift added to their roster (<see cref="ReplacementFinder"/>).
/// The unit is the quality runner's generated one, written first with
/// <c>dotnet run -c Release --project benchmarks/Scheduling.Quality -- --generate 150x112 --seed 1 --write FILE</c>
/// and named by $SCHEDULING_REPLACEMENT_UNIT; the roster is <see cref="RotationRoster"/>. Baseline: one check of the
/// whole roster by the rule checker, what a single candidate would cost if each were checked over the whole unit.
/// </summary>
[MemoryDiagnoser]
public class ReplacementBenchmarks
{
    public const string UnitVariable = "SCHEDULING_REPLACEMENT_UNIT";

    private RosterProblem problem = null!;
    private Roster roster = null!;
    private OpenedShift opened = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Environment.GetEnvironmentVariable(UnitVariable)
            ?? throw new InvalidOperationException($"set {UnitVariable} to a generated unit's file (see the class's doc comment)");
        problem = ProblemFileReader.Read(File.ReadAllText(path));
        roster = RotationRoster.Build(problem);
        // A shift in the middle of the period: its employee calls in sick and is unavailable that day.
        var middle = problem.Period.DateOf(problem.Period.Days / 2);
        var shift = roster.Assignments.First(a => a.Date == middle);
        opened = new OpenedShift(shift.Employee, shift.Date, shift.Shift);
        problem = problem.WithUnavailability([.. problem.Unavailability, new Unavailability(shift.Employee, shift.Date)]);
    }

    [Benchmark(Baseline = true)]
    public int CheckWholeRosterOnce() => Scheduling.Domain.Checking.RuleChecker.Evaluate(problem, roster).Violations.Length;

    [Benchmark]
    public int RankedReplacements() => ReplacementFinder.Find(problem, roster, opened, opened.Date.PlusDays(-1)).Candidates.Length;
}
