using Scheduling.Api.Application.Units;
using Scheduling.Api.Auth;
using Scheduling.Api.Storage;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Application.SelfService;

/// <summary>The caller's own employee record, which every self-service call reads first: a token can outlive its employee.</summary>
internal static class OwnEmployee
{
    /// <summary>The caller's employee (<see cref="Caller.EmployeeName"/>); NOT_FOUND when it is gone.</summary>
    public static async Task<EmployeeDto> ReadAsync(UnitRepository units, Caller me, CancellationToken cancellation)
    {
        var name = me.EmployeeName!;
        Resources.ParseName(name, ResourceKinds.Employee);
        return await units.GetEmployeeAsync(name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name);
    }
}
