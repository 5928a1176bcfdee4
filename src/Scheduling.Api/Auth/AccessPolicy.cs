using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Scheduling.Api.Application;
using Scheduling.Api.Storage;
using Scheduling.Api.V1;
using ServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace Scheduling.Api.Auth;

/// <summary>
/// The one place that decides who may call what. Every gRPC method (and so its JSON route) has an
/// <see cref="Audience"/> in <see cref="Rules"/>; a method without one is denied to everyone. The unit a
/// request addresses comes from its resource name: the field bound in the method's HTTP route
/// (<c>{name=units/*/employees/*}</c>, <c>{parent=units/*}</c>, …) or a field named here, and for
/// <c>solveJobs/{id}</c> and <c>rosters/{id}</c> from the stored job or roster. A refusal says nothing about
/// the resource (not even whether it exists).
/// </summary>
public sealed partial class AccessPolicy(ISchedulingStore store, ILogger<AccessPolicy> log)
{
    /// <summary>
    /// A method's audience, the field (a proto path such as <c>employee.name</c>) naming what it addresses, and
    /// further fields naming other resources it reads (a warm-start roster), which must be the caller's too when set.
    /// </summary>
    public sealed record Rule(MethodDescriptor Method, Audience Audience, string? ResourceField, IReadOnlyList<string> AlsoFields);

    public const string DeniedMessage = "permission denied";

    public const string UnauthenticatedMessage = "a valid bearer token is required (see the README: scheduling token)";

    private static readonly string[] AnonymousServices = ["grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection", "grpc.reflection.v1.ServerReflection"];

    /// <summary>Every method of the contract with its rule, by gRPC path (<c>/scheduling.v1.UnitService/GetUnit</c>).</summary>
    public static FrozenDictionary<string, Rule> Rules { get; } = Build();

