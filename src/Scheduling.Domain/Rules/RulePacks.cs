using System.Collections.Frozen;
using Scheduling.Domain.Files;

namespace Scheduling.Domain.Rules;

/// <summary>
/// The rule packs shipped with the engine, as data: <c>Rules/Packs/*.json</c>, embedded in this assembly, each with an
/// id, a version and the days it applies from and to, in a problem file's <c>rulePack</c> format. Every file is read
/// and validated (law floors included) when first used; a broken file fails with its name and the field path.
/// </summary>
public static class RulePacks
{
    /// <summary>Arbetstidslagen and AB for 24/7 municipal care, with a unit's usual policies.</summary>
    public const string SwedishCareId = "se-atl-ab-2025";

    private const string ResourcePrefix = "Scheduling.Domain.Rules.Packs.";

    /// <summary>Rules that need the problem's cost section; a built-in pack leaves them out when it has none.</summary>
    private static readonly FrozenSet<string> CostRules = new[] { RuleIds.Cost, RuleIds.Budget }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, RulePackDto>> Files = new(LoadAll);

    /// <summary>The ids of the built-in packs.</summary>
    public static ImmutableArray<string> Ids => [.. Files.Value.Keys.Order(StringComparer.Ordinal)];

    /// <summary>
    /// The built-in Swedish care pack for <paramref name="period"/> (max-weekends: every other weekend, half the period's
    /// weekends rounded up); with <paramref name="withCost"/>, the cost rule too.
    /// </summary>
    public static RulePack SwedishCare(SchedulePeriod period, bool withCost = false) => Get(SwedishCareId, period, withCost);

    /// <summary>A built-in pack by id, read for <paramref name="period"/>.</summary>
    public static RulePack Get(string id, SchedulePeriod period, bool withCost = false) =>
        Files.Value.TryGetValue(id, out var file)
            ? Read(file, id + ".json", period, withCost)
            : throw new DomainException($"there is no built-in rule pack '{id}' (built in: {string.Join(", ", Ids)})");

    /// <summary>The built-in pack that applies on the period's first day (the latest such), read for the period.</summary>
    public static RulePack For(SchedulePeriod period, bool withCost = false)
    {
        var applying = Files.Value.Keys.Select(id => Get(id, period, withCost))
            .Where(p => p.AppliesOn(period.Start))
            .OrderByDescending(p => p.AppliesFrom ?? NodaTime.LocalDate.MinIsoValue)
            .FirstOrDefault();
        return applying ?? throw new DomainException($"no built-in rule pack applies on {period.Start:uuuu-MM-dd}: give one");
    }

    /// <summary>
    /// Reads a pack file (JSON, a problem file's <c>rulePack</c> with <c>version</c>, <c>appliesFrom</c>, <c>appliesTo</c>):
    /// <see cref="ProblemValidationException"/> naming <paramref name="fileName"/> and each bad field when it is broken,
    /// lacks an id, version or first day, or loosens the law (a floor or a required rule, <see cref="RequiredRules"/>).
    /// </summary>
    public static RulePack Read(string json, string fileName, SchedulePeriod period) => Read(Parse(json, fileName), fileName, period, withCost: true);

    private static RulePack Read(RulePackDto file, string fileName, SchedulePeriod period, bool withCost)
    {
        var errors = new ProblemFileReader.Errors();
        if (string.IsNullOrWhiteSpace(file.Id)) errors.Add($"{fileName}: rulePack.id", "is required");
        if (string.IsNullOrWhiteSpace(file.Version)) errors.Add($"{fileName}: rulePack.version", "is required");
        var fileErrors = new ProblemFileReader.Errors();
        var pack = RuleReader.Read(file, fileErrors, period);
        foreach (var error in fileErrors.List) errors.Add($"{fileName}: {error.Field}", error.Reason);
        if (string.IsNullOrWhiteSpace(file.AppliesFrom)) errors.Add($"{fileName}: rulePack.appliesFrom", "is required: the first day the pack applies");
        foreach (var reason in RequiredRules.Omitted(file.Rules?.Select(r => r.Id ?? "") ?? [])) errors.Add($"{fileName}: rulePack.rules", reason);
        errors.ThrowIfAny();
        return withCost ? pack! : new RulePack(pack!.Id, [.. pack.Rules.Where(r => !CostRules.Contains(r.Id))])
        {
            Version = pack.Version,
            AppliesFrom = pack.AppliesFrom,
            AppliesTo = pack.AppliesTo,
        };
    }

    private static RulePackDto Parse(string json, string fileName)
    {
        try
        {
            return JsonSerializer.Deserialize<RulePackDto>(json, ProblemFileReader.JsonOptions)
                ?? throw new ProblemValidationException([new ProblemError(fileName, "the file holds no rule pack")]);
        }
        catch (JsonException ex)
        {
            throw new ProblemValidationException([new ProblemError($"{fileName}: {(ex.Path ?? "$").TrimStart('$', '.')}", ex.Message.Split(" Path:")[0])]);
        }
    }

    private static FrozenDictionary<string, RulePackDto> LoadAll()
    {
        var assembly = typeof(RulePacks).Assembly;
        var files = new Dictionary<string, RulePackDto>(StringComparer.Ordinal);
        // Validated once for a nominal four-week period: a broken built-in pack fails on first use, by name.
        var nominal = new SchedulePeriod(new NodaTime.LocalDate(2025, 1, 6), 28, SchedulePeriod.DefaultZone);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var fileName = name[ResourcePrefix.Length..];
            var file = Parse(reader.ReadToEnd(), fileName);
            var pack = Read(file, fileName, nominal, withCost: true);
            if (fileName != pack.Id + ".json")
                throw new ProblemValidationException([new ProblemError($"{fileName}: rulePack.id", $"must match the file's name, was '{pack.Id}'")]);
            files.Add(pack.Id, file);
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
