using Google.Protobuf;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>
/// A problem file imported as a unit and assembled again for its own period is the same problem: the items the unit
/// repository reads in the problem file's terms (templates, employees, wishes, pins, unavailable days, demand curve,
/// rule pack, cost) come back as the file gave them (in name order), on the bundled example (every kind of item, 28 days).
/// </summary>
[Collection(ServerCollection.Name)]
public class ExampleUnitRoundTripTests(InMemoryServer server)
{
    [Fact]
    public async Task The_example_imported_and_assembled_again_is_the_same_problem()
    {
        var file = JsonParser.Default.Parse<Problem>(await File.ReadAllTextAsync(TestPaths.Example("care-home-solbacken.json")));
        var units = new UnitService.UnitServiceClient(server.Channel());
        await units.ImportUnitAsync(new ImportUnitRequest { UnitId = "round-trip", Problem = file });

        var assembled = await units.GetUnitProblemAsync(new GetUnitProblemRequest { Unit = "units/round-trip", Period = file.Period });

        Assert.Equal(file.Name, assembled.Name);
        Assert.Equal(file.Period, assembled.Period);
        // The store keeps a unit's items in name order.
        Assert.Equal(file.ShiftTemplates.OrderBy(t => t.Code, StringComparer.Ordinal), assembled.ShiftTemplates);
        Assert.Equal(file.Employees.OrderBy(e => e.Id, StringComparer.Ordinal), assembled.Employees);
        Assert.Equal(file.Wishes, assembled.Wishes);
        Assert.Equal(file.Pins, assembled.Pins);
        Assert.Equal(file.Unavailability, assembled.Unavailability);
        Assert.Equal(file.DemandCurve, assembled.DemandCurve);
        Assert.Equal(file.RulePack, assembled.RulePack);
        Assert.Equal(file.Cost, assembled.Cost);
        Assert.NotEmpty(file.Wishes);
        Assert.NotNull(file.DemandCurve);
    }
}
