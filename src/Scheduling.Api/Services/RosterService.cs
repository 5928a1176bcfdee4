using Grpc.Core;
using Scheduling.Api.Application;
using Scheduling.Api.Application.Absences;
using Scheduling.Api.Application.Review;
using Scheduling.Api.Auth;
using Scheduling.Api.Mapping;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>RosterService: stored rosters with the rule checker's report, their changes, lifecycle and comparison.</summary>
public sealed class RosterService(RosterVersions versions, RosterEdits edits, RosterPublication publication, RosterReports reports, WishPrices prices, Replacements replacements) : V1.RosterService.RosterServiceBase
{
    public override async Task<Roster> GetRoster(GetRosterRequest request, ServerCallContext context)
    {
        RosterVersions.CheckName(request.Name);
        var language = ProblemMapping.Language(request.Language);
        var (roster, report) = await versions.GetAsync(request.Name, context.CancellationToken).ConfigureAwait(false);
        if (request.View == RosterView.Basic)
        {
            var (basic, summary) = RosterVersions.Basic(roster, report);
            return RosterMapping.ToProto(basic, summary);
        }

        return RosterMapping.ToProto(roster, await reports.InLanguageAsync(roster, report, language, context.CancellationToken).ConfigureAwait(false));
    }

    public override async Task<ListRostersResponse> ListRosters(ListRostersRequest request, ServerCallContext context)
    {
        var (page, next) = await versions.ListAsync(request.Parent, request.PageSize, request.PageToken, full: request.View == RosterView.Full, context.CancellationToken).ConfigureAwait(false);
        return new ListRostersResponse { Rosters = { page.Select(r => RosterMapping.ToProto(r.Version, r.Report)) }, NextPageToken = next };
    }

    public override async Task<EditRosterResponse> EditRoster(EditRosterRequest request, ServerCallContext context)
    {
        var (saved, change) = await edits.EditAsync(request.Name, request.Employee, request.Date, request.HasShift ? request.Shift : null,
            request.HasPinned ? request.Pinned : null, context.CancellationToken).ConfigureAwait(false);
        return new EditRosterResponse { Roster = await SavedAsync(saved, context.CancellationToken).ConfigureAwait(false), Change = DayEditMapping.ToProto(change) };
    }

    public override async Task<Roster> ApproveRoster(ApproveRosterRequest request, ServerCallContext context) =>
        await SavedAsync(await publication.ApproveAsync(request.Name, context.CancellationToken).ConfigureAwait(false), context.CancellationToken).ConfigureAwait(false);

    public override async Task<Roster> PublishRoster(PublishRosterRequest request, ServerCallContext context) =>
        await SavedAsync(await publication.PublishAsync(request.Name, request.Reason, context.CancellationToken).ConfigureAwait(false), context.CancellationToken).ConfigureAwait(false);

    /// <summary>A version just saved as the contract's whole roster: its stored assignments and report with its place in review.</summary>
    private async Task<Roster> SavedAsync(Domain.Review.RosterVersion saved, CancellationToken cancellation)
    {
        var (version, report) = await versions.GetAsync(saved.Name, cancellation).ConfigureAwait(false);
        return RosterMapping.ToProto(version, report);
    }

    public override async Task<SolveJob> ResolveRoster(ResolveRosterRequest request, ServerCallContext context) =>
        JobMapping.ToProto(await edits.ResolveAsync(request.Name, JobMapping.ToDomain(request.Options), context.CancellationToken, context.Caller().Subject).ConfigureAwait(false));

    public override async Task<WishCost> PriceWish(PriceWishRequest request, ServerCallContext context)
    {
        var roster = await versions.GetVersionAsync(request.Name, context.CancellationToken).ConfigureAwait(false);
        var wish = request.Wish is { } spec ? new WishQuery(spec.Employee, spec.Date, WishCostMapping.ToDomain(spec.Kind), spec.Shift, spec.HasWeight ? spec.Weight : null) : null;
        var priced = await prices.PriceAsync(roster, wish, JobMapping.TimeLimit(request.TimeLimit), context.CancellationToken).ConfigureAwait(false);
        return WishCostMapping.ToProto(roster.Name, request.Wish!, priced.Cost, priced.TimeLimit, priced.Elapsed);
    }

    public override async Task<RosterComparison> CompareRosters(CompareRostersRequest request, ServerCallContext context) =>
        RosterMapping.ToProto(await versions.CompareAsync(request.Name, request.Other, context.CancellationToken).ConfigureAwait(false));

    public override async Task<ListReplacementsResponse> ListReplacements(ListReplacementsRequest request, ServerCallContext context)
    {
        var (roster, absence, shifts) = await replacements.ListAsync(request.Name, request.Absence, context.CancellationToken).ConfigureAwait(false);
        return ReplacementMapping.ToProto(roster, absence, shifts);
    }

    public override async Task<AcceptReplacementResponse> AcceptReplacement(AcceptReplacementRequest request, ServerCallContext context)
    {
        var (saved, changes) = await replacements.AcceptAsync(request.Name, request.Absence, request.Date, request.Employee, context.CancellationToken).ConfigureAwait(false);
        return new AcceptReplacementResponse { Roster = await SavedAsync(saved, context.CancellationToken).ConfigureAwait(false), Changes = { changes.Select(MovedShifts.ToProto) } };
    }

    public override async Task<ReplanAbsenceResponse> ReplanAbsence(ReplanAbsenceRequest request, ServerCallContext context)
    {
        var (saved, changes) = await replacements.ReplanAsync(request.Name, request.Absence, request.WindowDays, JobMapping.TimeLimit(request.TimeLimit), context.CancellationToken).ConfigureAwait(false);
        var roster = await SavedAsync(saved, context.CancellationToken).ConfigureAwait(false);
        return new ReplanAbsenceResponse { Roster = roster, Changes = { changes.Select(MovedShifts.ToProto) }, AffectedEmployees = { roster.AffectedEmployees } };
    }
}
