using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
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

    /// <summary>
    /// The problem file's options for reading a resource's item, with a JSON number where text is expected read as its
    /// text: the contract writes an enum value it does not name (a newer client's, a bad one) as its number, and the
    /// item's check names it (<c>'7' is not one of DAY, EVENING, NIGHT</c>) rather than the read failing.
    /// </summary>
    private static readonly JsonSerializerOptions ItemOptions = new(ProblemFileReader.JsonOptions) { Converters = { new NumberAsText() } };

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
        var json = JsonNode.Parse(Formatter.Format(WithoutTimes(resource)))!.AsObject();
        var name = json["name"]?.GetValue<string>() ?? "";
        var displayName = json["displayName"]?.GetValue<string>();
        foreach (var field in ResourceFields) json.Remove(field);
        if (idField is not null) json[idField] = name[(name.LastIndexOf('/') + 1)..];
        if (displayNameField is not null && displayName is { Length: > 0 }) json[displayNameField] = displayName;
        return json.Deserialize<TDto>(ItemOptions)!;
    }

    /// <summary>
    /// The resource without its timestamps, which its item drops: a client's create or update time (replaced when the
    /// resource is written) may be one the JSON form cannot write.
    /// </summary>
    private static readonly string[] TimeFields = ["create_time", "update_time"];

    private static IMessage WithoutTimes(IMessage resource)
    {
        var times = TimeFields.Select(resource.Descriptor.FindFieldByName).Where(f => f is not null && f.Accessor.HasValue(resource)).ToList();
        if (times.Count == 0) return resource;
        var copy = resource.Descriptor.Parser.ParseFrom(resource.ToByteString());
        foreach (var field in times) field.Accessor.Clear(copy);
        return copy;
    }

    /// <summary>Reads a JSON number where text is expected as the number's text.</summary>
    private sealed class NumberAsText : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number ? System.Text.Encoding.UTF8.GetString(reader.ValueSpan) : reader.GetString();

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}
