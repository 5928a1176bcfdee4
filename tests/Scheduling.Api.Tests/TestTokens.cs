using System.Net.Http.Headers;
using Grpc.Core.Interceptors;
using Scheduling.Api.V1.Auth;
using Scheduling.Cli;

namespace Scheduling.Api.Tests;

/// <summary>Bearer tokens for the tests, minted as <c>scheduling token</c> mints them.</summary>
internal static class TestTokens
{
    /// <summary>The in-memory servers' signing key (<c>Scheduling:Auth:SigningKey</c>).</summary>
    public const string Key = "test-signing-key-of-at-least-32-bytes-0123456789";

    public static string Planner(string key = Key) => TokenCommand.Mint(key, SchedulingAuth.Planner, "test-planner", null, [], TimeSpan.FromHours(1), DateTimeOffset.UtcNow);

    public static string Manager(params string[] units) => TokenCommand.Mint(Key, SchedulingAuth.Manager, "test-manager", null, units, TimeSpan.FromHours(1), DateTimeOffset.UtcNow);

    public static string Employee(string unit, string id, string key = Key) => TokenCommand.Mint(key, SchedulingAuth.Employee, $"{unit}/employees/{id}", id, [unit], TimeSpan.FromHours(1), DateTimeOffset.UtcNow);

    /// <summary>Calls that carry <paramref name="token"/> (none when null).</summary>
    public static CallInvoker With(this CallInvoker invoker, string? token) =>
        token is null ? invoker : invoker.Intercept(headers =>
        {
            headers.Add("authorization", $"Bearer {token}");
            return headers;
        });

    public static HttpClient With(this HttpClient client, string? token)
    {
        client.DefaultRequestHeaders.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
