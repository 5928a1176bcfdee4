using System.Net.Sockets;
using Npgsql;

namespace Scheduling.Api.Tests.Stores;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests: <c>initdb</c> in a temporary directory, <c>pg_ctl start</c> on a free
/// port on 127.0.0.1 (its unix socket in the same directory), one new database per <see cref="NewDatabaseAsync"/>;
/// stopped and deleted at the end. The binaries come from <c>PG_BIN</c>, else the newest <c>/usr/lib/postgresql/*/bin</c>
/// (Debian's <c>postgresql</c> package, which <c>tests/run</c> installs). initdb refuses to run as root, so as root the
/// cluster runs as the <c>postgres</c> user (which the Debian package creates) through <c>runuser</c>.
/// The server runs with fsync off: these are tests of behaviour, and a crash of the test machine loses nothing of value.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private string? directory;
    private string? bin;
    private int port;

    public string AdminConnectionString => $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=30";

    public async Task InitializeAsync()
    {
        bin = FindBinaries();
        directory = Path.Combine(Path.GetTempPath(), "scheduling-postgres-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var data = Path.Combine(directory, "data");
        if (IsRoot())
        {
            // The postgres user must own the cluster's directory; /tmp lets it through.
            await RunAsync("chown", ["postgres:", directory], asPostgres: false).ConfigureAwait(false);
        }

        await RunAsync(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]).ConfigureAwait(false);
        port = FreePort();
        await StartAsync().ConfigureAwait(false);
    }

    private Task StartAsync() => RunAsync(Path.Combine(bin!, "pg_ctl"),
        ["-D", Path.Combine(directory!, "data"), "-l", Path.Combine(directory!, "server.log"), "-w", "-t", "120", "start",
         "-o", $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"]);

    public async Task DisposeAsync()
    {
        if (directory is null || bin is null) return;
        try
        {
            NpgsqlConnection.ClearAllPools();
            await RunAsync(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(directory, "data"), "-m", "immediate", "-w", "stop"]).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>A new empty database; its connection string.</summary>
    public async Task<string> NewDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync().ConfigureAwait(false);
        return $"Host=127.0.0.1;Port={port};Username=postgres;Database={name};Timeout=30";
    }

    /// <summary>Stops the server at once (a database that cannot be reached) and starts it again.</summary>
    public Task StopAsync() => RunAsync(Path.Combine(bin!, "pg_ctl"), ["-D", Path.Combine(directory!, "data"), "-m", "fast", "-w", "stop"]);

    public async Task StartAgainAsync()
    {
        await StartAsync().ConfigureAwait(false);
        // The test's own pooled connections died with the server.
        NpgsqlConnection.ClearAllPools();
    }

    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(Path.Combine(configured, "initdb"))
                ? configured
                : throw new InvalidOperationException($"PG_BIN={configured} has no initdb: point it at PostgreSQL's bin directory, or unset it and run tests/run");
        }

        var found = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return found ?? throw new InvalidOperationException(
            "the PostgreSQL tests need PostgreSQL's server binaries (initdb, pg_ctl) and found none in /usr/lib/postgresql/*/bin: run tests/run (it installs Debian's postgresql), or set PG_BIN");
    }

    private static bool IsRoot() => !OperatingSystem.IsWindows() && Environment.UserName == "root";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a program to its end (as the postgres user when this is root); its output in the exception when it fails.</summary>
    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres = true)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asPostgres && IsRoot())
        {
            start.FileName = "runuser";
            foreach (var a in (string[])["-u", "postgres", "--", program]) start.ArgumentList.Add(a);
        }
        else
        {
            start.FileName = program;
        }

        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error.ConfigureAwait(false)} {await output.ConfigureAwait(false)}");
    }
}
