using System.Text.Json.Nodes;
using Google.Protobuf;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Mapping;

/// <summary>
/// The contract's messages and the problem file's items (<see cref="ProblemFile"/>, its DTOs) are one form written twice:
/// the problem file is the canonical JSON of the contract's problem. So a message becomes its item, and an item its
/// message, through that JSON, by one generic function each way rather than one per kind. A stored resource (an
/// employee, a shift template, a wish...) is its problem item plus what a resource adds (<see cref="ToItem{TDto}"/>).
/// </summary>
public static class ResourceMapping
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    /// <summary>What a resource adds to the problem item it holds: the standard methods' fields (AIP-122, 148, 154).</summary>
    private static readonly string[] ResourceFields = ["name", "displayName", "createTime", "updateTime", "etag"];

    /// <summary>A message as the problem file's item of the same shape (a <c>V1.ShiftTemplateSpec</c> as a <see cref="ShiftTemplateDto"/>).</summary>
    public static TDto ToDto<TDto>(IMessage message) where TDto : class =>
        JsonSerializer.Deserialize<TDto>(Formatter.Format(message), ProblemFileReader.JsonOptions)!;

    /// <summary>A problem file's item as the contract's message of the same shape.</summary>
    public static T ToMessage<T>(object dto) where T : IMessage<T>, new() =>
        Parser.Parse<T>(JsonSerializer.Serialize(dto, dto.GetType(), ProblemFileReader.JsonOptions));

    /// <summary>
    /// A stored resource as the problem file's item it holds: without its name, timestamps and etag; its id (the name's
    /// last segment) as <paramref name="idField"/> and its display name, when it has one, as <paramref name="displayNameField"/>
    /// (an employee: <c>id</c> and <c>name</c>; a shift template: <c>code</c> and <c>name</c>; a rule pack: both
    /// <c>id</c>, its display name first). Kinds whose items carry no id (a wish, a demand row) give neither.
    /// </summary>
    public static TDto ToItem<TDto>(IMessage resource, string? idField = null, string? displayNameField = null) where TDto : class
    {
        var json = JsonNode.Parse(Formatter.Format(resource))!.AsObject();
        var name = json["name"]?.GetValue<string>() ?? "";
        var displayName = json["displayName"]?.GetValue<string>();
        foreach (var field in ResourceFields) json.Remove(field);
        if (idField is not null) json[idField] = name[(name.LastIndexOf('/') + 1)..];
        if (displayNameField is not null && displayName is { Length: > 0 }) json[displayNameField] = displayName;
        return json.Deserialize<TDto>(ProblemFileReader.JsonOptions)!;
    }
}
