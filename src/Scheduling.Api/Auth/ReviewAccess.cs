using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Scheduling.Api.V1.Auth;

namespace Scheduling.Api.Auth;

/// <summary>
/// Who may use the review pages (Pages/Review): planners every unit, managers the units of their <c>unit</c>
/// claims, employees none (they use self-service). The pages sign in with a cookie made from a bearer token
/// (<c>/signin</c>); a request with an Authorization header is read as a bearer token instead. gRPC and JSON
/// routes never read the cookie (their scheme is JwtBearer alone).
/// </summary>
public static class ReviewAccess
{
    /// <summary>The pages' cookie.</summary>
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>Bearer when the request has an Authorization header, else the cookie.</summary>
    public const string Scheme = "ReviewPages";

    /// <summary>The authorization policy of the review folder (and, allowing anonymous, of /signin).</summary>
    public const string Policy = "ReviewPages";

    public const string CookieName = "scheduling-signin";

    public const string SignInPath = "/signin";

    /// <summary>A page's route values that name a resource, and the resource name they stand for.</summary>
    private static readonly (string RouteValue, string Prefix)[] RouteResources = [("unit", "units/"), ("job", "solveJobs/"), ("roster", "rosters/"), ("plan", "plans/")];

    /// <summary>Query values that name another resource a page reads (the roster a comparison is made with).</summary>
    private static readonly (string Query, string Prefix)[] QueryResources = [("other", "rosters/")];

    public static void AddReviewAccess(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.LoginPath = SignInPath;
                o.ReturnUrlParameter = "returnUrl";
                // The cookie never outlives the token it was made from: no sliding renewal.
                o.SlidingExpiration = false;
                o.Events.OnRedirectToLogin = context =>
                {
                    // The progress poll (and any client asking for JSON) gets 401, a browser the sign-in page.
                    if (WantsJson(context.Request)) context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    else context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                };
                o.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            })
            .AddPolicyScheme(Scheme, "Review pages", o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? JwtBearerDefaults.AuthenticationScheme : CookieScheme);
        services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser());
    }

    private static bool WantsJson(HttpRequest request) =>
        string.Equals(request.Query["handler"], "Progress", StringComparison.OrdinalIgnoreCase) ||
        request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>
    /// Whether the caller may see the pages about these resources (<c>units/x</c>, <c>solveJobs/x</c>,
    /// <c>rosters/x</c>): planners always (a missing one is then simply not found); managers when each is of a
    /// unit they oversee, so a foreign id and a missing one look the same; employees never.
    /// </summary>
    public static async Task<bool> AllowsAsync(AccessPolicy policy, Caller? caller, IEnumerable<string> resources, CancellationToken cancellation)
    {
        if (caller is null || caller.IsEmployee) return false;
        if (caller.IsPlanner) return true;
        foreach (var resource in resources)
            if (await policy.UnitOfAsync(resource, cancellation).ConfigureAwait(false) is not { } unit || !caller.Oversees(unit)) return false;
        return true;
    }

    /// <summary>The resources a review request addresses: from its route values and the query values above.</summary>
    public static IEnumerable<string> ResourcesOf(RouteData route, IQueryCollection query)
    {
        foreach (var (name, prefix) in RouteResources)
            if (route.Values.TryGetValue(name, out var value) && value?.ToString() is { } id) yield return prefix + id;
        foreach (var (name, prefix) in QueryResources)
            if (query[name].FirstOrDefault() is { Length: > 0 } id) yield return prefix + id;
    }

    /// <summary>
    /// Validates a pasted token exactly as the bearer scheme does (its handler and TokenValidationParameters,
    /// the key from <see cref="SigningKey"/>), and makes the cookie's principal with the token's claims.
    /// </summary>
    public static async Task<(ClaimsPrincipal? Principal, DateTimeOffset Expires, string? Error)> ValidateAsync(IOptionsMonitor<JwtBearerOptions> bearer, string token)
    {
        var options = bearer.Get(JwtBearerDefaults.AuthenticationScheme);
        var handler = options.TokenHandlers.FirstOrDefault() ?? throw new InvalidOperationException("the bearer scheme has no token handler");
        var result = await handler.ValidateTokenAsync(token, options.TokenValidationParameters).ConfigureAwait(false);
        if (!result.IsValid)
            return (null, default, result.Exception switch
            {
                SecurityTokenExpiredException => "expired",
                SecurityTokenMalformedException or ArgumentException => "malformed",
                _ => "invalid",
            });
        var identity = new ClaimsIdentity(result.ClaimsIdentity.Claims, CookieScheme, SchedulingAuth.SubjectClaim, SchedulingAuth.RoleClaim);
        var principal = new ClaimsPrincipal(identity);
        if (Caller.From(principal) is null) return (null, default, "invalid");
        return (principal, new DateTimeOffset(result.SecurityToken.ValidTo, TimeSpan.Zero), null);
    }

    /// <summary>Signs in with the cookie until <paramref name="expires"/> (the token's expiry), no renewal.</summary>
    public static Task SignInAsync(HttpContext context, ClaimsPrincipal principal, DateTimeOffset expires) =>
        context.SignInAsync(CookieScheme, principal, new AuthenticationProperties { IsPersistent = true, ExpiresUtc = expires, AllowRefresh = false });
}
