using System.Text.RegularExpressions;
using Grpc.Core;
using Scheduling.Api.Application;
using Scheduling.Api.Auth;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>RosterService: stored rosters with the rule checker's report.</summary>
public sealed partial class RosterApi(ISchedulingStore store, RosterReview review, WishPrices prices) : RosterService.RosterServiceBase
{
    [GeneratedRegex(@"\Arosters/[A-Za-z0-9_-]{1,63}\z")]
    private static partial Regex RosterName();

    [GeneratedRegex(@"\Aunits/[A-Za-z0-9][A-Za-z0-9_-]{0,62}\z")]
    private static partial Regex UnitName();

    public override async Task<Roster> GetRoster(GetRosterRequest request, ServerCallContext context)
    {
        if (!RosterName().IsMatch(request.Name)) throw ApiErrors.InvalidArgument("name", $"must be rosters/{{roster}}, was '{request.Name}'");
        var language = ProblemMapping.Language(request.Language);
        var roster = await review.GetAsync(request.Name, context.CancellationToken).ConfigureAwait(false);
        if (request.View == RosterView.Basic) return Basic(roster);
        return await review.InLanguageAsync(roster, language, context.CancellationToken).ConfigureAwait(false);
    }

    public override async Task<ListRostersResponse> ListRosters(ListRostersRequest request, ServerCallContext context)
    {
        if (request.Parent.Length > 0 && !UnitName().IsMatch(request.Parent)) throw ApiErrors.InvalidArgument("parent", $"must be units/{{unit}} or empty, was '{request.Parent}'");
        var size = Paging.Size(request.PageSize);
        var rosters = await store.ListRostersAsync(request.Parent.Length > 0 ? request.Parent : null, Paging.Decode(request.PageToken), size + 1, context.CancellationToken, basic: request.View != RosterView.Full).ConfigureAwait(false);
        var page = rosters.Take(size).Select(r => request.View == RosterView.Full ? r : Basic(r)).ToList();
        return new ListRostersResponse { Rosters = { page }, NextPageToken = rosters.Count > size ? Paging.Encode(page[^1].Name) : "" };
    }

    public override async Task<EditRosterResponse> EditRoster(EditRosterRequest request, ServerCallContext context)
    {
        var (roster, change) = await review.EditAsync(request.Name, request.Employee, request.Date, request.HasShift ? request.Shift : null,
            request.HasPinned ? request.Pinned : null, context.CancellationToken).ConfigureAwait(false);
        return new EditRosterResponse { Roster = roster, Change = change };
    }

    public override Task<Roster> ApproveRoster(ApproveRosterRequest request, ServerCallContext context) =>
        review.ApproveAsync(request.Name, context.CancellationToken);

    public override Task<Roster> PublishRoster(PublishRosterRequest request, ServerCallContext context) =>
        review.PublishAsync(request.Name, request.Reason, context.CancellationToken);

    public override Task<SolveJob> ResolveRoster(ResolveRosterRequest request, ServerCallContext context) =>
        review.ResolveAsync(request.Name, request.Options, context.CancellationToken, context.Caller().Subject);

    public override async Task<WishCost> PriceWish(PriceWishRequest request, ServerCallContext context)
    {
        var roster = await review.GetAsync(request.Name, context.CancellationToken).ConfigureAwait(false);
        return await prices.PriceAsync(roster, request.Wish, request.TimeLimit, context.CancellationToken).ConfigureAwait(false);
    }

    public override Task<RosterComparison> CompareRosters(CompareRostersRequest request, ServerCallContext context) =>
        review.CompareAsync(request.Name, request.Other, context.CancellationToken);

    /// <summary>The roster without its assignments and report.</summary>
    private static Roster Basic(Roster full)
    {
        var basic = full.Clone();
        basic.Assignments.Clear();
        basic.Violations.Clear();
        basic.Hours.Clear();
        basic.CoverageGaps.Clear();
        basic.ShiftCover.Clear();
        basic.Wishes.Clear();
        basic.Preferences.Clear();
        basic.LastChange = null;
        return basic;
    }
}
