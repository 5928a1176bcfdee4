using System.Net;
using Microsoft.AspNetCore.Authentication;
using Scheduling.Api.Auth;
using Scheduling.Api.Pages.Review;
using Scheduling.Api.V1.Auth;

namespace Scheduling.Api.Pages;

/// <summary>
/// Sign-in for the review pages: paste a bearer token (as <c>scheduling token</c> mints it); the server validates
/// it as the bearer scheme does and signs in with a cookie that expires with the token. With the setting
/// <c>Scheduling:Auth:DevelopmentSignIn</c> on, from this computer, a button signs in as a planner.
/// </summary>
public sealed class SignInModel(IOptionsMonitor<JwtBearerOptions> bearer, IOptions<AuthOptions> auth) : ReviewPageModel
{
    /// <summary>How long the development sign-in lasts.</summary>
    public static readonly TimeSpan DevelopmentValidity = TimeSpan.FromHours(8);

    private const int MaxTokenLength = 16 * 1024;

    [FromQuery(Name = "returnUrl")]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last attempt failed (a key of <see cref="Texts"/>).</summary>
    public string? Failure { get; private set; }

    public bool Development => auth.Value.DevelopmentSignIn && IsLocal(HttpContext.Connection.RemoteIpAddress);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? token)
    {
        token = token?.Trim();
        if (token is { Length: > 0 } && token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) token = token["Bearer ".Length..].Trim();
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            Failure = "token-malformed";
            return Page();
        }

        var (principal, expires, error) = await ReviewAccess.ValidateAsync(bearer, token).ConfigureAwait(false);
        if (principal is null)
        {
            Failure = "token-" + error;
            return Page();
        }

        await ReviewAccess.SignInAsync(HttpContext, principal, expires).ConfigureAwait(false);
        return LocalRedirect(Next());
    }

    /// <summary>With the development sign-in on only: a planner, for <see cref="DevelopmentValidity"/>.</summary>
    public async Task<IActionResult> OnPostDevelopmentAsync()
    {
        if (!Development) return NotFound();
        var identity = new ClaimsIdentity(
            [new Claim(SchedulingAuth.RoleClaim, SchedulingAuth.Planner), new Claim(SchedulingAuth.SubjectClaim, "development-planner")],
            ReviewAccess.CookieScheme, SchedulingAuth.SubjectClaim, SchedulingAuth.RoleClaim);
        await ReviewAccess.SignInAsync(HttpContext, new ClaimsPrincipal(identity), DateTimeOffset.UtcNow.Add(DevelopmentValidity)).ConfigureAwait(false);
        return LocalRedirect(Next());
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutAsync(ReviewAccess.CookieScheme).ConfigureAwait(false);
        return LocalRedirect(ReviewAccess.SignInPath);
    }

    private string Next() => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) && !url.StartsWith(ReviewAccess.SignInPath, StringComparison.OrdinalIgnoreCase) ? url : "/";

    /// <summary>Loopback (after a trusted proxy's X-Forwarded-For), or no address (the in-memory test server); only asked when the setting is on.</summary>
    private static bool IsLocal(IPAddress? address) => address is null || IPAddress.IsLoopback(address);
}
