using System.Collections.Immutable;
using NodaTime;
using Scheduling.Domain;
using Scheduling.Domain.Rules;
using Scheduling.Quality.Units;
using Scheduling.Quality.Yardsticks;

namespace Scheduling.Quality.Tests;

/// <summary>Need covered and the LP cover bound on a problem small enough to work out by hand.</summary>
public class CoverYardstickTests
{
    private static readonly LocalDate Monday = new(2027, 1, 4);
    private static readonly ShiftCode Short = new("S");
    private static readonly CompetenceId Medication = new("med");

    /// <summary>
    /// One day in UTC, one template 08:00–12:00 (240 min), hour-long slots: all staff ideally 2 from 08 to 12 and 1 from
    /// 12 to 13 (no template reaches it), one delegated person from 08 to 09. Ideal: 2 × 4 + 1 + 1 = 10 person-hours.
    /// A may work 240 minutes; B (delegated) only 120, so half the shift; C is unavailable; D may not work S.
    /// </summary>
    private static RosterProblem Problem(RulePack rules)
    {
        static Employee Person(string id, int maxMinutes, params CompetenceGrant[] grants) =>
            new(new EmployeeId(id), id, new WorkingTimeContract(maximumTotal: Duration.FromMinutes(maxMinutes)), [.. grants],
                id == "D" ? new EmployeeLimits { MaxShiftsPerTemplate = ImmutableDictionary<ShiftCode, int>.Empty.Add(Short, 0) } : null);
        Instant At(int hour) => (Monday + new LocalTime(hour, 0)).InUtc().ToInstant();
        var slots = ImmutableArray.Create(
            new DemandSlot(At(8), null, 1, 2), new DemandSlot(At(9), null, 1, 2), new DemandSlot(At(10), null, 1, 2), new DemandSlot(At(11), null, 1, 2),
            new DemandSlot(At(12), null, 0, 1), new DemandSlot(At(8), Medication, 1, 1));
        return new RosterProblem(
            "by hand",
            new SchedulePeriod(Monday, 1, DateTimeZone.Utc),
            [new ShiftTemplate(Short, new LocalTime(8, 0), Duration.FromHours(4), ShiftKind.Day)],
            [Person("A", 240), Person("B", 120, new CompetenceGrant(Medication)), Person("C", 240), Person("D", 240)],
            rules,
            demandCurve: new DemandCurve(Duration.FromHours(1), slots),
            unavailability: [new Unavailability(new EmployeeId("C"), Monday)]);
    }

    private static readonly RulePack HardRules = new("hand", [new PeriodHoursRule(), new AvailabilityRule(), new MaxShiftsPerTemplateRule(), new CompetenceRule()]);

    private static Roster Working(params string[] ids) => new([.. ids.Select(id => new Assignment(new EmployeeId(id), Monday, Short))]);

    [Fact]
    public void The_ideal_is_every_rows_person_minutes()
    {
        Assert.Equal(10 * 60, NeedCovered.IdealPersonMinutes(Problem(HardRules)));
    }

    [Fact]
    public void Need_covered_counts_presence_up_to_the_ideal_in_every_row()
    {
        var problem = Problem(HardRules);

        // A alone: 1 of 2 from 08 to 12, nobody delegated, nobody at 12: 4 of 10.
        Assert.Equal(0.4, NeedCovered.Of(problem, Working("A"))!.Value, 9);
        // A and B: 2 of 2 from 08 to 12 and the delegated hour: 9 of 10 (B's hours over the bound do not matter here).
        Assert.Equal(0.9, NeedCovered.Of(problem, Working("A", "B"))!.Value, 9);
        // A third person adds nothing beyond the ideal.
        Assert.Equal(0.9, NeedCovered.Of(problem, Working("A", "B", "D"))!.Value, 9);
        Assert.Equal(0.0, NeedCovered.Of(problem, Roster.Empty)!.Value, 9);
    }

    [Fact]
    public void The_lp_bound_allows_what_the_hours_availability_limits_and_competence_leave()
    {
        var bound = LpCoverBound.Compute(Problem(HardRules));

        // x_A ≤ 1 and 240 x_B ≤ 120: 1.5 present from 08 to 12 (6 person-hours), B's half for the delegated hour
        // (0.5), nothing at 12; C and D add nothing. 6.5 of 10.
        Assert.Equal(6.5 * 60, bound.AllowedPersonMinutes, 6);
        Assert.Equal(0.65, bound.Share, 9);
    }

    [Fact]
    public void Only_hard_rules_cut_the_lp()
    {
        var bound = LpCoverBound.Compute(Problem(new RulePack("none", [])));

        // Without the hour bounds, availability and template limits, 2 of 2 from 08 to 12 and B's delegated hour: 9 of 10.
        Assert.Equal(0.9, bound.Share, 9);
    }

    [Theory]
    [InlineData(7, 28, 1)]
    [InlineData(20, 28, 2)]
    public void A_roster_within_the_lps_constraints_never_covers_more_than_the_bound(int staff, int days, int seed)
    {
        var problem = UnitGenerator.Generate(new UnitSize(staff, days), seed).Problem;
        var unavailable = problem.Unavailability.Select(u => (u.Employee, u.Date)).ToHashSet();
        // Greedy: each employee works the day's template that comes next in turn among those allowed, on every available
        // day, until the next shift would pass the upper hour bound. A 0/1 point of the LP, though no good roster.
        var assignments = new List<Assignment>();
        foreach (var e in problem.Employees)
        {
            var allowed = problem.Templates.Where(t => e.Limits.MaxShiftsPerTemplate.GetValueOrDefault(t.Code, 1) != 0).ToList();
            var left = e.Contract.BoundsFor(problem.Period.Days).Maximum!.Value;
            var turn = 0;
            foreach (var date in problem.Period.Dates.Where(d => !unavailable.Contains((e.Id, d))))
            {
                var template = allowed[turn++ % allowed.Count];
                var work = template.WorkingTimeOn(date, problem.Period.Zone);
                if (work > left) break;
                left -= work;
                assignments.Add(new Assignment(e.Id, date, template.Code));
            }
        }

        var covered = NeedCovered.Of(problem, new Roster([.. assignments]))!.Value;
        var bound = LpCoverBound.Compute(problem);

        Assert.InRange(covered, 0.2, bound.Share + 1e-9);
        Assert.InRange(bound.Share, 0.8, 1.0);
        Assert.Equal(NeedCovered.IdealPersonMinutes(problem), bound.IdealPersonMinutes);
    }
}
