namespace Scheduling.Api.Auth;

/// <summary>The access checks' log events (source-generated).</summary>
internal static partial class AuthLog
{
    [LoggerMessage(20, LogLevel.Information, "Created the token signing key in the store (its copy for the CLI: {Path}, readable by the owner only)")]
    public static partial void SigningKeyCreated(ILogger log, string path);

    [LoggerMessage(21, LogLevel.Information, "Denied {Method} to {Role} '{Subject}'")]
    public static partial void Denied(ILogger log, string method, string role, string subject);

    [LoggerMessage(22, LogLevel.Error, "No access rule for {Method}: denied to everyone (add it to AccessPolicy)")]
    public static partial void NoAccessRule(ILogger log, string method);

    [LoggerMessage(41, LogLevel.Error, "{Method} answers an employee with a message EmployeeView has no row for: denied (add it to EmployeeView)")]
    public static partial void NoEmployeeView(ILogger logger, string method);
}
