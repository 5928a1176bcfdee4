using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Scheduling.Api.Application.Absences;
using Scheduling.Api.Auth;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>AbsenceService: a unit's absences (an employee's token lists only their own).</summary>
public sealed class AbsenceService(Absences absences) : V1.AbsenceService.AbsenceServiceBase
{
    public override Task<Absence> GetAbsence(GetAbsenceRequest r, ServerCallContext c) => absences.GetAsync(r.Name, c.CancellationToken);

    public override async Task<ListAbsencesResponse> ListAbsences(ListAbsencesRequest r, ServerCallContext c)
    {
        var caller = c.Caller();
        var (items, next) = await absences.ListAsync(r.Parent, r.PageSize, r.PageToken, caller.IsEmployee ? caller.EmployeeId : null, c.CancellationToken).ConfigureAwait(false);
        return new ListAbsencesResponse { Absences = { items }, NextPageToken = next };
    }

    public override Task<Absence> CreateAbsence(CreateAbsenceRequest r, ServerCallContext c) => absences.CreateAsync(r.Parent, r.AbsenceId, r.Absence, c.CancellationToken);

    public override async Task<Empty> DeleteAbsence(DeleteAbsenceRequest r, ServerCallContext c)
    {
        await absences.DeleteAsync(r.Name, r.Etag, c.CancellationToken).ConfigureAwait(false);
        return new Empty();
    }
}
