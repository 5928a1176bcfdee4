using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Scheduling.Api.Application;
using Scheduling.Api.Auth;
using Scheduling.Api.V1;
using Scheduling.Api.V1.Auth;

namespace Scheduling.Api.Tests;

/// <summary>
/// Every method of the contract, called by every kind of wrong caller: no token, a bad token, a manager of
/// another unit, an employee (of that unit or another). The methods are found in the contract's descriptors,
/// so a new method is tried too, and fails here until the access policy covers it.
/// </summary>
[Collection(ServerCollection.Name)]
public partial class AccessTests(InMemoryServer server)
{
    /// <summary>The unit the requests address; it need not exist (a refusal must not depend on that).</summary>
    private const string Target = "units/other";

    /// <summary>Methods any caller with a valid token may call (they narrow their answer to the caller).</summary>
    private static readonly string[] ForEveryone = ["scheduling.v1.UnitService.ListUnits"];

    /// <summary>What any manager may read: the shared rule packs (the law and agreement, not a unit's data).</summary>
    private static readonly string[] ForAnyManager = ["scheduling.v1.RulePackService.GetRulePack", "scheduling.v1.RulePackService.ListRulePacks"];

    /// <summary>What an employee may read of their own unit besides their own data.</summary>
    private static readonly string[] ForEmployeesOfTheUnit =
        ["scheduling.v1.UnitService.GetUnit", "scheduling.v1.ShiftTemplateService.GetShiftTemplate", "scheduling.v1.ShiftTemplateService.ListShiftTemplates", "scheduling.v1.WindowService.GetWindows",
         // their own absences only: the employee view drops the others (AbsenceTests)
         "scheduling.v1.AbsenceService.GetAbsence", "scheduling.v1.AbsenceService.ListAbsences"];

    /// <summary>What a manager may not do even in their own unit.</summary>
    private static readonly string[] ForPlannersOnly =
    [
        "scheduling.v1.UnitService.CreateUnit", "scheduling.v1.UnitService.DeleteUnit", "scheduling.v1.UnitService.ImportUnit",
        "scheduling.v1.RulePackService.CreateRulePack", "scheduling.v1.RulePackService.UpdateRulePack", "scheduling.v1.RulePackService.DeleteRulePack",
        "scheduling.v1.PlanService.StartPlan", "scheduling.v1.PlanService.GetPlan",
    ];

    /// <summary>Services whose methods act on the caller's own data (employees only).</summary>
    private static readonly string[] SelfServices = ["scheduling.v1.EmployeeSelfService"];

    public static IEnumerable<MethodDescriptor> ContractMethods() =>
        typeof(UnitService).Assembly.GetTypes()
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<FileDescriptor>()
            .Where(f => f.Package == "scheduling.v1")
            .SelectMany(f => f.Services)
            .SelectMany(s => s.Methods)
            .DistinctBy(m => m.FullName)
            .OrderBy(m => m.FullName, StringComparer.Ordinal);

    public static TheoryData<string> Methods()
    {
        var data = new TheoryData<string>();
        foreach (var m in ContractMethods()) data.Add(m.FullName);
        return data;
    }

    private static MethodDescriptor Find(string fullName) => ContractMethods().Single(m => m.FullName == fullName);

    private static bool IsSelf(MethodDescriptor m) => SelfServices.Contains(m.Service.FullName);

