using NodaTime;
using Scheduling.Domain;
using Scheduling.Domain.Files;
using Scheduling.Domain.Rules;
using Scheduling.Quality.Units;

namespace Scheduling.Quality.Tests;

public class UnitGeneratorTests
{
    private static readonly ShiftCode Night = new(UnitGenerator.Night);
    private static readonly CompetenceId Medication = new("med");

    public static TheoryData<int, int, int> Sizes() => new() { { 7, 28, 0 }, { 20, 28, 1 }, { 50, 28, 2 }, { 150, 112, 3 } };

    private static bool IsNightWorker(Employee e) => e.Limits.MaxShiftsPerTemplate.GetValueOrDefault(Night, 1) != 0;

    [Fact]
    public void The_same_seed_gives_the_same_unit_and_another_seed_another()
    {
        var size = new UnitSize(20, 28);

        var first = ProblemFileWriter.Write(UnitGenerator.GenerateFile(size, 7));
        var again = ProblemFileWriter.Write(UnitGenerator.GenerateFile(size, 7));
        var other = ProblemFileWriter.Write(UnitGenerator.GenerateFile(size, 8));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void The_written_file_reads_back_as_the_same_problem()
    {
        var unit = UnitGenerator.Generate(new UnitSize(20, 56), 4);

        var read = ProblemFileReader.Read(ProblemFileWriter.Write(unit.File));

        Assert.Equal(unit.Problem.Name, read.Name);
        Assert.Equal(unit.Problem.Period, read.Period);
        Assert.Equal(unit.Problem.Templates.AsEnumerable(), read.Templates.AsEnumerable());
        Assert.Equal(unit.Problem.DemandCurve.Slots.AsEnumerable(), read.DemandCurve.Slots.AsEnumerable());
        Assert.Equal(unit.Problem.Wishes.AsEnumerable(), read.Wishes.AsEnumerable());
        Assert.Equal(unit.Problem.Unavailability.AsEnumerable(), read.Unavailability.AsEnumerable());
        Assert.Equal(unit.Problem.Employees.Select(e => (e.Id, e.Contract.Rate, e.Contract.FullTimeWeekly, e.Contract.Tolerance)),
            read.Employees.Select(e => (e.Id, e.Contract.Rate, e.Contract.FullTimeWeekly, e.Contract.Tolerance)));
        Assert.Equal(unit.Problem.Employees.SelectMany(e => e.Competences), read.Employees.SelectMany(e => e.Competences));
        // A rule record holding an ImmutableArray compares it by reference: compare what it prints, every parameter.
        Assert.Equal(unit.Problem.Rules.Rules.Select(r => r.ToString()), read.Rules.Rules.Select(r => r.ToString()));
        Assert.Equal(
            unit.Problem.Rules.Get<MaxWeekendsRule>()!.WeekendDays.AsEnumerable(), read.Rules.Get<MaxWeekendsRule>()!.WeekendDays.AsEnumerable());
        Assert.Equal(unit.Problem.Cost!.Budget, read.Cost!.Budget);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void A_unit_has_the_period_templates_and_staff_of_the_domain(int staff, int days, int seed)
    {
        var problem = UnitGenerator.Generate(new UnitSize(staff, days), seed).Problem;

        Assert.Equal(new LocalDate(2027, 3, 1), problem.Period.Start);
        Assert.Equal(IsoDayOfWeek.Monday, problem.Period.Start.DayOfWeek);
        Assert.Equal(days, problem.Period.Days);
        Assert.Equal("Europe/Stockholm", problem.Period.Zone.Id);
        // The spring DST change (2027-03-28) lies inside every period of four weeks or more.
        Assert.True(problem.Period.Contains(new LocalDate(2027, 3, 28)));
        Assert.Equal(
            [("07:00", 510, 30), ("08:00", 300, 0), ("13:30", 480, 30), ("16:00", 330, 0), ("21:15", 600, 0)],
            problem.Templates.Select(t => (t.Start.ToString("HH:mm", null), (int)t.Length.TotalMinutes, (int)t.UnpaidBreak.TotalMinutes)));
        Assert.Equal(ShiftKind.Night, problem.TemplateByCode[Night].Kind);

        Assert.Equal(staff, problem.Employees.Length);
        var nights = problem.Employees.Where(IsNightWorker).ToList();
        Assert.Equal(Math.Max(1, (int)Math.Round(0.12 * staff, MidpointRounding.AwayFromZero)), nights.Count);
        foreach (var e in problem.Employees)
        {
            var night = IsNightWorker(e);
            // Night staff may work only nights, the others never.
            Assert.All(problem.Templates, t => Assert.Equal((t.Code == Night) != night, e.Limits.MaxShiftsPerTemplate.GetValueOrDefault(t.Code, 1) == 0));
            Assert.Equal(Duration.FromMinutes(night ? (34 * 60) + 20 : (38 * 60) + 15), e.Contract.FullTimeWeekly);
            Assert.InRange(e.Contract.Rate!.Value.Percent, 50m, 100m);
            Assert.Equal(0m, e.Contract.Rate!.Value.Percent % 5m);
            Assert.Single(e.Competences, c => c.Competence.Value is "usk" or "vbt");
        }

        Assert.True(problem.Employees.Count(e => e.Contract.Rate!.Value.Percent >= 75) > staff / 2, "most rates are 75–100 %");
        var delegated = problem.Employees.Count(e => e.Competences.Any(c => c.Competence == Medication));
        Assert.InRange(delegated, staff / 4, (staff * 3 / 4) + 1);
        Assert.Contains(nights, e => e.Competences.Any(c => c.Competence == Medication));
    }

    [Fact]
    public void Some_delegations_expire_or_begin_inside_the_period()
    {
        var problem = UnitGenerator.Generate(new UnitSize(150, 112), 0).Problem;

        var bounded = problem.Employees.SelectMany(e => e.Competences).Where(c => c.Competence == Medication && (c.ValidUntil is not null || c.ValidFrom is not null)).ToList();

        Assert.NotEmpty(bounded);
        Assert.All(bounded, c => Assert.True(problem.Period.Contains(c.ValidUntil ?? c.ValidFrom!.Value)));
        Assert.Contains(bounded, c => c.ValidUntil is not null);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Staff_hours_are_about_three_percent_above_the_ideal_need(int staff, int days, int seed)
    {
        var problem = UnitGenerator.Generate(new UnitSize(staff, days), seed).Problem;

        var targets = problem.Employees.Sum(e => e.Contract.TargetFor(days)!.Value.TotalMinutes);
        var need = problem.DemandCurve.Slots.Where(s => s.Competence is null).Sum(s => (double)s.Ideal) * problem.DemandCurve.SlotLength.TotalMinutes;

        Assert.InRange(targets / need, 1.01, 1.05);
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void The_demand_curve_has_half_hour_slots_differing_by_date_with_medication_rows(int staff, int days, int seed)
    {
        var problem = UnitGenerator.Generate(new UnitSize(staff, days), seed).Problem;
        var curve = problem.DemandCurve;
        var zone = problem.Period.Zone;
        LocalDateTime Local(DemandSlot s) => s.Start.InZone(zone).LocalDateTime;

        Assert.Equal(Duration.FromMinutes(30), curve.SlotLength);
        Assert.All(curve.Slots, s => Assert.InRange(s.Minimum, s.Competence is null && s.Ideal > 1 ? 1 : 0, s.Ideal));
        // Day to day: the all-staff profile of the weekdays is not one repeated shape.
        var profiles = curve.Slots.Where(s => s.Competence is null && Local(s).DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday))
            .GroupBy(s => Local(s).Date)
            .Select(g => string.Join(',', g.Select(s => $"{Local(s).TimeOfDay}={s.Ideal}")))
            .Distinct()
            .Count();
        Assert.True(profiles > 1);
        // Weekends need fewer than weekdays in the day.
        double DayNeed(bool weekend) => curve.Slots
            .Where(s => s.Competence is null && Local(s).Hour is >= 7 and < 21 && (Local(s).DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) == weekend)
            .Average(s => s.Ideal);
        Assert.True(DayNeed(weekend: true) < DayNeed(weekend: false));
        // Medication: 1–2 by day, 1 at night, wherever anyone is needed.
        var medication = curve.Slots.Where(s => s.Competence == Medication).ToList();
        Assert.All(medication, s => Assert.InRange(s.Minimum, 1, Local(s).Hour is >= 7 and < 21 ? 2 : 1));
        Assert.All(medication.Where(s => Local(s).Hour is < 7 or >= 22), s => Assert.Equal(1, s.Ideal));
        Assert.Equal(
            curve.Slots.Where(s => s.Competence is null).Select(s => s.Start).Order(),
            medication.Select(s => s.Start).Order());
    }

    [Fact]
    public void The_spring_night_has_an_hour_fewer_slots()
    {
        var problem = UnitGenerator.Generate(new UnitSize(150, 28), 0).Problem;
        var zone = problem.Period.Zone;

        int NightSlots(LocalDate date) => problem.DemandCurve.Slots.Count(s =>
            s.Competence is null && s.Start >= (date + new LocalTime(21, 30)).InZoneLeniently(zone).ToInstant()
            && s.Start < (date.PlusDays(1) + new LocalTime(7, 0)).InZoneLeniently(zone).ToInstant());

        Assert.Equal(19, NightSlots(new LocalDate(2027, 3, 20)));
        Assert.Equal(17, NightSlots(new LocalDate(2027, 3, 27)));
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Most_staff_wish_and_every_wish_names_a_shift_they_may_work(int staff, int days, int seed)
    {
        var problem = UnitGenerator.Generate(new UnitSize(staff, days), seed).Problem;

        Assert.True(problem.Wishes.Select(w => w.Employee).Distinct().Count() >= staff * 0.6);
        Assert.All(problem.Wishes, w => Assert.Contains(w.Weight, new long[] { 10, 20, 40 }));
        Assert.All(problem.Wishes.Where(w => w.Shift is not null), w =>
            Assert.NotEqual(0, problem.EmployeeById[w.Employee].Limits.MaxShiftsPerTemplate.GetValueOrDefault(w.Shift!.Value, 1)));
        var unavailable = problem.Unavailability.Select(u => (u.Employee, u.Date)).ToHashSet();
        Assert.DoesNotContain(problem.Wishes, w => unavailable.Contains((w.Employee, w.Date)));
        Assert.Equal(problem.Wishes.Length, problem.Wishes.Select(w => (w.Employee, w.Date)).Distinct().Count());
    }

    [Theory]
    [InlineData(28, 2)]
    [InlineData(112, 8)]
    public void The_rule_pack_is_the_care_home_examples_with_every_other_weekend_of_the_period(int days, int weekends)
    {
        var problem = UnitGenerator.Generate(new UnitSize(20, days), 0).Problem;
        var example = ProblemFileReader.Read(File.ReadAllText(Path.Combine(SharedInstances.Repository, "examples", "care-home-solbacken.json")));

        Assert.Equal(example.Rules.Id, problem.Rules.Id);
        Assert.Equal(example.Rules.Rules.Select(r => (r.Id, r.Enforcement)), problem.Rules.Rules.Select(r => (r.Id, r.Enforcement)));
        Assert.Equal(weekends, problem.Rules.Get<MaxWeekendsRule>()!.DefaultMaximum);
        Assert.NotNull(problem.Cost);
        Assert.True(problem.Cost!.Budget > 0);
    }
}
