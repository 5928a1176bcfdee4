using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Scheduling.Api.Storage;

namespace Scheduling.Api.Hosting;

/// <summary>
/// ASP.NET Core's data-protection key ring (what signs and encrypts the sign-in cookie and the forms' anti-forgery
/// tokens) kept in the shared store as one setting, <see cref="Setting"/>, so every node of a cluster reads a cookie
/// another node wrote, and a restart signs nobody out. A new key is added to the ring in one transaction
/// (<see cref="ISchedulingStore.ChangeSettingAsync"/>): two nodes adding at once both land.
/// </summary>
public sealed class StoreKeyRing(ISchedulingStore store) : IXmlRepository
{
    /// <summary>The store's setting holding the ring: a <c>&lt;keys&gt;</c> element with each key's XML.</summary>
    public const string Setting = "data-protection.keys";

    // IXmlRepository is synchronous: the ring is read once per process (and again when a key is due), not per request.
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var ring = store.GetSettingAsync(Setting, CancellationToken.None).GetAwaiter().GetResult();
        return ring is null ? [] : [.. XElement.Parse(ring).Elements()];
    }

    public void StoreElement(XElement element, string friendlyName) =>
        store.ChangeSettingAsync(Setting, ring =>
        {
            var keys = ring is null ? new XElement("keys") : XElement.Parse(ring);
            keys.Add(element);
            return keys.ToString(SaveOptions.DisableFormatting);
        }, CancellationToken.None).GetAwaiter().GetResult();
}
