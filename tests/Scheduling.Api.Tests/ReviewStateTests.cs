using NodaTime;
using Scheduling.Api.Application;
using Scheduling.Api.Mapping;
using Scheduling.Domain;
using Scheduling.Domain.Review;

namespace Scheduling.Api.Tests;

/// <summary>
/// The domain's side of review as the service maps it: the lifecycle state has the contract's names at the contract's
/// numbers (the mapping and the stored bytes rely on it), and two versions differ by the days whose shift moved.
/// </summary>
public sealed class ReviewStateTests
{
    [Fact]
    public void Every_contract_state_is_the_domain_state_of_the_same_name_and_back()
    {
        var contract = Enum.GetValues<V1.RosterState>();
        Assert.Equal(contract.Length, Enum.GetValues<ReviewState>().Length);
        foreach (var state in contract)
        {
            Assert.Equal(state.ToString(), state.ToDomain().ToString());
            Assert.Equal(state, state.ToDomain().ToProto());
        }

        Assert.Equal("PROPOSED", RosterStates.Text(V1.RosterState.Unspecified.ToDomain()));
        Assert.Equal("SUPERSEDED", RosterStates.Text(V1.RosterState.Superseded.ToDomain()));
    }

    [Fact]
    public void Two_versions_differ_by_the_days_whose_shift_moved_in_employee_and_date_order()
    {
        var monday = new LocalDate(2027, 3, 1);
        static Assignment Works(string employee, LocalDate date, string shift) => new(new EmployeeId(employee), date, new ShiftCode(shift));
        var before = new Roster([Works("E2", monday, "D"), Works("E1", monday.PlusDays(1), "N"), Works("E3", monday, "D")]);
        var after = new Roster([Works("E2", monday, "N"), Works("E1", monday, "D"), Works("E3", monday, "D") with { Unit = new UnitId("units/b") }]);

        var moved = RosterChanges.Between(before, after);

        Assert.Equal<ShiftMove>(
            [
                new(new EmployeeId("E1"), monday, null, new ShiftCode("D")),
                new(new EmployeeId("E1"), monday.PlusDays(1), new ShiftCode("N"), null),
                new(new EmployeeId("E2"), monday, new ShiftCode("D"), new ShiftCode("N")),
            ],
            [.. moved]);
        Assert.Equal(["E1", "E2"], RosterChanges.Employees(before, after).Select(e => e.Value));
        Assert.Empty(RosterChanges.Between(before, before));
    }
}
