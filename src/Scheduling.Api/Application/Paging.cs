namespace Scheduling.Api.Application;

/// <summary>Page sizes and opaque page tokens (the last name of the previous page).</summary>
internal static class Paging
{
    public const int DefaultSize = 50;
    public const int MaxSize = 1000;

    public static int Size(int requested) => requested switch
    {
        < 0 => throw ApiErrors.InvalidArgument("pageSize", $"must not be negative, was {requested}"),
        0 => DefaultSize,
        _ => Math.Min(requested, MaxSize),
    };

    public static string Encode(string lastName) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(lastName));

    public static string? Decode(string token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(token));
        }
        catch (FormatException)
        {
            throw ApiErrors.InvalidArgument("pageToken", "is not a token this service gave out");
        }
    }
}
