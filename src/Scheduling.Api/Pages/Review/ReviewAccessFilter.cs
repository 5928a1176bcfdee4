using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Scheduling.Api.Auth;

namespace Scheduling.Api.Pages.Review;

/// <summary>
/// Runs before every handler of every review page (GET, POST, progress, exports; a folder convention), after
/// the sign-in policy: the caller's role, and the unit of each resource the request names.
/// Ordered before the antiforgery check, so a foreign resource is 403 whatever the form.
/// </summary>
public sealed partial class ReviewAccessFilter : IAsyncAuthorizationFilter, IOrderedFilter
{
    [LoggerMessage(LogLevel.Information, "review page refused: {Path} to {Role} {Subject}")]
    private static partial void Refused(ILogger log, PathString path, string role, string subject);

    public int Order => -1000;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        var policy = http.RequestServices.GetRequiredService<AccessPolicy>();
        var caller = Caller.From(http.User);
        if (await ReviewAccess.AllowsAsync(policy, caller, ReviewAccess.ResourcesOf(context.RouteData, http.Request.Query), http.RequestAborted).ConfigureAwait(false))
            return;
        Refused(http.RequestServices.GetRequiredService<ILogger<ReviewAccessFilter>>(), http.Request.Path, caller?.Role ?? "unknown", caller?.Subject ?? "");
        context.Result = Denied(http, context.ModelState);
    }

    /// <summary>The one 403 page of the review pages: it says nothing about what was asked for.</summary>
    public static IActionResult Denied(HttpContext context, ModelStateDictionary modelState)
    {
        var texts = Texts.For(context.Request);
        return new PartialViewResult
        {
            ViewName = "_Denied",
            StatusCode = StatusCodes.Status403Forbidden,
            ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), modelState) { ["T"] = texts, ["Title"] = texts["denied"] },
        };
    }
}
