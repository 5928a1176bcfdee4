using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Scheduling.Api.Application.Units;
using Scheduling.Api.V1;

namespace Scheduling.Api.Services;

/// <summary>EmployeeService: a unit's employees.</summary>
public sealed class EmployeeService(Resources resources) : V1.EmployeeService.EmployeeServiceBase
{
    public override Task<Employee> GetEmployee(GetEmployeeRequest r, ServerCallContext c) => resources.GetAsync<Employee>(r.Name, ResourceKinds.Employee, c.CancellationToken);

    public override async Task<ListEmployeesResponse> ListEmployees(ListEmployeesRequest r, ServerCallContext c)
    {
        var (items, next) = await resources.ListAsync<Employee>(r.Parent, r.PageSize, r.PageToken, ResourceKinds.Employee, c.CancellationToken).ConfigureAwait(false);
        return new ListEmployeesResponse { Employees = { items }, NextPageToken = next };
    }

    public override Task<Employee> CreateEmployee(CreateEmployeeRequest r, ServerCallContext c) => resources.CreateAsync(r.Parent, r.EmployeeId, r.Employee, ResourceKinds.Employee, c.CancellationToken);

    public override Task<Employee> UpdateEmployee(UpdateEmployeeRequest r, ServerCallContext c) => resources.UpdateAsync(r.Employee, r.UpdateMask, ResourceKinds.Employee, c.CancellationToken);

    public override async Task<Empty> DeleteEmployee(DeleteEmployeeRequest r, ServerCallContext c)
    {
        await resources.DeleteAsync(r.Name, ResourceKinds.Employee, force: false, c.CancellationToken, r.Etag).ConfigureAwait(false);
        return new Empty();
    }
}
