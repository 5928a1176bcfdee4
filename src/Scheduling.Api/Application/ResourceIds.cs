namespace Scheduling.Api.Application;

/// <summary>The ids of resource names (AIP-122): 1 to 63 characters of a-z, A-Z, 0-9, '-' and '_', not starting with '-' or '_'.</summary>
public static partial class ResourceIds
{
    [GeneratedRegex(@"\A[A-Za-z0-9][A-Za-z0-9_-]{0,62}\z")]
    private static partial Regex Pattern();

    public static bool IsValid(string id) => Pattern().IsMatch(id);
}
