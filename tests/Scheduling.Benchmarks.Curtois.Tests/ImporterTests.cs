using System.Globalization;
using NodaTime;
using Scheduling.Domain;
using Scheduling.Domain.Rules;

namespace Scheduling.Benchmarks.Curtois.Tests;

public class ImporterTests
{
    /// <summary>
    /// The data lines of each section, counted straight from the text with no help from the importer:
    /// a line is data when it is neither blank, a comment, nor a section header.
    /// </summary>
    private static Dictionary<string, List<string[]>> SectionsOf(string path)
    {
        var sections = new Dictionary<string, List<string[]>>();
        List<string[]>? current = null;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line.StartsWith("SECTION_", StringComparison.Ordinal)) sections[line] = current = [];
            else current!.Add(line.Split(','));
        }

        return sections;
    }

    private static string[] BestKnownRow(string instance) =>
        File.ReadLines(SharedInstances.PathOf("BEST_KNOWN.csv")).Select(l => l.Split(',')).Single(f => f[0] == instance);

    [Theory]
    [MemberData(nameof(SharedInstances.All), MemberType = typeof(SharedInstances))]
    public void Every_instance_imports_with_the_counts_of_its_file(string instance)
    {
        var path = SharedInstances.PathOf(instance + ".txt");
        var sections = SectionsOf(path);

        var problem = CurtoisImporter.Load(path);

        Assert.Equal(instance, problem.Name);
        Assert.Equal(int.Parse(sections["SECTION_HORIZON"].Single()[0], CultureInfo.InvariantCulture), problem.Period.Days);
        Assert.Equal(sections["SECTION_SHIFTS"].Count, problem.Templates.Length);
        Assert.Equal(sections["SECTION_STAFF"].Count, problem.Employees.Length);
        Assert.Equal(sections["SECTION_DAYS_OFF"].Sum(f => f.Skip(1).Count(d => d.Length > 0)), problem.Unavailability.Length);
        Assert.Equal(sections["SECTION_SHIFT_ON_REQUESTS"].Count, problem.Wishes.Count(w => w.Kind == WishKind.ShiftOn));
        Assert.Equal(sections["SECTION_SHIFT_OFF_REQUESTS"].Count, problem.Wishes.Count(w => w.Kind == WishKind.ShiftOff));
        Assert.Equal(sections["SECTION_COVER"].Count, problem.ShiftDemands.Length);
        Assert.Equal(sections["SECTION_SHIFTS"].Sum(f => f[2].Split('|', StringSplitOptions.RemoveEmptyEntries).Length),
            problem.Rules.Get<ForbiddenSuccessionsRule>()!.Successions.Length);

        // The provenance table counts days, staff and shift types too: a second, outside witness.
        var known = BestKnownRow(instance);
        Assert.Equal(int.Parse(known[1], CultureInfo.InvariantCulture), problem.Period.Days);
        Assert.Equal(int.Parse(known[2], CultureInfo.InvariantCulture), problem.Employees.Length);
        Assert.Equal(int.Parse(known[3], CultureInfo.InvariantCulture), problem.Templates.Length);
    }

    [Theory]
    [MemberData(nameof(SharedInstances.All), MemberType = typeof(SharedInstances))]
    public void Every_staff_row_keeps_its_ids_and_limits(string instance)
    {
        var path = SharedInstances.PathOf(instance + ".txt");
        var sections = SectionsOf(path);

        var problem = CurtoisImporter.Load(path);

        Assert.Equal(sections["SECTION_SHIFTS"].Select(f => f[0]), problem.Templates.Select(t => t.Code.Value));
        Assert.All(sections["SECTION_SHIFTS"], f => Assert.Equal(Duration.FromMinutes(int.Parse(f[1], CultureInfo.InvariantCulture)), problem.TemplateByCode[new ShiftCode(f[0])].Length));
        foreach (var f in sections["SECTION_STAFF"])
        {
            var e = problem.EmployeeById[new EmployeeId(f[0])];
            var maxShifts = f[1].Split('|').Select(p => p.Split('=')).ToDictionary(p => new ShiftCode(p[0]), p => int.Parse(p[1], CultureInfo.InvariantCulture));
            Assert.Equal(maxShifts.OrderBy(kv => kv.Key.Value), e.Limits.MaxShiftsPerTemplate.OrderBy(kv => kv.Key.Value));
            Assert.Equal(Duration.FromMinutes(int.Parse(f[2], CultureInfo.InvariantCulture)), e.Contract.MaximumTotal);
            Assert.Equal(Duration.FromMinutes(int.Parse(f[3], CultureInfo.InvariantCulture)), e.Contract.MinimumTotal);
            Assert.Equal(int.Parse(f[4], CultureInfo.InvariantCulture), e.Limits.MaxConsecutiveDays);
            Assert.Equal(int.Parse(f[5], CultureInfo.InvariantCulture), e.Limits.MinConsecutiveDays);
            Assert.Equal(int.Parse(f[6], CultureInfo.InvariantCulture), e.Limits.MinConsecutiveDaysOff);
            Assert.Equal(int.Parse(f[7], CultureInfo.InvariantCulture), e.Limits.MaxWeekends);
        }
    }

    [Fact]
    public void Requests_and_cover_keep_their_days_shifts_and_weights()
    {
        var problem = CurtoisImporter.Load(SharedInstances.PathOf("Instance2.txt"));

        // Lines of Instance2.txt: "A,5,L,1" (on), "G,3,E,2" (off), "2,L,6,100,1" (cover).
        Assert.Contains(problem.Wishes, w => w is { Kind: WishKind.ShiftOn, Weight: 1 } && w.Employee.Value == "A" && w.Shift!.Value.Value == "L" && CurtoisCalendar.DayOf(w.Date) == 5);
        Assert.Contains(problem.Wishes, w => w is { Kind: WishKind.ShiftOff, Weight: 2 } && w.Employee.Value == "G" && w.Shift!.Value.Value == "E" && CurtoisCalendar.DayOf(w.Date) == 3);
        Assert.Contains(problem.ShiftDemands, d => d is { Required: 6, UnderWeight: 100, OverWeight: 1 } && d.Shift.Value == "L" && CurtoisCalendar.DayOf(d.Date) == 2);
        Assert.Contains(problem.Unavailability, u => u.Employee.Value == "A" && CurtoisCalendar.DayOf(u.Date) == 3);
    }

    [Fact]
    public void Every_benchmark_constraint_is_hard_and_only_cover_and_requests_cost()
    {
        var problem = CurtoisImporter.Load(SharedInstances.PathOf("Instance2.txt"));

        var soft = problem.Rules.Rules.Where(r => !r.Enforcement.IsHard).Select(r => r.Id).Order().ToList();
        Assert.Equal([RuleIds.ShiftCover, RuleIds.Wishes], soft);
        Assert.All(problem.Rules.Rules.Where(r => !r.Enforcement.IsHard), r => Assert.Equal(1, r.Enforcement.Weight));
        Assert.False(problem.Rules.Get<MinConsecutiveDaysRule>()!.BindAtHorizonEdges);
        Assert.False(problem.Rules.Get<MinConsecutiveDaysOffRule>()!.BindAtHorizonEdges);
        Assert.Null(problem.Rules.Get<DailyRestRule>());
    }

    [Fact]
    public void Day_zero_is_a_monday_in_utc_and_days_map_both_ways()
    {
        var problem = CurtoisImporter.Load(SharedInstances.PathOf("Instance4.txt"));

        Assert.Equal(IsoDayOfWeek.Monday, problem.Period.Start.DayOfWeek);
        Assert.Equal(CurtoisCalendar.FirstDay, problem.Period.Start);
        Assert.Equal(DateTimeZone.Utc, problem.Period.Zone);
        Assert.All(Enumerable.Range(0, problem.Period.Days), d =>
        {
            Assert.Equal(problem.Period.DateOf(d), CurtoisCalendar.DateOf(d));
            Assert.Equal(d, CurtoisCalendar.DayOf(CurtoisCalendar.DateOf(d)));
        });
        Assert.Equal(IsoDayOfWeek.Saturday, CurtoisCalendar.DateOf(5).DayOfWeek);
        Assert.Equal(IsoDayOfWeek.Sunday, CurtoisCalendar.DateOf(27).DayOfWeek);
    }

    [Fact]
    public void Templates_start_at_midnight_and_last_their_minutes()
    {
        var problem = CurtoisImporter.Load(SharedInstances.PathOf("Instance24.txt"));

        Assert.All(problem.Templates, t => Assert.Equal(LocalTime.Midnight, t.Start));
        Assert.Contains(problem.Templates, t => t.Code.Value == "a4" && t.Length == Duration.FromMinutes(720));
    }
}