    private static FrozenDictionary<string, Rule> Build()
    {
        (ServiceDescriptor Service, string Method, Audience Audience, string? Field)[] table =
        [
            (UnitService.Descriptor, "GetUnit", Audience.Members, null),
            (UnitService.Descriptor, "ListUnits", Audience.Authenticated, null),
            (UnitService.Descriptor, "CreateUnit", Audience.Planner, null),
            (UnitService.Descriptor, "UpdateUnit", Audience.Managers, null),
            (UnitService.Descriptor, "DeleteUnit", Audience.Planner, null),
            (UnitService.Descriptor, "ImportUnit", Audience.Planner, null),
            (UnitService.Descriptor, "GetUnitProblem", Audience.Managers, null),

            (EmployeeService.Descriptor, "GetEmployee", Audience.Owner, null),
            (EmployeeService.Descriptor, "ListEmployees", Audience.Managers, null),
            (EmployeeService.Descriptor, "CreateEmployee", Audience.Managers, null),
            (EmployeeService.Descriptor, "UpdateEmployee", Audience.Managers, null),
            (EmployeeService.Descriptor, "DeleteEmployee", Audience.Managers, null),

            (ShiftTemplateService.Descriptor, "GetShiftTemplate", Audience.Members, null),
            (ShiftTemplateService.Descriptor, "ListShiftTemplates", Audience.Members, null),
            (ShiftTemplateService.Descriptor, "CreateShiftTemplate", Audience.Managers, null),
            (ShiftTemplateService.Descriptor, "UpdateShiftTemplate", Audience.Managers, null),
            (ShiftTemplateService.Descriptor, "DeleteShiftTemplate", Audience.Managers, null),

            (DemandService.Descriptor, "GetShiftDemand", Audience.Managers, null),
            (DemandService.Descriptor, "ListShiftDemands", Audience.Managers, null),
            (DemandService.Descriptor, "CreateShiftDemand", Audience.Managers, null),
            (DemandService.Descriptor, "UpdateShiftDemand", Audience.Managers, null),
            (DemandService.Descriptor, "DeleteShiftDemand", Audience.Managers, null),
            (DemandService.Descriptor, "GetDemandCurve", Audience.Managers, null),
            (DemandService.Descriptor, "UpdateDemandCurve", Audience.Managers, null),

            (RulePackService.Descriptor, "GetRulePack", Audience.Staff, null),
            (RulePackService.Descriptor, "ListRulePacks", Audience.Staff, null),
            (RulePackService.Descriptor, "CreateRulePack", Audience.Planner, null),
            (RulePackService.Descriptor, "UpdateRulePack", Audience.Planner, null),
            (RulePackService.Descriptor, "DeleteRulePack", Audience.Planner, null),

            (WishService.Descriptor, "GetWish", Audience.Managers, null),
            (WishService.Descriptor, "ListWishes", Audience.Managers, null),
            (WishService.Descriptor, "CreateWish", Audience.Managers, null),
            (WishService.Descriptor, "UpdateWish", Audience.Managers, null),
            (WishService.Descriptor, "DeleteWish", Audience.Managers, null),

            (WishService.Descriptor, "GetPin", Audience.Managers, null),
            (WishService.Descriptor, "ListPins", Audience.Managers, null),
            (WishService.Descriptor, "CreatePin", Audience.Managers, null),
            (WishService.Descriptor, "UpdatePin", Audience.Managers, null),
            (WishService.Descriptor, "DeletePin", Audience.Managers, null),

            (WishService.Descriptor, "GetUnavailableDay", Audience.Managers, null),
            (WishService.Descriptor, "ListUnavailableDays", Audience.Managers, null),
            (WishService.Descriptor, "CreateUnavailableDay", Audience.Managers, null),
            (WishService.Descriptor, "UpdateUnavailableDay", Audience.Managers, null),
            (WishService.Descriptor, "DeleteUnavailableDay", Audience.Managers, null),


            // An inline problem names no unit: planners only. A job's or roster's unit is the stored job's.
            (SolveService.Descriptor, "StartSolve", Audience.Managers, "reference.unit"),
            (SolveService.Descriptor, "WatchSolve", Audience.Managers, null),
            (SolveService.Descriptor, "GetSolveJob", Audience.Managers, null),
            (SolveService.Descriptor, "ListSolveJobs", Audience.Managers, "unit"),
            (SolveService.Descriptor, "CancelSolve", Audience.Managers, null),

            (RosterService.Descriptor, "GetRoster", Audience.Managers, null),
            (RosterService.Descriptor, "ListRosters", Audience.Managers, null),
            (RosterService.Descriptor, "EditRoster", Audience.Managers, null),
            (RosterService.Descriptor, "ApproveRoster", Audience.Managers, null),
            (RosterService.Descriptor, "PublishRoster", Audience.Managers, null),
            (RosterService.Descriptor, "ResolveRoster", Audience.Managers, null),
            (RosterService.Descriptor, "CompareRosters", Audience.Managers, null),
            (RosterService.Descriptor, "PriceWish", Audience.Managers, null),
            (RosterService.Descriptor, "ListReplacements", Audience.Managers, null),
            (RosterService.Descriptor, "AcceptReplacement", Audience.Managers, null),
            (RosterService.Descriptor, "ReplanAbsence", Audience.Managers, null),

            // An employee of the unit reads absences, filtered to their own (EmployeeView).
            (AbsenceService.Descriptor, "GetAbsence", Audience.Members, null),
            (AbsenceService.Descriptor, "ListAbsences", Audience.Members, null),
            (AbsenceService.Descriptor, "CreateAbsence", Audience.Managers, null),
            (AbsenceService.Descriptor, "DeleteAbsence", Audience.Managers, null),

            // A municipality's plan spans units: the planner's.
            (PlanService.Descriptor, "StartPlan", Audience.Planner, null),
            (PlanService.Descriptor, "GetPlan", Audience.Planner, null),

            (WindowService.Descriptor, "GetWindows", Audience.Members, null),
            (WindowService.Descriptor, "SetRateChoiceWindow", Audience.Managers, null),
            (WindowService.Descriptor, "SetWishWindow", Audience.Managers, null),
            (WindowService.Descriptor, "ListRateChoices", Audience.Managers, null),

            .. EmployeeSelfService.Descriptor.Methods.Select(m => (EmployeeSelfService.Descriptor, m.Name, Audience.Self, (string?)null)),
        ];

        // Other resources a request may name besides the one it addresses.
        var also = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            [PathOf(SolveService.Descriptor.FindMethodByName("StartSolve"))] = ["options.warm_start_roster"],
            [PathOf(RosterService.Descriptor.FindMethodByName("CompareRosters"))] = ["other"],
            [PathOf(RosterService.Descriptor.FindMethodByName("ListReplacements"))] = ["absence"],
            [PathOf(RosterService.Descriptor.FindMethodByName("AcceptReplacement"))] = ["absence"],
            [PathOf(RosterService.Descriptor.FindMethodByName("ReplanAbsence"))] = ["absence"],
        };

