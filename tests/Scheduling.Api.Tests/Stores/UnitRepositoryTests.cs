using Google.Protobuf;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Storage;

namespace Scheduling.Api.Tests.Stores;

/// <summary>
/// The unit repository reads what the service has always stored (the contract's resource messages as bytes, written
/// here as the resource engine writes them) as the problem file's items: a unit as its record, a demand row of 0
/// required as a row of 0 (not one the problem file would refuse as missing), every item of a collection longer than
/// one read from the store, and nothing of another unit.
/// </summary>
public sealed class UnitRepositoryTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly string directory = TestPaths.TempDirectory();
    private readonly SqliteSchedulingStore store;

    public UnitRepositoryTests() =>
        store = new SqliteSchedulingStore(Options.Create(new StoreOptions { DataDirectory = directory }), NullLogger<SqliteSchedulingStore>.Instance);

    public void Dispose()
    {
        store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    private async Task Store(params (IMessage Resource, ResourceKind Kind)[] resources) =>
        Assert.True(await store.TryCreateResourcesAsync([.. resources.Select(r => Resources.Row(r.Resource, r.Kind))], None));

    [Fact]
    public async Task A_unit_and_its_items_read_as_the_problem_file_s()
    {
        await Store(
            (new V1.Unit { Name = "units/a", DisplayName = "Eken", TimeZone = "Europe/Stockholm", RulePack = "rulePacks/a", Cost = new V1.CostSpec { Budget = 1_550_000 } }, ResourceKinds.Unit),
            (new V1.Unit { Name = "units/b" }, ResourceKinds.Unit),
            (new V1.ShiftTemplate { Name = "units/a/shiftTemplates/D", DisplayName = "Dag", StartTime = "07:00", DurationMinutes = 480, Kind = V1.ShiftKind.Day }, ResourceKinds.ShiftTemplate),
            (new V1.ShiftTemplate { Name = "units/b/shiftTemplates/N", StartTime = "21:00", DurationMinutes = 600 }, ResourceKinds.ShiftTemplate),
            (new V1.ShiftDemand { Name = "units/a/shiftDemands/d1", Date = "2027-03-01", Shift = "D", Required = 0, OverWeight = 5 }, ResourceKinds.ShiftDemand),
            (new V1.RulePack { Name = "rulePacks/a", Rules = { new V1.RuleSpec { Id = "daily-rest" } } }, ResourceKinds.RulePack));
        var units = new UnitRepository(store);

        var unit = await units.GetUnitAsync("units/a", None);
        Assert.NotNull(unit);
        Assert.Equal(("units/a", "Eken", "Europe/Stockholm", "rulePacks/a", 1_550_000L), (unit.Name, unit.DisplayName, unit.TimeZone, unit.RulePack, unit.Cost?.Budget));
        Assert.Null(await units.GetUnitAsync("units/none", None));
        var other = await units.GetUnitAsync("units/b", None);
        Assert.Equal(("", "", null), (other!.TimeZone, other.RulePack, other.Cost));

        var template = Assert.Single(await units.ShiftTemplatesAsync("units/a", None));
        Assert.Equal(("D", "Dag", "07:00", 480, "DAY"), (template.Code, template.Name, template.StartTime, template.DurationMinutes, template.Kind));
        var row = Assert.Single(await units.ShiftDemandsAsync("units/a", None));
        Assert.Equal(("2027-03-01", "D", 0, (long?)null, 5L), (row.Date, row.Shift, row.Required, row.UnderWeight, row.OverWeight));
        Assert.Equal("a", (await units.GetRulePackAsync("rulePacks/a", None))?.Id);
        Assert.Null(await units.DemandCurveAsync("units/a", None));
        Assert.Empty(await units.EmployeesAsync("units/a", None));
    }

    [Fact]
    public async Task A_collection_longer_than_one_read_comes_whole_and_in_name_order()
    {
        var wishes = Enumerable.Range(0, 1203).Select(i => ((IMessage)new V1.Wish
        {
            Name = $"units/a/wishes/w{i:D5}", Employee = $"e{i}", Date = "2027-03-01", Kind = V1.WishKind.DayOff,
        }, ResourceKinds.Wish)).Prepend((new V1.Unit { Name = "units/a" }, ResourceKinds.Unit)).ToArray();
        await Store(wishes);

        var read = await new UnitRepository(store).WishesAsync("units/a", None);

        Assert.Equal(Enumerable.Range(0, 1203).Select(i => $"e{i}"), read.Select(w => w.Employee));
        Assert.All(read, w => Assert.Equal(("2027-03-01", "DAY_OFF", null), (w.Date, w.Kind, w.Shift)));
    }
}
