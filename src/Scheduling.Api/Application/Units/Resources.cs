using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using NodaTime;
using Scheduling.Api.Mapping;
using Scheduling.Api.Storage;
using Scheduling.Domain;

namespace Scheduling.Api.Application.Units;

/// <summary>
/// The standard methods (AIP-131..135) over the store for every kind of resource: names checked,
/// the parent required to exist, timestamps kept, field masks applied, pages with opaque tokens.
/// </summary>
public sealed class Resources(ISchedulingStore store, IClock clock)
{
    private Timestamp Now() => Timestamp.FromDateTimeOffset(clock.GetCurrentInstant().ToDateTimeOffset());

    /// <summary>Splits and checks a resource name of <paramref name="kind"/>: (parent, id).</summary>
    public static (string Parent, string Id) ParseName(string name, ResourceKind kind, string field = "name")
    {
        var parts = (name ?? "").Split('/');
        var ok = kind.UnderUnit
            ? parts.Length == 4 && parts[0] == "units" && ResourceIds.IsValid(parts[1]) && parts[2] == kind.Collection && ResourceIds.IsValid(parts[3])
            : parts.Length == 2 && parts[0] == kind.Collection && ResourceIds.IsValid(parts[1]);
        if (!ok)
            throw ApiErrors.InvalidArgument(field, $"must be {(kind.UnderUnit ? "units/{unit}/" : "")}{kind.Collection}/{{id}} with ids of 1 to 63 characters of a-z, A-Z, 0-9, '-' and '_', was '{name}'");
        return kind.UnderUnit ? ($"units/{parts[1]}", parts[3]) : ("", parts[1]);
    }

    /// <summary>Checks a parent name: <c>units/{unit}</c> for kinds under a unit, empty otherwise.</summary>
    public static string ParseParent(string parent, ResourceKind kind)
    {
        if (!kind.UnderUnit) return "";
        var parts = (parent ?? "").Split('/');
        if (parts.Length != 2 || parts[0] != "units" || !ResourceIds.IsValid(parts[1]))
            throw ApiErrors.InvalidArgument("parent", $"must be units/{{unit}}, was '{parent}'");
        return parent!;
    }

    public async Task<T> GetAsync<T>(string name, ResourceKind kind, CancellationToken cancellation) where T : IMessage<T>, new()
    {
        ParseName(name, kind);
        var body = await store.GetResourceAsync(name, cancellation).ConfigureAwait(false) ?? throw ApiErrors.NotFound(name);
        return Parse<T>(body);
    }

    /// <summary>Every resource of a kind under a parent (for assembling a problem).</summary>
    public async Task<List<T>> AllAsync<T>(string parent, ResourceKind kind, CancellationToken cancellation) where T : IMessage<T>, new() =>
        [.. await store.AllResourcesAsync(parent, kind.Collection, body => Parse<T>(body) is var item ? (NameOf(item), item) : default, cancellation).ConfigureAwait(false)];

    public async Task<(List<T> Items, string NextPageToken)> ListAsync<T>(string parent, int pageSize, string pageToken, ResourceKind kind, CancellationToken cancellation) where T : IMessage<T>, new()
    {
        parent = ParseParent(parent, kind);
        var size = Paging.Size(pageSize);
        var after = Paging.Decode(pageToken);
        var page = await store.ListResourcesAsync(parent, kind.Collection, after, size + 1, cancellation).ConfigureAwait(false);
        var items = page.Take(size).Select(Parse<T>).ToList();
        return (items, page.Count > size ? Paging.Encode(NameOf(items[^1])) : "");
    }

    /// <summary>Creates or replaces a resource whose name the client chose (a window: one per year or period).</summary>
    public async Task<T> PutAsync<T>(T? resource, ResourceKind kind, CancellationToken cancellation) where T : IMessage<T>, new()
    {
        if (resource is null) throw ApiErrors.InvalidArgument(kind.Field, "is required");
        var put = resource.Clone();
        var (parent, _) = ParseName(NameOf(put), kind, $"{kind.Field}.name");
        Check(put, kind);
        if (kind.UnderUnit && await store.GetResourceAsync(parent, cancellation).ConfigureAwait(false) is null) throw ApiErrors.NotFound(parent);
        Stamp(put, creating: true);
        var etag = EtagOf(put);
        return await store.ChangeResourceAsync(NameOf(put), body =>
        {
            if (etag.Length > 0 && (body is null ? "" : Storage.Etags.Of(body)) != etag) throw ApiErrors.Aborted(NameOf(put));
            return Written(put, kind);
        }, cancellation).ConfigureAwait(false);
    }

