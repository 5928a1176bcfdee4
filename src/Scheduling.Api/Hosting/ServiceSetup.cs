using Microsoft.Extensions.Options;
using NodaTime;
using Scheduling.Api.Application;
using Scheduling.Api.Services;
using Scheduling.Api.Storage;

namespace Scheduling.Api.Hosting;

/// <summary>The service's wiring: what Program.cs calls.</summary>
public static class ServiceSetup
{
    public static WebApplicationBuilder AddScheduling(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(SchedulingOptions.Section);
        builder.Services.Configure<SchedulingOptions>(section);
        var options = section.Get<SchedulingOptions>() ?? new SchedulingOptions();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxMessageBytes);

        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddSingleton<SqliteSchedulingStore>();
        builder.Services.AddSingleton<ISchedulingStore>(sp => sp.GetRequiredService<SqliteSchedulingStore>());
        builder.Services.AddSingleton<SchedulingTelemetry>();
        builder.Services.AddSingleton<Resources>();
        builder.Services.AddSingleton<UnitProblems>();
        builder.Services.AddSingleton<SolveJobs>();
        builder.Services.AddSingleton<RosterReview>();
        builder.Services.AddHostedService<ExampleSeeder>();
        builder.Services.AddHostedService<SolveWorker>();

        builder.Services.AddGrpc(o =>
        {
            o.MaxReceiveMessageSize = options.MaxMessageBytes;
            o.MaxSendMessageSize = options.MaxMessageBytes;
            o.Interceptors.Add<ErrorInterceptor>();
        }).AddJsonTranscoding(o =>
            // The JSON error body carries the same details (google.rpc.BadRequest, …) as the gRPC trailer.
            o.TypeRegistry = Google.Protobuf.Reflection.TypeRegistry.FromFiles(Google.Rpc.ErrorDetailsReflection.Descriptor));
        builder.Services.AddGrpcHealthChecks().AddCheck("store", () =>
            Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy());
        builder.Services.AddGrpcReflection();
        // The manager's review pages (Pages/Review), on the HTTP/1.1 port next to the JSON routes.
        builder.Services.AddRazorPages();
        // Swedish letters as they are, not as character references: smaller pages, readable source.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        return builder;
    }

    public static WebApplication MapScheduling(this WebApplication app)
    {
        // The store opens (and migrates) before the first request, not inside one.
        _ = app.Services.GetRequiredService<ISchedulingStore>();
        app.MapGrpcService<UnitApi>();
        app.MapGrpcService<EmployeeApi>();
        app.MapGrpcService<ShiftTemplateApi>();
        app.MapGrpcService<DemandApi>();
        app.MapGrpcService<RulePackApi>();
        app.MapGrpcService<WishApi>();
        app.MapGrpcService<SolveApi>();
        app.MapGrpcService<RosterApi>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        // The review pages: "/" lists the units. One convention for the whole group, so an authorization
        // policy can be applied to all of them at once (RequireAuthorization on this builder).
        app.MapRazorPages();
        return app;
    }
}
