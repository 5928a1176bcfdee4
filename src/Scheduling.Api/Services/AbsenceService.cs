using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Scheduling.Api.Application.Absences;
using Scheduling.Api.Auth;
using Scheduling.Api.Mapping;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>AbsenceService: a unit's absences (an employee's token lists only their own), mapped once here (<see cref="AbsenceMapping"/>).</summary>
public sealed class AbsenceService(Absences absences) : V1.AbsenceService.AbsenceServiceBase
{
    public override async Task<Absence> GetAbsence(GetAbsenceRequest r, ServerCallContext c) =>
        AbsenceMapping.ToProto(await absences.GetAsync(r.Name, c.CancellationToken).ConfigureAwait(false));

    public override async Task<ListAbsencesResponse> ListAbsences(ListAbsencesRequest r, ServerCallContext c)
    {
        var caller = c.Caller();
        var (items, next) = await absences.ListAsync(r.Parent, r.PageSize, r.PageToken, caller.IsEmployee ? caller.EmployeeId : null, c.CancellationToken).ConfigureAwait(false);
        return new ListAbsencesResponse { Absences = { items.Select(AbsenceMapping.ToProto) }, NextPageToken = next };
    }

    public override async Task<Absence> CreateAbsence(CreateAbsenceRequest r, ServerCallContext c)
    {
        var (absence, unreadable) = r.Absence is null ? (null, []) : AbsenceMapping.ToDomain(r.Absence);
        return AbsenceMapping.ToProto(await absences.CreateAsync(r.Parent, r.AbsenceId, absence, unreadable, c.CancellationToken).ConfigureAwait(false));
    }

    public override async Task<Empty> DeleteAbsence(DeleteAbsenceRequest r, ServerCallContext c)
    {
        await absences.DeleteAsync(r.Name, r.Etag, c.CancellationToken).ConfigureAwait(false);
        return new Empty();
    }
}