    /// <summary>A page of the named resources that exist, in name order (a manager's units).</summary>
    public async Task<(List<T> Items, string NextPageToken)> ListNamedAsync<T>(IEnumerable<string> names, int pageSize, string pageToken, CancellationToken cancellation) where T : IMessage<T>, new()
    {
        var size = Paging.Size(pageSize);
        var after = Paging.Decode(pageToken);
        var items = new List<T>();
        foreach (var name in names.Where(n => after is null || string.CompareOrdinal(n, after) > 0).Order(StringComparer.Ordinal))
        {
            if (await store.GetResourceAsync(name, cancellation).ConfigureAwait(false) is not { } body) continue;
            if (items.Count == size) return (items, Paging.Encode(NameOf(items[^1])));
            items.Add(Parse<T>(body));
        }

        return (items, "");
    }

    public async Task<T> CreateAsync<T>(string parent, string id, T? resource, ResourceKind kind, CancellationToken cancellation) where T : IMessage<T>, new()
    {
        parent = ParseParent(parent, kind);
        if (resource is null) throw ApiErrors.InvalidArgument(kind.Field, "is required");
        if (string.IsNullOrEmpty(id))
        {
            if (!kind.GeneratedIds) throw ApiErrors.InvalidArgument($"{kind.Field}Id", "is required");
            id = Guid.CreateVersion7().ToString("N");
        }
        else if (!ResourceIds.IsValid(id))
        {
            throw ApiErrors.InvalidArgument($"{kind.Field}Id", $"must be 1 to 63 characters of a-z, A-Z, 0-9, '-' and '_', was '{id}'");
        }

        var created = resource.Clone();
        var name = kind.UnderUnit ? $"{parent}/{kind.Collection}/{id}" : $"{kind.Collection}/{id}";
        SetName(created, name);
        Check(created, kind);
        if (kind.UnderUnit && await store.GetResourceAsync(parent, cancellation).ConfigureAwait(false) is null) throw ApiErrors.NotFound(parent);
        Stamp(created, creating: true);
        var (row, result) = Written(created, kind);
        if (!await store.TryCreateResourcesAsync([row], cancellation).ConfigureAwait(false)) throw ApiErrors.AlreadyExists(name);
        return result;
    }

    /// <summary>
    /// Updates a resource: read, merged (the mask's fields, or all), checked and written in one store transaction, so
    /// two updates at once cannot lose one. With an etag (AIP-154) the update is made only to the resource as read.
    /// </summary>
    public async Task<T> UpdateAsync<T>(T? resource, FieldMask? mask, ResourceKind kind, CancellationToken cancellation) where T : IMessage<T>, new()
    {
        if (resource is null) throw ApiErrors.InvalidArgument(kind.Field, "is required");
        var name = NameOf(resource);
        ParseName(name, kind, $"{kind.Field}.name");
        var etag = EtagOf(resource);
        CheckMask(resource, mask);
        return await store.ChangeResourceAsync(name, body =>
        {
            if (body is null) throw ApiErrors.NotFound(name);
            if (etag.Length > 0 && Storage.Etags.Of(body) != etag) throw ApiErrors.Aborted(name);
            var updated = Merge(Parse<T>(body), resource, mask);
            Check(updated, kind);
            Stamp(updated, creating: false);
            return Written(updated, kind);
        }, cancellation).ConfigureAwait(false);
    }

    /// <summary>The row to write and the resource to answer with, its etag that of the row.</summary>
    private static (ResourceRow Row, T Result) Written<T>(T resource, ResourceKind kind) where T : IMessage<T>
    {
        var row = Row(resource, kind);
        SetEtag(resource, Storage.Etags.Of(row.Body));
        return (row, resource);
    }

    /// <summary>Deletes a resource (with <paramref name="force"/>, and what is under it); with an etag only while it is as read.</summary>
    public async Task DeleteAsync(string name, ResourceKind kind, bool force, CancellationToken cancellation, string? etag = null)
    {
        ParseName(name, kind);
        if (!force && await store.HasDescendantsAsync(name, cancellation).ConfigureAwait(false))
            throw ApiErrors.FailedPrecondition($"{name} still has data; delete it first or set force", [new ProblemError(name, "has child resources")]);
        int deleted;
        try
        {
            deleted = await store.DeleteResourceAsync(name, force, etag, cancellation).ConfigureAwait(false);
        }
        catch (StaleWriteException ex)
        {
            throw ApiErrors.Aborted(ex.Name);
        }

        if (deleted == 0) throw ApiErrors.NotFound(name);
    }

