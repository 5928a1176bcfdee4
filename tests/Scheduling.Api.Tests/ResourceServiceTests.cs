using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Scheduling.Api.V1;

namespace Scheduling.Api.Tests;

/// <summary>Standard methods on the stored data, through the in-memory server.</summary>
[Collection(ServerCollection.Name)]
public class ResourceServiceTests(InMemoryServer server)
{
    private static readonly Period March = new() { StartDate = "2027-03-01", Days = 28 };

    [Fact]
    public async Task The_example_unit_is_loaded_on_first_run_and_makes_a_problem()
    {
        var units = new UnitService.UnitServiceClient(server.Channel());
        var list = await units.ListUnitsAsync(new ListUnitsRequest());
        Assert.Contains(list.Units, u => u.Name == "units/solbacken");
        var problem = await units.GetUnitProblemAsync(new GetUnitProblemRequest { Unit = "units/solbacken", Period = March });
        Assert.Equal(37, problem.Employees.Count);
        Assert.Equal(4, problem.ShiftTemplates.Count);
        Assert.NotEmpty(problem.Wishes);
        Assert.NotNull(problem.RulePack);

        // The file's standing preferences (with their weights) and its fairness ledger come along.
        var file = Google.Protobuf.JsonParser.Default.Parse<Problem>(await File.ReadAllTextAsync(TestPaths.Example("care-home-solbacken.json")));
        Assert.NotEmpty(file.Preferences);
        Assert.NotEmpty(file.FairnessLedger);
        Assert.Equal(file.Preferences.OrderBy(p => p.Employee), problem.Preferences.OrderBy(p => p.Employee));
        Assert.Equal(file.FairnessLedger.OrderBy(l => l.Employee), problem.FairnessLedger.OrderBy(l => l.Employee));
    }