        var rules = new Dictionary<string, Rule>(StringComparer.Ordinal);
        foreach (var (service, name, audience, field) in table)
        {
            var method = service.FindMethodByName(name) ?? throw new InvalidOperationException($"AccessPolicy names {service.FullName}.{name}, which the contract does not have");
            var resource = field ?? RouteField(method);
            if (resource is null && audience is Audience.Managers or Audience.Members or Audience.Owner)
                throw new InvalidOperationException($"{service.FullName}.{name} is scoped to a unit but names no resource field");
            var extra = also.GetValueOrDefault(PathOf(method), []);
            foreach (var path in extra) Read(method.InputType.Parser.ParseFrom(ByteString.Empty), path); // a misspelt path fails at start
            if (!rules.TryAdd(PathOf(method), new Rule(method, audience, resource, extra)))
                throw new InvalidOperationException($"AccessPolicy names {service.FullName}.{name} twice");
        }

        return rules.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The gRPC path of a method, as <see cref="ServerCallContext.Method"/> has it.</summary>
    public static string PathOf(MethodDescriptor method) => $"/{method.Service.FullName}/{method.Name}";

    [GeneratedRegex(@"\{([A-Za-z0-9_.]+)")]
    private static partial Regex RouteVariable();

    /// <summary>The field bound by the first variable of the method's HTTP route, e.g. <c>employee.name</c>.</summary>
    public static string? RouteField(MethodDescriptor method)
    {
        var http = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
        var path = http?.PatternCase switch
        {
            HttpRule.PatternOneofCase.Get => http.Get,
            HttpRule.PatternOneofCase.Post => http.Post,
            HttpRule.PatternOneofCase.Patch => http.Patch,
            HttpRule.PatternOneofCase.Put => http.Put,
            HttpRule.PatternOneofCase.Delete => http.Delete,
            _ => null,
        };
        var match = path is null ? null : RouteVariable().Match(path);
        return match is { Success: true } ? match.Groups[1].Value : null;
    }

    /// <summary>
    /// Lets the call through, or throws UNAUTHENTICATED (no or an invalid token) or PERMISSION_DENIED.
    /// The caller it lets through is in <see cref="CallerExtensions.Caller"/>.
    /// </summary>
    public async Task AuthorizeAsync(IMessage? request, ServerCallContext context)
    {
        var service = context.Method.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (AnonymousServices.Contains(service, StringComparer.Ordinal)) return;
        var http = context.GetHttpContext();
        var caller = Caller.From(http.User);
        if (caller is null)
        {
            if (http.User.Identity?.IsAuthenticated == true) throw Denied(context.Method, "unknown", "claims without a valid role");
            throw new RpcException(new Status(StatusCode.Unauthenticated, UnauthenticatedMessage));
        }

        if (!Rules.TryGetValue(context.Method, out var rule))
        {
            AuthLog.NoAccessRule(log, context.Method);
            throw Denied(context.Method, caller.Role, caller.Subject);
        }

        if (!await AllowsAsync(rule, caller, request, context.CancellationToken).ConfigureAwait(false))
            throw Denied(context.Method, caller.Role, caller.Subject);
        http.Items[typeof(Caller)] = caller;
    }

