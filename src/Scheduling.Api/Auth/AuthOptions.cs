using Scheduling.Api.V1.Auth;

namespace Scheduling.Api.Auth;

/// <summary>Bearer token settings (section "Scheduling:Auth").</summary>
public sealed class AuthOptions
{
    public const string Section = "Scheduling:Auth";

    /// <summary>
    /// The HMAC-SHA256 key as text (its UTF-8 bytes, at least 32). Empty: the key in the shared store, created with
    /// random content on the first start (a copy in the data directory's <c>signing-key</c> file, readable by the owner only).
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// Shows the review pages' "sign in as planner (development)" button, for requests from this computer. Off unless
    /// set: the environment's name alone (Development) never turns it on. <c>dotnet run</c>'s launch profile sets it.
    /// </summary>
    public bool DevelopmentSignIn { get; set; }

    public string Issuer { get; set; } = SchedulingAuth.DefaultIssuer;

    public string Audience { get; set; } = SchedulingAuth.DefaultAudience;
}