    [Fact]
    public async Task Employees_are_created_read_listed_updated_and_deleted()
    {
        var channel = server.Channel();
        var units = new UnitService.UnitServiceClient(channel);
        var employees = new EmployeeService.EmployeeServiceClient(channel);
        await units.CreateUnitAsync(new CreateUnitRequest { UnitId = "crud", Unit = new Unit { DisplayName = "CRUD" } });

        var created = await employees.CreateEmployeeAsync(new CreateEmployeeRequest
        {
            Parent = "units/crud",
            EmployeeId = "E1",
            Employee = new Employee { DisplayName = "Eva", EmploymentRate = 75, Competences = { new CompetenceGrant { Competence = "med", ValidUntil = "2027-06-30" } } },
        });
        Assert.Equal("units/crud/employees/E1", created.Name);
        Assert.NotNull(created.CreateTime);

        var again = await Assert.ThrowsAsync<RpcException>(() => employees.CreateEmployeeAsync(new CreateEmployeeRequest { Parent = "units/crud", EmployeeId = "E1", Employee = new Employee { EmploymentRate = 50 } }).ResponseAsync);
        Assert.Equal(StatusCode.AlreadyExists, again.StatusCode);

        var updated = await employees.UpdateEmployeeAsync(new UpdateEmployeeRequest
        {
            Employee = new Employee { Name = created.Name, EmploymentRate = 90, DisplayName = "ignored" },
            UpdateMask = FieldMask.FromString("employment_rate"),
        });
        Assert.Equal(90, updated.EmploymentRate);
        Assert.Equal("Eva", updated.DisplayName);
        Assert.Single(updated.Competences);

        for (var i = 2; i <= 3; i++)
            await employees.CreateEmployeeAsync(new CreateEmployeeRequest { Parent = "units/crud", EmployeeId = $"E{i}", Employee = new Employee { EmploymentRate = 50 } });
        var page1 = await employees.ListEmployeesAsync(new ListEmployeesRequest { Parent = "units/crud", PageSize = 2 });
        var page2 = await employees.ListEmployeesAsync(new ListEmployeesRequest { Parent = "units/crud", PageSize = 2, PageToken = page1.NextPageToken });
        Assert.Equal(["E1", "E2", "E3"], page1.Employees.Concat(page2.Employees).Select(e => e.Name.Split('/')[^1]));
        Assert.Empty(page2.NextPageToken);

        var busy = await Assert.ThrowsAsync<RpcException>(() => units.DeleteUnitAsync(new DeleteUnitRequest { Name = "units/crud" }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, busy.StatusCode);
        await employees.DeleteEmployeeAsync(new DeleteEmployeeRequest { Name = created.Name });
        var gone = await Assert.ThrowsAsync<RpcException>(() => employees.GetEmployeeAsync(new GetEmployeeRequest { Name = created.Name }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, gone.StatusCode);
        await units.DeleteUnitAsync(new DeleteUnitRequest { Name = "units/crud", Force = true });
        Assert.Empty((await employees.ListEmployeesAsync(new ListEmployeesRequest { Parent = "units/crud" })).Employees);
    }

    [Fact]
    public async Task A_bad_resource_is_INVALID_ARGUMENT_naming_its_fields()
    {
        var employees = new EmployeeService.EmployeeServiceClient(server.Channel());
        var ex = await Assert.ThrowsAsync<RpcException>(() => employees.CreateEmployeeAsync(new CreateEmployeeRequest
        {
            Parent = "units/solbacken",
            EmployeeId = "bad id!",
            Employee = new Employee { EmploymentRate = 150 },
        }).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Contains(ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations, v => v.Field == "employeeId");

        ex = await Assert.ThrowsAsync<RpcException>(() => employees.CreateEmployeeAsync(new CreateEmployeeRequest
        {
            Parent = "units/solbacken",
            EmployeeId = "E99",
            Employee = new Employee { EmploymentRate = 150, FullTimeWeeklyMinutes = -5 },
        }).ResponseAsync);
        var fields = ex.GetRpcStatus()!.GetDetail<BadRequest>()!.FieldViolations.Select(v => v.Field).ToList();
        Assert.Contains("employee.employmentRate", fields);
        Assert.Contains("employee.fullTimeWeeklyMinutes", fields);

        var missing = await Assert.ThrowsAsync<RpcException>(() => employees.CreateEmployeeAsync(new CreateEmployeeRequest
        {
            Parent = "units/nowhere",
            EmployeeId = "E1",
            Employee = new Employee { EmploymentRate = 50 },
        }).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task The_JSON_routes_serve_the_same_methods()
    {
        using var http = server.CreateClient();
        var units = await http.GetAsync(new Uri("/v1/units", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, units.StatusCode);
        Assert.Contains("\"units/solbacken\"", await units.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var missing = await http.GetAsync(new Uri("/v1/units/nowhere/employees/E1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        using var body = new StringContent("{\"employmentRate\": 150}", System.Text.Encoding.UTF8, "application/json");
        var bad = await http.PostAsync(new Uri("/v1/units/solbacken/employees?employeeId=E77", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("employee.employmentRate", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_and_reflection_answer()
    {
        var health = new Grpc.Health.V1.Health.HealthClient(server.Channel());
        var reply = await health.CheckAsync(new Grpc.Health.V1.HealthCheckRequest());
        Assert.Equal(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);

        var reflection = new Grpc.Reflection.V1Alpha.ServerReflection.ServerReflectionClient(server.Channel());
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new Grpc.Reflection.V1Alpha.ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("scheduling.v1.SolveService", services);
        Assert.Contains("scheduling.v1.UnitService", services);
    }

    [Fact]
    public async Task A_unit_whose_rule_pack_is_gone_cannot_make_a_problem()
    {
        var channel = server.Channel();
        var units = new UnitService.UnitServiceClient(channel);
        await units.CreateUnitAsync(new CreateUnitRequest { UnitId = "lost-pack", Unit = new Unit { RulePack = "rulePacks/gone" } });
        var ex = await Assert.ThrowsAsync<RpcException>(() => units.GetUnitProblemAsync(new GetUnitProblemRequest { Unit = "units/lost-pack", Period = March }).ResponseAsync);
        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
        Assert.Contains(ex.GetRpcStatus()!.GetDetail<PreconditionFailure>()!.Violations, v => v.Subject == "rulePack");
    }
}