    [Fact]
    public void Every_method_of_the_contract_has_an_access_rule()
    {
        var missing = ContractMethods().Where(m => !AccessPolicy.Rules.ContainsKey(AccessPolicy.PathOf(m))).Select(m => m.FullName).ToList();
        Assert.True(missing.Count == 0, "no access rule for " + string.Join(", ", missing));
        Assert.True(ContractMethods().Count() > 50);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Wrong_callers_are_refused(string fullName)
    {
        var method = Find(fullName);
        var request = RequestFor(method, Target);

        foreach (var token in new[] { null, "not-a-token", Planner(key: "another-signing-key-of-at-least-32-bytes!"), Expired() })
            await ExpectAsync(method, request, token, StatusCode.Unauthenticated);

        var manager = TestTokens.Manager("units/solbacken");
        var employeeHere = TestTokens.Employee(Target, "E1");
        var employeeElsewhere = TestTokens.Employee("units/solbacken", "E01");
        if (ForEveryone.Contains(fullName)) return;
        if (IsSelf(method))
        {
            await ExpectAsync(method, request, manager, StatusCode.PermissionDenied);
            await ExpectAsync(method, request, TestTokens.Manager(Target), StatusCode.PermissionDenied);
            await ExpectAsync(method, request, TestTokens.Planner(), StatusCode.PermissionDenied);
            return;
        }

        if (!ForAnyManager.Contains(fullName)) await ExpectAsync(method, request, manager, StatusCode.PermissionDenied);
        await ExpectAsync(method, request, employeeElsewhere, StatusCode.PermissionDenied);
        if (!ForEmployeesOfTheUnit.Contains(fullName)) await ExpectAsync(method, request, employeeHere, StatusCode.PermissionDenied);
        if (ForPlannersOnly.Contains(fullName)) await ExpectAsync(method, request, TestTokens.Manager(Target), StatusCode.PermissionDenied);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Right_callers_get_past_the_check(string fullName)
    {
        var method = Find(fullName);
        var request = RequestFor(method, Target);
        if (IsSelf(method))
        {
            await ExpectAllowedAsync(method, request, TestTokens.Employee(Target, "E1"));
            return;
        }

        await ExpectAllowedAsync(method, request, TestTokens.Planner());
        var job = method.Service.FullName is "scheduling.v1.SolveService" or "scheduling.v1.RosterService" && AccessPolicy.RouteField(method) == "name";
        if (!ForPlannersOnly.Contains(fullName) && !job) await ExpectAllowedAsync(method, request, TestTokens.Manager("units/solbacken", Target));
        if (ForEmployeesOfTheUnit.Contains(fullName) || ForEveryone.Contains(fullName)) await ExpectAllowedAsync(method, request, TestTokens.Employee(Target, "E1"));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task The_JSON_routes_refuse_the_same_callers(string fullName)
    {
        var method = Find(fullName);
        var (verb, path, body) = RouteFor(method, Target);
        if (path is null) return;
        using var http = server.CreateClient();
        foreach (var (token, expected) in new (string?, HttpStatusCode)[] { (null, HttpStatusCode.Unauthorized), (TestTokens.Manager("units/solbacken"), HttpStatusCode.Forbidden) })
        {
            if (expected == HttpStatusCode.Forbidden && (ForEveryone.Contains(fullName) || ForAnyManager.Contains(fullName))) continue;
            http.With(token);
            using var message = new HttpRequestMessage(new HttpMethod(verb), new Uri(path, UriKind.Relative));
            if (body is not null) message.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            using var response = await http.SendAsync(message);
            Assert.True(expected == response.StatusCode, $"{verb} {path} with {(token is null ? "no token" : "a manager's token")}: {response.StatusCode}, not {expected}");
            var text = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("other", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_manager_lists_only_their_units_and_works_in_them()
    {
        var channel = server.Channel(TestTokens.Manager("units/solbacken", "units/not-there"));
        var units = await new UnitService.UnitServiceClient(channel).ListUnitsAsync(new ListUnitsRequest { PageSize = 1 });
        Assert.Equal(["units/solbacken"], units.Units.Select(u => u.Name));
        Assert.Empty(units.NextPageToken);
        var employees = await new EmployeeService.EmployeeServiceClient(channel).ListEmployeesAsync(new ListEmployeesRequest { Parent = "units/solbacken" });
        Assert.NotEmpty(employees.Employees);
        var problem = await new UnitService.UnitServiceClient(channel).GetUnitProblemAsync(new GetUnitProblemRequest { Unit = "units/solbacken", Period = new Period { StartDate = "2027-03-01", Days = 7 } });
        Assert.Equal(37, problem.Employees.Count);

        // The planner sees every unit.
        var all = await new UnitService.UnitServiceClient(server.Channel()).ListUnitsAsync(new ListUnitsRequest());
        Assert.Contains(all.Units, u => u.Name == "units/solbacken");
    }

    [Fact]
    public async Task An_employee_reads_their_own_employee_resource_and_their_units_templates_only()
    {
        var channel = server.Channel(TestTokens.Employee("units/solbacken", "E01"));
        var employees = new EmployeeService.EmployeeServiceClient(channel);
        var me = await employees.GetEmployeeAsync(new GetEmployeeRequest { Name = "units/solbacken/employees/E01" });
        Assert.Equal("units/solbacken/employees/E01", me.Name);
        var other = await Assert.ThrowsAsync<RpcException>(() => employees.GetEmployeeAsync(new GetEmployeeRequest { Name = "units/solbacken/employees/E02" }).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, other.StatusCode);
        var missing = await Assert.ThrowsAsync<RpcException>(() => employees.GetEmployeeAsync(new GetEmployeeRequest { Name = "units/solbacken/employees/NOPE" }).ResponseAsync);
        Assert.Equal((other.StatusCode, other.Status.Detail), (missing.StatusCode, missing.Status.Detail));
        var templates = await new ShiftTemplateService.ShiftTemplateServiceClient(channel).ListShiftTemplatesAsync(new ListShiftTemplatesRequest { Parent = "units/solbacken" });
        Assert.Equal(4, templates.ShiftTemplates.Count);
        var units = await new UnitService.UnitServiceClient(channel).ListUnitsAsync(new ListUnitsRequest());
        Assert.Equal(["units/solbacken"], units.Units.Select(u => u.Name));
    }

    [Fact]
    public async Task A_job_belongs_to_its_units_managers()
    {
        var mine = new SolveService.SolveServiceClient(server.Channel(TestTokens.Manager("units/solbacken")));
        var theirs = new SolveService.SolveServiceClient(server.Channel(TestTokens.Manager(Target)));
        var inline = await Assert.ThrowsAsync<RpcException>(() => mine.StartSolveAsync(new StartSolveRequest { Problem = new Problem() }).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, inline.StatusCode);

        var job = await mine.StartSolveAsync(new StartSolveRequest
        {
            Reference = new ProblemReference { Unit = "units/solbacken", Period = new Period { StartDate = "2027-03-01", Days = 7 } },
            Options = new SolveOptions { TimeLimit = Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(TimeSpan.FromSeconds(5)), Workers = 1 },
        });
        try
        {
            foreach (var call in new Func<Task>[]
            {
                () => theirs.GetSolveJobAsync(new GetSolveJobRequest { Name = job.Name }).ResponseAsync,
                () => theirs.CancelSolveAsync(new CancelSolveRequest { Name = job.Name }).ResponseAsync,
                () => theirs.ListSolveJobsAsync(new ListSolveJobsRequest { Unit = "units/solbacken" }).ResponseAsync,
                () => theirs.ListSolveJobsAsync(new ListSolveJobsRequest()).ResponseAsync,
                () => new RosterService.RosterServiceClient(server.Channel(TestTokens.Manager(Target))).GetRosterAsync(new GetRosterRequest { Name = "rosters/" + job.Name.Split('/')[1] }).ResponseAsync,
            })
            {
                var ex = await Assert.ThrowsAsync<RpcException>(call);
                Assert.Equal(StatusCode.PermissionDenied, ex.StatusCode);
            }

            Assert.Equal(job.Name, (await mine.GetSolveJobAsync(new GetSolveJobRequest { Name = job.Name })).Name);
            Assert.Contains((await mine.ListSolveJobsAsync(new ListSolveJobsRequest { Unit = "units/solbacken" })).SolveJobs, j => j.Name == job.Name);
        }
        finally
        {
            // Other tests of this server count on an idle queue.
            await mine.CancelSolveAsync(new CancelSolveRequest { Name = job.Name });
        }
    }

    [Fact]
    public async Task A_warm_start_from_another_units_roster_is_refused()
    {
        var store = server.Services.GetRequiredService<Scheduling.Api.Storage.ISchedulingStore>();
        var job = new SolveJob { Name = "solveJobs/warm1", Unit = "units/solbacken", State = SolveJob.Types.State.Succeeded };
        await store.CreateJobAsync(job, new Problem(), CancellationToken.None);
        await store.FinishJobAsync(job, new Roster { Name = "rosters/warm1", Unit = "units/solbacken" }, CancellationToken.None);
        var request = new StartSolveRequest
        {
            Reference = new ProblemReference { Unit = Target, Period = new Period { StartDate = "2027-03-01", Days = 7 } },
            Options = new SolveOptions { WarmStartRoster = "rosters/warm1" },
        };
        var method = Find("scheduling.v1.SolveService.StartSolve");
        await ExpectAsync(method, request, TestTokens.Manager(Target), StatusCode.PermissionDenied);
        await ExpectAllowedAsync(method, request, TestTokens.Manager(Target, "units/solbacken"));
    }

    private static string Planner(string key) => TestTokens.Planner(key);

    private static string Expired() =>
        Cli.TokenCommand.Mint(TestTokens.Key, SchedulingAuth.Planner, "old", null, [], TimeSpan.FromMinutes(5), DateTimeOffset.UtcNow.AddHours(-1));

    [GeneratedRegex(@"\{([A-Za-z0-9_.]+)(?:=([^}]*))?\}")]
    private static partial Regex RouteVariable();

    private static (string Verb, string? Path, string? Body) RouteFor(MethodDescriptor method, string unit)
    {
        var http = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
        if (http is null) return ("", null, null);
        var (verb, template) = http.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => ("GET", http.Get),
            HttpRule.PatternOneofCase.Post => ("POST", http.Post),
            HttpRule.PatternOneofCase.Patch => ("PATCH", http.Patch),
            HttpRule.PatternOneofCase.Put => ("PUT", http.Put),
            HttpRule.PatternOneofCase.Delete => ("DELETE", http.Delete),
            _ => ("", null),
        };
        if (template is null) return ("", null, null);
        var path = RouteVariable().Replace(template, m => Instance(m.Groups[2].Success ? m.Groups[2].Value : "*", unit));
        var body = http.Body == "*" ? JsonFormatter.Default.Format(RequestFor(method, unit)) : http.Body.Length > 0 ? "{}" : null;
        return (verb, path, body);
    }

    /// <summary>A name matching a route pattern: <c>units/*/employees/*</c> → <c>units/other/employees/x</c>.</summary>
    private static string Instance(string pattern, string unit) =>
        pattern.StartsWith("units/*", StringComparison.Ordinal) ? unit + pattern["units/*".Length..].Replace("*", "x", StringComparison.Ordinal) : pattern.Replace("*", "x", StringComparison.Ordinal);

    /// <summary>An empty request whose resource field (the route's, or the policy's) addresses <paramref name="unit"/>.</summary>
    private static IMessage RequestFor(MethodDescriptor method, string unit)
    {
        var request = method.InputType.Parser.ParseFrom(ByteString.Empty);
        var http = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
        var template = http?.Get is { Length: > 0 } g ? g : http?.Post is { Length: > 0 } p ? p : http?.Patch is { Length: > 0 } pa ? pa : http?.Delete ?? "";
        var bound = RouteVariable().Match(template);
        if (bound.Success) Set(request, bound.Groups[1].Value, Instance(bound.Groups[2].Success ? bound.Groups[2].Value : "*", unit));
        else if (AccessPolicy.Rules.TryGetValue(AccessPolicy.PathOf(method), out var rule) && rule.ResourceField is { } field) Set(request, field, unit);
        return request;
    }

    private static void Set(IMessage message, string path, string value)
    {
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var field = message.Descriptor.FindFieldByName(segments[i]);
            var child = (IMessage?)field.Accessor.GetValue(message) ?? field.MessageType.Parser.ParseFrom(ByteString.Empty);
            field.Accessor.SetValue(message, child);
            message = child;
        }

        message.Descriptor.FindFieldByName(segments[^1]).Accessor.SetValue(message, value);
    }

    private async Task<StatusCode> CallAsync(MethodDescriptor method, IMessage request, string? token)
    {
        var marshaller = Marshallers.Create<IMessage>(m => m.ToByteArray(), b => method.OutputType.Parser.ParseFrom(b));
        var requestMarshaller = Marshallers.Create<IMessage>(m => m.ToByteArray(), b => method.InputType.Parser.ParseFrom(b));
        var invoker = server.Channel(token);
        try
        {
            if (method.IsServerStreaming)
            {
                var streaming = new Method<IMessage, IMessage>(MethodType.ServerStreaming, method.Service.FullName, method.Name, requestMarshaller, marshaller);
                using var call = invoker.AsyncServerStreamingCall(streaming, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(10)), request);
                await call.ResponseStream.MoveNext(CancellationToken.None);
            }
            else
            {
                var unary = new Method<IMessage, IMessage>(MethodType.Unary, method.Service.FullName, method.Name, requestMarshaller, marshaller);
                using var call = invoker.AsyncUnaryCall(unary, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(10)), request);
                await call.ResponseAsync;
            }

            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            if (ex.StatusCode is StatusCode.PermissionDenied or StatusCode.Unauthenticated)
            {
                // Refusals say nothing about the resource.
                Assert.Equal(ex.StatusCode == StatusCode.PermissionDenied ? AccessPolicy.DeniedMessage : AccessPolicy.UnauthenticatedMessage, ex.Status.Detail);
                Assert.Null(ex.GetRpcStatus());
            }

            return ex.StatusCode;
        }
    }

    private async Task ExpectAsync(MethodDescriptor method, IMessage request, string? token, StatusCode expected)
    {
        var actual = await CallAsync(method, request, token);
        Assert.True(expected == actual, $"{method.FullName} as {Describe(token)}: {actual}, not {expected}");
    }

    private async Task ExpectAllowedAsync(MethodDescriptor method, IMessage request, string token)
    {
        var actual = await CallAsync(method, request, token);
        Assert.True(actual is not (StatusCode.PermissionDenied or StatusCode.Unauthenticated), $"{method.FullName} as {Describe(token)}: {actual}");
    }

    private static string Describe(string? token)
    {
        if (token is null) return "no token";
        try
        {
            var jwt = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token);
            return string.Join(" ", jwt.Claims.Where(c => c.Type is SchedulingAuth.RoleClaim or SchedulingAuth.UnitClaim or SchedulingAuth.EmployeeClaim).Select(c => $"{c.Type}={c.Value}"));
        }
        catch (ArgumentException)
        {
            return $"'{token}'";
        }
    }
}
