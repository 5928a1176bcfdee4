using Scheduling.Api.Application;
using Grpc.Core;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Scheduling.Api.Pages.Review;

/// <summary>
/// What every review page shares: the chosen language and the last action's error. The pages call the
/// application services (as the gRPC services do); an error they raise is shown on the page after a redirect.
/// </summary>
public abstract class ReviewPageModel : PageModel
{
    public Texts T { get; private set; } = new(english: false);

    /// <summary>The signed-in caller (the review folder's access filter has let only planners and managers through).</summary>
    public Auth.Caller? Caller => Auth.Caller.From(User);

    [TempData]
    public string? Error { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        T = Texts.For(Request);
        ViewData["T"] = T;
        if (Request.Query.ContainsKey(Texts.Cookie))
            Response.Cookies.Append(Texts.Cookie, T.Lang, new Microsoft.AspNetCore.Http.CookieOptions { IsEssential = true, SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
    }

    /// <summary>Runs an action; a refusal from the use cases (or an RpcException from access checks) becomes the page's error message and a redirect back.</summary>
    protected async Task<IActionResult> ActAsync(Func<Task<IActionResult>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (ApiException ex)
        {
            Error = ex.Message;
            var query = Request.Query.Where(q => q.Key != "handler").SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)));
            return Redirect(Request.Path + Microsoft.AspNetCore.Http.QueryString.Create(query));
        }
        catch (RpcException ex)
        {
            Error = ex.Status.Detail;
            var query = Request.Query.Where(q => q.Key != "handler").SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)));
            return Redirect(Request.Path + Microsoft.AspNetCore.Http.QueryString.Create(query));
        }
    }
}
