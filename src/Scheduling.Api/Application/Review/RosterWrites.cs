using Scheduling.Api.Storage;

namespace Scheduling.Api.Application.Review;

/// <summary>
/// The one lane roster changes take: an edit, an approval and a publication each read a roster, change it and store
/// it, one at a time, so two at once cannot lose one. A write the store refuses because the roster changed under it
/// (another process) is ABORTED (AIP-154).
/// </summary>
public sealed class RosterWrites : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<T> RunAsync<T>(Func<Task<T>> change, CancellationToken cancellation)
    {
        await gate.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            return await change().ConfigureAwait(false);
        }
        catch (StaleWriteException ex)
        {
            throw ApiErrors.Aborted(ex.Name);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
