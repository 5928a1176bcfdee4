using Microsoft.Extensions.Options;
using Scheduling.Api.Application;
using Scheduling.Api.Application.Units;
using Scheduling.Api.V1;

namespace Scheduling.Api.Pages.Review;

/// <summary>The entry page: the units, with a pointer to the API.</summary>
public sealed class IndexModel(Resources resources, IOptions<SchedulingOptions> options) : ReviewPageModel
{
    public IReadOnlyList<V1.Unit> Units { get; private set; } = [];
    public string DataDirectory { get; } = Path.GetFullPath(options.Value.DataDirectory);

    /// <summary>Every unit for a planner; a manager's own units.</summary>
    public async Task OnGetAsync(CancellationToken cancellation) =>
        Units = [.. (await resources.AllAsync<V1.Unit>("", ResourceKinds.Unit, cancellation).ConfigureAwait(false)).Where(u => Caller?.Oversees(u.Name) == true)];
}
