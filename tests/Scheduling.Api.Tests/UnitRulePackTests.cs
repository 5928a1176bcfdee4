using Google.Rpc;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>
/// A unit's rule pack as the service stores it: leaving out a law or agreement rule is refused with a field violation
/// as loosening one is; its version and dates are kept, and a period outside its dates is refused when the unit's
/// problem is assembled, saying which end and which days.
/// </summary>
[Collection(ServerCollection.Name)]
public class UnitRulePackTests(InMemoryServer server)
{
    private static RuleSpec Rule(string id) => new() { Id = id };

    private static RulePack Pack(params string[] ids) => new() { DisplayName = "strict", Rules = { ids.Select(Rule) } };

    private static BadRequest Refused(RpcException ex)
    {
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        return ex.GetRpcStatus()!.GetDetail<BadRequest>()!;
    }

    [Fact]
    public async Task A_pack_that_leaves_out_a_law_rule_is_refused_like_one_that_loosens_it()
    {
        var packs = new RulePackService.RulePackServiceClient(server.Channel());

        var omitted = Refused(await Assert.ThrowsAsync<RpcException>(async () =>
            await packs.CreateRulePackAsync(new CreateRulePackRequest { RulePackId = "no-weekly-rest", RulePack = Pack("daily-rest", "max-shift", "period-hours") })));
        var violation = Assert.Single(omitted.FieldViolations);
        Assert.Equal("rulePack.rules", violation.Field);
        Assert.StartsWith("must hold weekly-rest (weekly rest; law:", violation.Description, StringComparison.Ordinal);

        var loose = Pack("daily-rest", "weekly-rest", "max-shift", "period-hours");
        loose.Rules[0].Parameters["minimumRestMinutes"] = Google.Protobuf.WellKnownTypes.Value.ForNumber(0);
        var loosened = Refused(await Assert.ThrowsAsync<RpcException>(async () =>
            await packs.CreateRulePackAsync(new CreateRulePackRequest { RulePackId = "no-daily-rest", RulePack = loose })));
        Assert.Equal("rulePack.rules[0].parameters.minimumRestMinutes", Assert.Single(loosened.FieldViolations).Field);

        var whole = await packs.CreateRulePackAsync(new CreateRulePackRequest { RulePackId = "whole", RulePack = Pack("daily-rest", "weekly-rest", "max-shift", "period-hours") });
        Assert.Equal("rulePacks/whole", whole.Name);
    }

    [Fact]
    public async Task A_units_pack_keeps_its_dates_and_a_period_outside_them_is_refused()
    {
        var packs = new RulePackService.RulePackServiceClient(server.Channel());
        var units = new UnitService.UnitServiceClient(server.Channel());
        var pack = Pack("daily-rest", "weekly-rest", "max-shift", "period-hours");
        (pack.Version, pack.AppliesFrom, pack.AppliesTo) = ("2027.1", "2027-01-01", "2027-06-30");
        var stored = await packs.CreateRulePackAsync(new CreateRulePackRequest { RulePackId = "dated-2027", RulePack = pack });
        Assert.Equal(("2027.1", "2027-01-01", "2027-06-30"), (stored.Version, stored.AppliesFrom, stored.AppliesTo));
        await units.CreateUnitAsync(new CreateUnitRequest { UnitId = "dated-pack", Unit = new Unit { DisplayName = "Dated", TimeZone = "Europe/Stockholm", RulePack = stored.Name } });

        var inside = await units.GetUnitProblemAsync(new GetUnitProblemRequest { Unit = "units/dated-pack", Period = new Period { StartDate = "2027-03-01", Days = 28 } });
        Assert.Equal(("2027.1", "2027-06-30"), (inside.RulePack.Version, inside.RulePack.AppliesTo));

        // The unit's stored data does not hold for the period asked: FAILED_PRECONDITION, naming the pack's field and its days.
        var after = await Assert.ThrowsAsync<RpcException>(async () =>
            await units.GetUnitProblemAsync(new GetUnitProblemRequest { Unit = "units/dated-pack", Period = new Period { StartDate = "2027-06-14", Days = 28 } }));
        Assert.Equal(StatusCode.FailedPrecondition, after.StatusCode);
        var violation = Assert.Single(after.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations, v => v.Subject.EndsWith("appliesTo", StringComparison.Ordinal));
        Assert.Equal("the rule pack strict 2027.1 applies until 2027-06-30, but the period ends 2027-07-11: use a pack that applies then", violation.Description);
    }
}
