namespace Scheduling.Api.Storage;

/// <summary>Etags (AIP-154): a checksum of a resource's stored bytes, so any change to it changes its etag.</summary>
public static class Etags
{
    public static string Of(byte[] body) => Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_');
}