    /// <summary>PERMISSION_DENIED for an answer the caller may not get (an employee, a message <see cref="EmployeeView"/> has no row for).</summary>
    public RpcException Refuse(string method, Caller caller)
    {
        AuthLog.NoEmployeeView(log, method);
        return Denied(method, caller.Role, caller.Subject);
    }

    private RpcException Denied(string method, string role, string subject)
    {
        AuthLog.Denied(log, method, role, subject);
        return new RpcException(new Status(StatusCode.PermissionDenied, DeniedMessage));
    }

    public async Task<bool> AllowsAsync(Rule rule, Caller caller, IMessage? request, CancellationToken cancellation)
    {
        switch (rule.Audience)
        {
            case Audience.Anonymous or Audience.Authenticated:
                return true;
            case Audience.Planner:
                return caller.IsPlanner;
            case Audience.Staff:
                return caller.IsPlanner || caller.IsManager;
            case Audience.Self:
                return caller.IsEmployee;
            case Audience.Managers or Audience.Members or Audience.Owner:
                if (caller.IsPlanner) return true;
                var resource = request is null || rule.ResourceField is null ? "" : Read(request, rule.ResourceField);
                var unit = await UnitOfAsync(resource, cancellation).ConfigureAwait(false);
                if (unit is null) return false;
                foreach (var other in rule.AlsoFields.Select(f => Read(request!, f)).Where(v => v.Length > 0))
                    if (await UnitOfAsync(other, cancellation).ConfigureAwait(false) is not { } otherUnit || !caller.Oversees(otherUnit)) return false;
                if (caller.Oversees(unit)) return true;
                return rule.Audience switch
                {
                    Audience.Members => caller.IsEmployee && caller.Unit == unit,
                    Audience.Owner => caller.IsEmployee && caller.EmployeeName == resource,
                    _ => false,
                };
            default:
                return false;
        }
    }

    /// <summary>
    /// The unit a resource name belongs to: <c>units/{unit}</c> for names under it, the stored job's unit for
    /// <c>solveJobs/{id}</c> and the stored roster's for <c>rosters/{id}</c>; null for anything else (or a job of an inline problem).
    /// </summary>
    public async Task<string?> UnitOfAsync(string resource, CancellationToken cancellation)
    {
        var parts = resource.Split('/');
        if (parts.Length >= 2 && parts[0] == "units") return ResourceIds.IsValid(parts[1]) ? $"units/{parts[1]}" : null;
        if (parts.Length == 2 && parts[0] == "solveJobs" && ResourceIds.IsValid(parts[1]))
            return await store.GetJobAsync(resource, cancellation).ConfigureAwait(false) is { Unit.Length: > 0 } job ? job.Unit : null;
        // A roster's own unit (a roster need not share its id with a job).
        if (parts.Length == 2 && parts[0] == "rosters" && ResourceIds.IsValid(parts[1]))
            return await store.GetRosterAsync(resource, cancellation).ConfigureAwait(false) is { Unit.Length: > 0 } roster ? roster.Unit : null;

        return null;
    }

    /// <summary>A string field of a request by its proto path (<c>reference.unit</c>); empty when a message on the way is unset.</summary>
    public static string Read(IMessage message, string path)
    {
        IMessage? current = message;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length && current is not null; i++)
        {
            var field = current.Descriptor.FindFieldByName(segments[i]) ?? throw new InvalidOperationException($"{current.Descriptor.FullName} has no field {segments[i]}");
            var value = field.Accessor.GetValue(current);
            if (i == segments.Length - 1) return value as string ?? "";
            current = value as IMessage;
        }

        return "";
    }
}
