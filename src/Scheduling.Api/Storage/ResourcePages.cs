namespace Scheduling.Api.Storage;

/// <summary>
/// Every stored resource of a collection, read a page at a time (the store answers at most one page a call), each read
/// by <c>read</c> into its name (where the next page starts) and its item.
/// </summary>
public static class ResourcePages
{
    /// <summary>Resources read per call.</summary>
    public const int Batch = 500;

    public static async Task<IReadOnlyList<T>> AllResourcesAsync<T>(this ISchedulingStore store, string parent, string collection, Func<byte[], (string Name, T Item)> read, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(read);
        var all = new List<T>();
        string? after = null;
        while (true)
        {
            var page = await store.ListResourcesAsync(parent, collection, after, Batch, cancellation).ConfigureAwait(false);
            foreach (var body in page)
            {
                var (name, item) = read(body);
                all.Add(item);
                after = name;
            }

            if (page.Count < Batch) return all;
        }
    }
}
