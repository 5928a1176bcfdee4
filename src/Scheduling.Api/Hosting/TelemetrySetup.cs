using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Scheduling.Api.Application;

namespace Scheduling.Api.Hosting;

/// <summary>
/// The OpenTelemetry SDK: the service's own metrics and traces (<see cref="SchedulingTelemetry"/>) with ASP.NET Core's
/// (request latency, one span per gRPC or JSON call), scraped by Prometheus at <c>/metrics</c> and sent by OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (off when it is not). The other standard <c>OTEL_*</c> variables
/// (<c>OTEL_SERVICE_NAME</c>, <c>OTEL_EXPORTER_OTLP_PROTOCOL</c>, <c>OTEL_RESOURCE_ATTRIBUTES</c>, …) apply as the SDK reads them.
/// </summary>
public static class TelemetrySetup
{
    /// <summary>The standard variable naming the OTLP collector; unset, nothing is exported by OTLP.</summary>
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Where Prometheus scrapes, on the JSON (HTTP/1.1) port.</summary>
    public const string ScrapePath = "/metrics";

    public static WebApplicationBuilder AddSchedulingTelemetry(this WebApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName: builder.Configuration["OTEL_SERVICE_NAME"] ?? "scheduling-api", serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithMetrics(m => m
                .AddMeter(SchedulingTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddPrometheusExporter())
            .WithTracing(t => t
                .AddSource(SchedulingTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !context.Request.Path.StartsWithSegments(ScrapePath, StringComparison.Ordinal)));
        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpoint])) telemetry.UseOtlpExporter();
        return builder;
    }

    /// <summary>Prometheus's scrape endpoint: the metrics as text, no token (they carry counts and timings, nobody's data).</summary>
    public static WebApplication MapSchedulingTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(ScrapePath);
        return app;
    }
}
