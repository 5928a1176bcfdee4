namespace Scheduling.Api.Hosting;

/// <summary>
/// The host's wiring (<see cref="ServiceSetup"/>, what Program.cs calls), the solve engine (Hangfire: <see cref="SolveEngine"/>, <see cref="SolveWorker"/>), the example unit, and
/// the interceptors that turn any error into a status a client can read.
/// </summary>
internal static class NamespaceDoc
{
}
