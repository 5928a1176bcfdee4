using Scheduling.Domain;
using Scheduling.Domain.Files;
using Scheduling.Domain.Rules;
using Scheduling.Quality.Units;

namespace Scheduling.Quality.Tests;

/// <summary>The generated municipality: its units on a ring with the pool, uneven staffing, and the two variants.</summary>
public class MunicipalityGeneratorTests
{
    [Fact]
    public void With_pool_shifts_staff_may_work_at_their_neighbours_and_the_pool_in_booking_order()
    {
        var problem = ProblemFileReader.Map(MunicipalityGenerator.Generate(3, 28, 1, poolShifts: true));

        Assert.Equal(["u01", "u02", "u03", "pool"], problem.Units.Select(u => u.Id.Value));
        Assert.True(problem.Units[^1].IsPool);
        Assert.Equal(["u03", "u02", "pool"], problem.Units[0].BookingOrder.Select(u => u.Value));
        Assert.Equal(3, problem.Units[0].Groups.Length);
        Assert.All(problem.Employees.Where(e => !e.Id.Value.StartsWith("pool-", StringComparison.Ordinal)), e => Assert.Equal(4, e.Units.Length));
        Assert.All(problem.Employees.Where(e => e.Id.Value.StartsWith("u02-", StringComparison.Ordinal)), e => Assert.Equal(["u02", "u01", "u03", "pool"], e.Units.Select(u => u.Value)));
        Assert.Contains(problem.Rules.Rules, r => r is PoolOrderRule);
        // Every unit's need is its own: the curve's slots name all four units.
        Assert.Equal(4, problem.DemandCurve.Slots.Select(s => s.Unit).Distinct().Count());
    }

    [Fact]
    public void Without_pool_shifts_everyone_works_at_home_and_the_staffing_is_the_same()
    {
        var with = ProblemFileReader.Map(MunicipalityGenerator.Generate(3, 28, 1, poolShifts: true));
        var without = ProblemFileReader.Map(MunicipalityGenerator.Generate(3, 28, 1, poolShifts: false));

        Assert.All(without.Employees, e => Assert.Single(e.Units));
        Assert.DoesNotContain(without.Rules.Rules, r => r is PoolOrderRule);
        Assert.Equal(with.Employees.Select(e => e.Id), without.Employees.Select(e => e.Id));
        Assert.Equal(with.DemandCurve.Slots.Length, without.DemandCurve.Slots.Length);
    }

    [Fact]
    public void Even_units_get_more_day_staff_and_odd_units_fewer_than_the_unit_generated_alone()
    {
        var problem = ProblemFileReader.Map(MunicipalityGenerator.Generate(2, 28, 1, poolShifts: true));
        int Staff(string unit) => problem.Employees.Count(e => e.Id.Value.StartsWith(unit + "-", StringComparison.Ordinal));
        var sizes = new Random(1);
        var (first, second) = (sizes.Next(MunicipalityGenerator.MinUnitStaff, MunicipalityGenerator.MaxUnitStaff + 1), sizes.Next(MunicipalityGenerator.MinUnitStaff, MunicipalityGenerator.MaxUnitStaff + 1));

        Assert.True(Staff("u01") > first, $"u01 has {Staff("u01")} staff, generated {first}");
        Assert.True(Staff("u02") < second, $"u02 has {Staff("u02")} staff, generated {second}");
        Assert.True(Staff("pool") < MunicipalityGenerator.PoolStaff);
    }
}
