using Scheduling.Api.Application;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Storage;

namespace Scheduling.Api.Hosting;

/// <summary>
/// On the first run against a data directory, loads the bundled example problem as a unit, so a
/// newcomer can solve by reference at once. Runs once per database (a setting remembers it), so a
/// deleted example unit stays deleted.
/// </summary>
public sealed class ExampleSeeder(UnitProblems problems, ISchedulingStore store, IOptions<SchedulingOptions> options, ILogger<ExampleSeeder> log) : IHostedService
{
    private const string Done = "example-loaded";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var file = options.Value.ExampleFile;
        if (string.IsNullOrEmpty(file) || await store.GetSettingAsync(Done, cancellationToken).ConfigureAwait(false) is not null) return;
        var path = Path.IsPathRooted(file) ? file : Path.Combine(AppContext.BaseDirectory, file);
        if (!File.Exists(path))
        {
            HostingLog.ExampleMissing(log, path);
            return;
        }

        try
        {
            var problem = Domain.Files.ProblemFileReader.Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false));
            var unit = await problems.ImportAsync(options.Value.ExampleUnitId, problem, cancellationToken).ConfigureAwait(false);
            await store.SetSettingAsync(Done, unit.Name, cancellationToken).ConfigureAwait(false);
            HostingLog.ExampleLoaded(log, unit.Name, unit.DisplayName, problem.Employees?.Count ?? 0, path);
        }
        catch (Exception ex) when (ex is Application.ApiException or Grpc.Core.RpcException or Domain.ProblemValidationException or IOException)
        {
            // A broken example must not keep the service from starting: it serves without the example unit.
            log.LogError(ex, "The example {Path} could not be loaded; the service starts without it", path);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
