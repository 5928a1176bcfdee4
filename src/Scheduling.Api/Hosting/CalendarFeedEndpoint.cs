using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Scheduling.Api.Application;
using Scheduling.Api.Application.Calendars;

namespace Scheduling.Api.Hosting;

/// <summary>
/// The subscribable calendar URLs (<see cref="CalendarFeeds"/>): plain HTTP GET without a token, for calendar apps,
/// limited per client address (<see cref="SchedulingOptions.CalendarFeedRequests"/> per
/// <see cref="SchedulingOptions.CalendarFeedWindowSeconds"/>, then 429) so secrets cannot be guessed at speed. Anything
/// that does not open a calendar is the same bare 404.
/// </summary>
public static class CalendarFeedEndpoint
{
    private const string Policy = "calendar-feeds";

    public static IServiceCollection AddCalendarFeeds(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, context =>
            {
                var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SchedulingOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = Math.Max(1, options.CalendarFeedRequests),
                        Window = TimeSpan.FromSeconds(Math.Max(1, options.CalendarFeedWindowSeconds)),
                        QueueLimit = 0,
                    });
            });
        });
        return services;
    }

    public static WebApplication MapCalendarFeeds(this WebApplication app)
    {
        app.UseRateLimiter();
        app.MapGet(CalendarFeeds.PathPrefix + "{feed}", async (string feed, CalendarFeeds feeds, HttpContext context) =>
        {
            var ical = await feeds.OpenAsync(feed, context.RequestAborted).ConfigureAwait(false);
            if (ical is null) return Results.Text("no such calendar\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
            context.Response.Headers.CacheControl = "private, no-cache";
            return Results.Text(ical, CalendarFeeds.ContentType);
        }).AllowAnonymous().RequireRateLimiting(Policy);
        return app;
    }
}
