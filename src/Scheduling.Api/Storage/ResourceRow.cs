namespace Scheduling.Api.Storage;

/// <summary>A stored resource: its name, parent and collection (for listing) and the message's bytes.</summary>
public sealed record ResourceRow(string Name, string Parent, string Collection, byte[] Body);
