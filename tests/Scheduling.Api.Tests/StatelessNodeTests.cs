using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Scheduling.Api.Application;
using Scheduling.Api.Auth;
using Scheduling.Api.Hosting;
using Scheduling.Api.Storage;

namespace Scheduling.Api.Tests;

/// <summary>
/// Nodes keep no key of their own: two nodes with their own data directories on one store sign tokens with one key
/// and read each other's sign-in cookies (the data-protection key ring is in the store).
/// </summary>
public sealed class StatelessNodeTests : IDisposable
{
    private readonly string shared = TestPaths.TempDirectory();
    private readonly string nodeA = TestPaths.TempDirectory();
    private readonly string nodeB = TestPaths.TempDirectory();
    private readonly SqliteSchedulingStore store;

    public StatelessNodeTests() =>
        store = new SqliteSchedulingStore(Options.Create(new StoreOptions { DataDirectory = shared }), NullLogger<SqliteSchedulingStore>.Instance);

    public void Dispose()
    {
        store.Dispose();
        foreach (var d in new[] { shared, nodeA, nodeB }) Directory.Delete(d, recursive: true);
    }

    private SigningKey Key(string dataDirectory) =>
        new(Options.Create(new AuthOptions()), Options.Create(new SchedulingOptions { DataDirectory = dataDirectory }), store, NullLogger<SigningKey>.Instance);

    private static string KeyFile(string dataDirectory) => Path.Combine(dataDirectory, V1.Auth.SchedulingAuth.KeyFileName);

    [Fact]
    public void Two_nodes_on_one_store_sign_with_one_key_and_each_keeps_its_copy_for_the_CLI()
    {
        var a = Key(nodeA);
        var b = Key(nodeB);
        Assert.Equal(a.Key.Key, b.Key.Key);
        Assert.Equal(File.ReadAllText(KeyFile(nodeA)), File.ReadAllText(KeyFile(nodeB)));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(File.ReadAllText(KeyFile(nodeA))), a.Key.Key);
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile(nodeB)));
    }

    [Fact]
    public void A_key_file_from_before_the_store_held_the_key_becomes_the_stores_key_so_its_tokens_stay_valid()
    {
        var old = new string('k', 48);
        File.WriteAllText(KeyFile(nodeA), old);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(old), Key(nodeA).Key.Key);
        // A later node with a stale file of its own takes the store's key and corrects its copy.
        File.WriteAllText(KeyFile(nodeB), new string('x', 48));
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(old), Key(nodeB).Key.Key);
        Assert.Equal(old, File.ReadAllText(KeyFile(nodeB)));
    }

    /// <summary>A node's data protection (what the sign-in cookie uses), as ServiceSetup wires it: its own key ring cache, the store's ring.</summary>
    private IDataProtector Node()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataProtection().SetApplicationName("Scheduling");
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new StoreKeyRing(store));
        return services.BuildServiceProvider().GetDataProtector("cookie");
    }

    [Fact]
    public async Task A_cookie_protected_on_one_node_is_read_on_another_and_the_ring_holds_one_key()
    {
        var a = Node();
        var protectedText = a.Protect("signed in as a planner");
        var b = Node();
        Assert.Equal("signed in as a planner", b.Unprotect(protectedText));
        Assert.Equal("signed in as a planner", Node().Unprotect(b.Protect("signed in as a planner")));
        var ring = await store.GetSettingAsync(StoreKeyRing.Setting, CancellationToken.None);
        Assert.Single(System.Xml.Linq.XElement.Parse(ring!).Elements("key"));
    }
}