    /// <summary>Checks a singleton's name, <c>units/{unit}/{collection}</c>; returns the unit's name.</summary>
    public static string ParseSingleton(string name, ResourceKind kind, string field = "name")
    {
        var parts = (name ?? "").Split('/');
        if (parts.Length != 3 || parts[0] != "units" || !ResourceIds.IsValid(parts[1]) || parts[2] != kind.Collection)
            throw ApiErrors.InvalidArgument(field, $"must be units/{{unit}}/{kind.Collection}, was '{name}'");
        return $"units/{parts[1]}";
    }

    /// <summary>A unit's singleton (e.g. its demand curve): the stored one, or an empty one when none was set.</summary>
    public async Task<T> GetSingletonAsync<T>(string name, ResourceKind kind, CancellationToken cancellation) where T : IMessage<T>, new()
    {
        var unit = ParseSingleton(name, kind);
        if (await store.GetResourceAsync(name, cancellation).ConfigureAwait(false) is { } body) return Parse<T>(body);
        if (await store.GetResourceAsync(unit, cancellation).ConfigureAwait(false) is null) throw ApiErrors.NotFound(unit);
        var empty = new T();
        SetName(empty, name);
        return empty;
    }

    /// <summary>Writes a unit's singleton, creating it on first write; read, merged and written in one transaction.</summary>
    public async Task<T> UpdateSingletonAsync<T>(T? resource, FieldMask? mask, ResourceKind kind, CancellationToken cancellation) where T : IMessage<T>, new()
    {
        if (resource is null) throw ApiErrors.InvalidArgument(kind.Field, "is required");
        var name = NameOf(resource);
        var unit = ParseSingleton(name, kind, $"{kind.Field}.name");
        var etag = EtagOf(resource);
        CheckMask(resource, mask);
        if (await store.GetResourceAsync(unit, cancellation).ConfigureAwait(false) is null) throw ApiErrors.NotFound(unit);
        return await store.ChangeResourceAsync(name, body =>
        {
            var existing = body is null ? new T() : Parse<T>(body);
            if (body is null) SetName(existing, name);
            if (etag.Length > 0 && (body is null ? "" : Storage.Etags.Of(body)) != etag) throw ApiErrors.Aborted(name);
            var updated = Merge(existing, resource, mask);
            Check(updated, kind);
            Stamp(updated, creating: false);
            return Written(updated, kind);
        }, cancellation).ConfigureAwait(false);
    }

    private static void CheckMask(IMessage resource, FieldMask? mask)
    {
        if (mask is null) return;
        var bad = mask.Paths.Where(p => !FieldMask.IsValid(resource.Descriptor, FieldMask.FromString(p))).ToList();
        if (bad.Count > 0) throw ApiErrors.InvalidArgument("updateMask", $"unknown field path(s): {string.Join(", ", bad)}");
    }

    private static T Merge<T>(T existing, T resource, FieldMask? mask) where T : IMessage<T>, new()
    {
        if (mask is null || mask.Paths.Count == 0)
        {
            var replaced = resource.Clone();
            CopyTimes(existing, replaced);
            return replaced;
        }

        var updated = existing.Clone();
        var writable = FieldMask.FromStringEnumerable<T>(mask.Paths.Where(p => p is not ("name" or "create_time" or "update_time" or "etag")));
        writable.Merge(resource, updated, new FieldMask.MergeOptions { ReplaceRepeatedFields = true, ReplaceMessageFields = true, ReplacePrimitiveFields = true });
        return updated;
    }

    /// <summary>Creates a set of resources at once (all or nothing); ALREADY_EXISTS names the first taken name.</summary>
    public async Task CreateAllAsync(IReadOnlyList<(IMessage Resource, ResourceKind Kind)> resources, CancellationToken cancellation)
    {
        foreach (var (resource, kind) in resources)
        {
            Check(resource, kind);
            Stamp(resource, creating: true);
        }

        var rows = resources.Select(r => Row(r.Resource, r.Kind)).ToList();
        if (!await store.TryCreateResourcesAsync(rows, cancellation).ConfigureAwait(false))
        {
            foreach (var row in rows)
                if (await store.GetResourceAsync(row.Name, cancellation).ConfigureAwait(false) is not null) throw ApiErrors.AlreadyExists(row.Name);
            throw ApiErrors.AlreadyExists(rows[0].Name);
        }
    }

