using Scheduling.Api.V1;
using Duration = Google.Protobuf.WellKnownTypes.Duration;

namespace Scheduling.Cli.Tests;

/// <summary>The employee client's texts for wish outcomes (with reasons) and the cost to grant a wish, and its options.</summary>
public class MeCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Me(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["me", .. args], stdout, stderr, CancellationToken.None);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Outcomes_print_each_reason_and_the_standing_preferences()
    {
        var text = MeCommand.OutcomeText(new MyWishOutcomes
        {
            Roster = "rosters/r1",
            Language = "en",
            Outcomes =
            {
                new WishOutcome { Date = "2027-03-04", Kind = WishKind.ShiftOn, Shift = "N", ReasonText = "refused: at most 0 shifts N in the period (AB)" },
                new WishOutcome { Date = "2027-03-03", Kind = WishKind.DayOff, Granted = true, ReasonText = "granted" },
            },
            Preferences = { new PreferenceOutcome { Preference = new PreferenceSpec { Employee = "E01", Kind = PreferenceKind.NoShiftKind, ShiftKind = ShiftKind.Night }, Kept = true, Text = "kept" } },
        });
        var lines = text.TrimEnd().Split(Environment.NewLine);
        Assert.Equal("rosters/r1: 1 of 2 wishes granted", lines[0]);
        Assert.EndsWith("granted", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("2027-03-04  SHIFT_ON  N    refused: at most 0 shifts N", lines[2], StringComparison.Ordinal);
        Assert.Equal("standing: NO_SHIFT_KIND NIGHT kept", lines[3]);

        var swedish = MeCommand.OutcomeText(new MyWishOutcomes { Roster = "rosters/r1", Language = "sv", Outcomes = { new WishOutcome { Date = "2027-03-03", Kind = WishKind.DayOff, Granted = true, ReasonText = "beviljad" } } });
        Assert.StartsWith("rosters/r1: 1 av 1 önskemål beviljade", swedish, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cost_to_grant_names_the_penalty_by_rule_the_moved_shifts_and_who_else_is_affected()
    {
        var cost = new WishCost
        {
            Roster = "rosters/r1",
            Wish = new WishSpec { Employee = "E01", Date = "2027-03-03", Kind = WishKind.DayOff },
            Status = SolveResult.Types.Status.Feasible,
            PenaltyBefore = 100,
            PenaltyAfter = 130,
            PenaltyDifference = 30,
            MinutesBelowMinimumDifference = 0,
            Changes =
            {
                new MovedShift { Employee = "E01", Date = "2027-03-03", ShiftBefore = "D", ShiftAfter = "" },
                new MovedShift { Employee = "E07", Date = "2027-03-03", ShiftBefore = "", ShiftAfter = "D" },
            },
            AffectedEmployees = { "E07" },
            TimeLimit = Duration.FromTimeSpan(TimeSpan.FromSeconds(10)),
            Elapsed = Duration.FromTimeSpan(TimeSpan.FromSeconds(4.2)),
        };
        cost.PenaltyDifferenceByRule.Add("hours-target", 30);
        var text = MeCommand.CostText(cost);
        Assert.Contains("granting 2027-03-03 DAY_OFF against rosters/r1 (Feasible, 4.2 s of 10 s):", text, StringComparison.Ordinal);
        Assert.Contains("penalty 100 -> 130 (+30)", text, StringComparison.Ordinal);
        Assert.Contains("  hours close to the target        +30", text, StringComparison.Ordinal); // the rule's name, not its id
        Assert.Contains("  E07    2027-03-03  off -> D", text, StringComparison.Ordinal);
        Assert.Contains("others affected: E07", text, StringComparison.Ordinal);

        var infeasible = MeCommand.CostText(new WishCost { Roster = "rosters/r1", Wish = cost.Wish, Status = SolveResult.Types.Status.Infeasible, Conflicts = { new Conflict { Rule = "daily-rest", Employee = "E01", Date = "2027-03-03" } } });
        Assert.Contains("cannot be granted without breaking a hard rule: daily rest E01 2027-03-03", infeasible, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("outcomes", "--lang", "fr", "--lang must be sv or en, was 'fr'")]
    [InlineData("cost W1", "--time-limit", "90", "--time-limit must be seconds above 0 and at most 60, was '90'")]
    [InlineData("rate", "--time-limit", "9", "unknown option '--time-limit'")]
    [InlineData("submit-wish 2027-03-05 day-off", "--preference", "day-off=funday", "--preference day-off needs a weekday")]
    public async Task Bad_options_are_one_line_and_exit_code_1(string command, string option, string value, string message)
    {
        var (code, output, error) = await Me([.. command.Split(' '), option, value, "--server", "http://localhost:1"]);
        Assert.Equal(CliApp.BadInput, code);
        Assert.Empty(output);
        Assert.Equal($"error: {message}", error.TrimEnd().Split('\n').Single()[..$"error: {message}".Length]);
    }

    [Fact]
    public async Task The_service_address_is_required()
    {
        var (code, _, error) = await Me("rate");
        Assert.Equal(CliApp.BadInput, code);
        Assert.Equal("error: --server URL is required, e.g. --server http://localhost:5080", error.TrimEnd());
    }
}
