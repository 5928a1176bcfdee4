namespace Scheduling.Api.Tests.Trust;

/// <summary>Sign-in for the review pages: the development button only when asked for, keys kept with the data, a Secure cookie behind a TLS proxy.</summary>
public sealed partial class SignInTests : IDisposable
{
    private readonly string dataDirectory = TestPaths.TempDirectory();

    public void Dispose()
    {
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    private static HttpClient Browser(TrustServer server) => server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private static async Task<FormUrlEncodedContent> FormAsync(HttpClient client, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync("/signin");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryField().Match(page).Groups[1].Value);
        return new FormUrlEncodedContent(fields);
    }

    [Fact]
    public async Task The_development_button_is_off_unless_the_setting_turns_it_on()
    {
        // WebApplicationFactory runs as Development, and the in-memory server has no remote address: neither is enough.
        await using (var plain = new TrustServer(dataDirectory, null, ("Scheduling:ExampleFile", "")))
        {
            var client = Browser(plain);
            Assert.DoesNotContain("signin-dev", await client.GetStringAsync("/signin?lang=en"), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/signin?handler=Development", await FormAsync(client, []))).StatusCode);
        }

        await using var enabled = new TrustServer(dataDirectory, null, ("Scheduling:ExampleFile", ""), ("Scheduling:Auth:DevelopmentSignIn", "true"));
        var browser = Browser(enabled);
        Assert.Contains("Sign in as planner (development)", await browser.GetStringAsync("/signin?lang=en"), StringComparison.Ordinal);
        var response = await browser.PostAsync("/signin?handler=Development", await FormAsync(browser, []));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("development-planner", await browser.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restart_keeps_everyone_signed_in_with_the_keys_kept_in_the_store()
    {
        string cookie;
        await using (var first = new TrustServer(dataDirectory))
        {
            var client = Browser(first);
            var response = await client.PostAsync("/signin", await FormAsync(client, new() { ["token"] = TestTokens.Planner() }));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("scheduling-signin=", StringComparison.Ordinal)).Split(';')[0];
        }

        // The key ring lives in the store (shared by every node), not in a folder of one node's data directory.
        Assert.False(Directory.Exists(Path.Combine(dataDirectory, "keys")));

        await using var second = new TrustServer(dataDirectory);
        var again = Browser(second);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/units/solbacken");
        request.Headers.Add("Cookie", cookie);
        Assert.Equal(HttpStatusCode.OK, (await again.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Behind_a_TLS_proxy_the_cookie_is_Secure()
    {
        await using var server = new TrustServer(dataDirectory, null, ("Scheduling:ExampleFile", ""));
        var client = Browser(server);
        var form = await FormAsync(client, new() { ["token"] = TestTokens.Planner() });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/signin") { Content = form };
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("scheduling-signin=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);

        // Straight over plain HTTP (no proxy saying otherwise) it is not.
        var plain = await client.PostAsync("/signin", await FormAsync(client, new() { ["token"] = TestTokens.Planner() }));
        Assert.DoesNotContain("secure", plain.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("scheduling-signin=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }
}