    /// <summary>
    /// Creates and deletes resources under <paramref name="parent"/> in one transaction, after <paramref name="decide"/>
    /// has seen the stored ones of <paramref name="kinds"/> (by collection) and chosen: a limit it checks holds at the commit.
    /// </summary>
    public Task<T> ChangeAsync<T>(
        string parent,
        IReadOnlyList<ResourceKind> kinds,
        Func<IReadOnlyDictionary<string, IReadOnlyList<byte[]>>, (IReadOnlyList<(IMessage Resource, ResourceKind Kind)> Create, IReadOnlyList<string> Delete, T Result)> decide,
        CancellationToken cancellation) =>
        store.ChangeResourcesAsync(parent, [.. kinds.Select(k => k.Collection)], stored =>
        {
            var (create, delete, result) = decide(stored);
            foreach (var (resource, kind) in create)
            {
                Check(resource, kind);
                Stamp(resource, creating: true);
            }

            return new ResourceChanges<T>([.. create.Select(r => Row(r.Resource, r.Kind))], delete, result);
        }, cancellation);

    private static void Check(IMessage resource, ResourceKind kind)
    {
        var errors = Validate(kind, resource);
        if (errors.Count > 0) throw ApiErrors.InvalidArgument(errors, kind.Field);
    }

    /// <summary>
    /// A resource's errors, as paths under its kind's field: the fields its item could not carry
    /// (<see cref="ResourceItems"/>), then its kind's check of that item. A value the item's JSON cannot hold at all (a
    /// number beyond a decimal's range) is the one error.
    /// </summary>
    public static IReadOnlyList<ProblemError> Validate(ResourceKind kind, IMessage resource)
    {
        try
        {
            var (item, unreadable) = ResourceItems.Of(resource);
            return [.. unreadable, .. kind.Check(item)];
        }
        catch (System.Text.Json.JsonException ex)
        {
            return [new ProblemError((ex.Path ?? "$").TrimStart('$').TrimStart('.'), "is not a value the problem file can hold")];
        }
    }

    /// <summary>The stored row of a resource.</summary>
    public static ResourceRow Row(IMessage resource, ResourceKind kind)
    {
        var name = NameOf(resource);
        var parent = kind.UnderUnit ? string.Join('/', name.Split('/').Take(2)) : "";
        // Stored without its etag: the etag is the checksum of these bytes.
        var stored = resource;
        if (EtagOf(resource).Length > 0)
        {
            stored = resource.Descriptor.Parser.ParseFrom(resource.ToByteArray());
            SetEtag(stored, "");
        }

        return new ResourceRow(name, parent, kind.Collection, stored.ToByteArray());
    }

    /// <summary>A stored resource with its etag.</summary>
    private static T Parse<T>(byte[] body) where T : IMessage<T>, new()
    {
        var resource = new MessageParser<T>(() => new T()).ParseFrom(body);
        SetEtag(resource, Storage.Etags.Of(body));
        return resource;
    }

    private static string EtagOf(IMessage message) => Field(message, "etag")?.Accessor.GetValue(message) as string ?? "";

    private static void SetEtag(IMessage message, string etag) => Field(message, "etag")?.Accessor.SetValue(message, etag);

    public static string NameOf(IMessage message) => (string)Field(message, "name")!.Accessor.GetValue(message);

    private static void SetName(IMessage message, string name) => Field(message, "name")!.Accessor.SetValue(message, name);

    private static FieldDescriptor? Field(IMessage message, string name) => message.Descriptor.FindFieldByName(name);

    private void Stamp(IMessage message, bool creating)
    {
        var now = Now();
        if (creating) Field(message, "create_time")?.Accessor.SetValue(message, now);
        Field(message, "update_time")?.Accessor.SetValue(message, now.Clone());
    }

    private static void CopyTimes(IMessage from, IMessage to)
    {
        if (Field(from, "create_time") is { } created) created.Accessor.SetValue(to, created.Accessor.GetValue(from));
    }
}
