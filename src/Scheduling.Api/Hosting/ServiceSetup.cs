using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using NodaTime;
using Scheduling.Api.Application;
using Scheduling.Api.Application.Calendars;
using Scheduling.Api.Application.Review;
using Scheduling.Api.Application.SelfService;
using Scheduling.Api.Application.Solving;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Application.Windows;
using Scheduling.Api.Auth;
using Scheduling.Api.Pages.Review;
using Scheduling.Api.Storage;

namespace Scheduling.Api.Hosting;

/// <summary>The service's wiring: what Program.cs calls.</summary>
public static class ServiceSetup
{
    public static WebApplicationBuilder AddScheduling(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SchedulingOptions.Section);
        builder.Services.Configure<SchedulingOptions>(section);
        builder.Services.Configure<StoreOptions>(builder.Configuration.GetSection(StoreOptions.Section));
        builder.Services.PostConfigure<StoreOptions>(o => o.ConnectionString ??= builder.Configuration.GetConnectionString(StoreOptions.ConnectionStringName));
        var options = section.Get<SchedulingOptions>() ?? new SchedulingOptions();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxMessageBytes);

        // The sign-in cookies' keys live in the shared store, so a restart signs nobody out and every node reads every node's cookies.
        builder.Services.AddDataProtection().SetApplicationName("Scheduling");
        builder.Services.AddOptions<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>()
            .Configure<ISchedulingStore>((o, store) => o.XmlRepository = new StoreKeyRing(store));
        // Behind a TLS proxy (loopback, or one named in TrustedProxies) the request is HTTPS as the proxy says.
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in options.TrustedProxies)
            {
                if (proxy.Contains('/', StringComparison.Ordinal)) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                else o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });

        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddSingleton<SqliteSchedulingStore>();
        builder.Services.AddSingleton<PostgresSchedulingStore>();
        builder.Services.AddSingleton<ISchedulingStore>(sp => sp.GetRequiredService<IOptions<StoreOptions>>().Value.UsesPostgres
            ? sp.GetRequiredService<PostgresSchedulingStore>()
            : sp.GetRequiredService<SqliteSchedulingStore>());
        builder.Services.AddSingleton<RosterRepository>();
        builder.Services.AddSingleton<JobRepository>();
        builder.Services.AddSingleton<UnitRepository>();
        builder.Services.AddSingleton<AbsenceRepository>();
        builder.Services.AddSingleton<SchedulingTelemetry>();
        builder.Services.AddSingleton<Resources>();
        builder.Services.AddSingleton<UnitProblems>();
        builder.Services.AddSingleton<PreviousPeriods>();
        builder.Services.AddSingleton<LiveJobs>();
        builder.Services.AddSingleton<JobWrites>();
        builder.Services.AddSingleton<JobRunner>();
        builder.Services.AddSingleton<SolveAdmission>();
        builder.Services.AddSingleton<SolveJobs>();
        builder.Services.AddSingleton<LeaseKeeper>();
        builder.Services.AddSingleton<SolveEngine>();
        builder.Services.AddSingleton<ISolveQueue, HangfireSolveQueue>();
        builder.Services.AddSingleton<SelfServiceWindows>();
        builder.Services.AddSingleton<OwnRates>();
        builder.Services.AddSingleton<OwnWishes>();
        builder.Services.AddSingleton<OwnData>();
        builder.Services.AddSingleton<RosterWrites>();
        builder.Services.AddSingleton<RosterVersions>();
        builder.Services.AddSingleton<RosterEdits>();
        builder.Services.AddSingleton<RosterPublication>();
        builder.Services.AddSingleton<RosterReports>();
        builder.Services.AddSingleton<WishPrices>();
        builder.Services.AddSingleton<ICalendarFeedStore, SqliteCalendarFeedStore>();
        builder.Services.AddSingleton<EmployeeCalendar>();
        builder.Services.AddSingleton<CalendarFeeds>();
        builder.Services.AddCalendarFeeds();
        builder.Services.AddSingleton<Application.Absences.Absences>();
        builder.Services.AddSingleton<Application.Absences.Replacements>();
        builder.Services.AddSingleton<Application.Plans.MunicipalityPlans>();
        builder.Services.AddHostedService<ExampleSeeder>();
        AddAuth(builder);
        builder.AddSchedulingTelemetry();
        builder.Services.AddHostedService<SolveWorker>();
        builder.Services.AddSingleton<QueueRepair>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<QueueRepair>());

        builder.Services.AddGrpc(o =>
        {
            o.MaxReceiveMessageSize = options.MaxMessageBytes;
            o.MaxSendMessageSize = options.MaxMessageBytes;
            o.Interceptors.Add<ErrorInterceptor>();
            o.Interceptors.Add<AccessInterceptor>();
        }).AddJsonTranscoding(o =>
            // The JSON error body carries the same details (google.rpc.BadRequest, …) as the gRPC trailer.
            o.TypeRegistry = Google.Protobuf.Reflection.TypeRegistry.FromFiles(Google.Rpc.ErrorDetailsReflection.Descriptor));
        builder.Services.AddGrpcHealthChecks().AddCheck<StoreHealthCheck>("store", tags: [StoreHealthCheck.Ready]);
        builder.Services.AddGrpcReflection();
        // The manager's review pages (Pages/Review), on the HTTP/1.1 port next to the JSON routes.
        // Signed-in only: the review folder's policy (a cookie from /signin, or a bearer token) and one filter
        // for every handler of every page there (role, and the unit of the unit, job or roster addressed).
        builder.Services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Review", ReviewAccess.Policy);
            o.Conventions.AddFolderApplicationModelConvention("/Review", m => m.Filters.Add(new ReviewAccessFilter()));
            // The sign-in page reads the cookie (to show who is signed in and to check its forms) but needs none.
            o.Conventions.AuthorizePage("/SignIn", ReviewAccess.Policy).AllowAnonymousToPage("/SignIn");
        });
        // Swedish letters as they are, not as character references: smaller pages, readable source.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        return builder;
    }

    /// <summary>
    /// Bearer JWTs (HMAC-SHA256, <see cref="SigningKey"/>) with the claims named in
    /// <see cref="V1.Auth.SchedulingAuth"/>, kept under their own names (<c>role</c>, <c>unit</c>, …).
    /// What a caller may do is <see cref="AccessPolicy"/>'s, run by <see cref="AccessInterceptor"/>.
    /// </summary>
    private static void AddAuth(WebApplicationBuilder builder)
    {
        builder.Services.Configure<AuthOptions>(builder.Configuration.GetSection(AuthOptions.Section));
        builder.Services.AddSingleton<SigningKey>();
        builder.Services.AddSingleton<AccessPolicy>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddReviewAccess();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<SigningKey, IOptions<AuthOptions>>((o, key, auth) =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = auth.Value.Issuer,
                ValidAudience = auth.Value.Audience,
                IssuerSigningKey = key.Key,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                RoleClaimType = V1.Auth.SchedulingAuth.RoleClaim,
                NameClaimType = V1.Auth.SchedulingAuth.SubjectClaim,
                ClockSkew = TimeSpan.FromMinutes(1),
            };
        });
    }

    public static WebApplication MapScheduling(this WebApplication app)
    {
        // The store opens (and migrates) before the first request, not inside one; the signing key (and its
        // file, on a first start) exists before the first token is minted.
        _ = app.Services.GetRequiredService<ISchedulingStore>();
        _ = app.Services.GetRequiredService<SigningKey>();
        app.UseForwardedHeaders();
        app.UseMiddleware<GrpcRequestCheck>(new[]
        {
            V1.UnitService.Descriptor.File, V1.SolveService.Descriptor.File, V1.RosterService.Descriptor.File,
            V1.EmployeeSelfService.Descriptor.File, V1.WindowService.Descriptor.File,
        }.Distinct().SelectMany(f => f.Services).DistinctBy(s => s.FullName).ToList());
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGrpcService<Services.UnitService>();
        app.MapGrpcService<Services.EmployeeService>();
        app.MapGrpcService<Services.ShiftTemplateService>();
        app.MapGrpcService<Services.DemandService>();
        app.MapGrpcService<Services.RulePackService>();
        app.MapGrpcService<Services.WishService>();
        app.MapGrpcService<Services.SolveService>();
        app.MapGrpcService<Services.RosterService>();
        app.MapGrpcService<Services.WindowService>();
        app.MapGrpcService<Services.EmployeeSelfService>();
        app.MapSchedulingTelemetry();
        app.MapGrpcService<Services.AbsenceService>();
        app.MapGrpcService<Services.PlanService>();
        app.MapGrpcHealthChecksService();
        // Readiness over plain HTTP (200 Healthy, 503 Unhealthy): the same checks as grpc.health.v1.Health.
        app.MapHealthChecks("/health");
        // For load balancers and orchestrators: alive (the process answers) and ready (its store answers too).
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = c => c.Tags.Contains(StoreHealthCheck.Ready) });
        app.MapGrpcReflectionService();
        app.MapCalendarFeeds();
        // The review pages: "/" lists the units; signed in at /signin (see AddRazorPages' conventions above).
        app.MapRazorPages();
        return app;
    }
}
