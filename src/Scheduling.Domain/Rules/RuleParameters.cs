using Scheduling.Domain.Cost;
using static Scheduling.Domain.Files.ProblemFileReader;

namespace Scheduling.Domain.Rules;

/// <summary>A pack entry's named parameters, read with their defaults; a bad value is reported under its field path.</summary>
internal sealed class RuleParameters(Dictionary<string, JsonElement>? values, string field, Errors errors)
{
    private readonly HashSet<string> used = [];

    public Duration Minutes(string name, int fallback)
    {
        var value = Int(name) ?? fallback;
        if (value >= 0) return Duration.FromMinutes(value);
        errors.Add($"{field}.{name}", "must not be negative");
        return Duration.FromMinutes(fallback);
    }

    /// <summary>A count of at least 1 (weeks, months), <paramref name="fallback"/> when absent; 0 is reported and read as the fallback.</summary>
    public int Positive(string name, int fallback)
    {
        var value = Int(name) ?? fallback;
        if (value >= 1) return value;
        errors.Add($"{field}.{name}", "must be at least 1");
        return fallback;
    }

    /// <summary>
    /// A length more than 0 (and at most <paramref name="most"/> when given), <paramref name="fallback"/> when absent;
    /// one outside is reported and read as the fallback.
    /// </summary>
    public Duration PositiveMinutes(string name, Duration fallback, Duration? most = null)
    {
        var value = Minutes(name, (int)fallback.TotalMinutes);
        if (value > Duration.Zero && (most is not { } limit || value <= limit)) return value;
        errors.Add($"{field}.{name}", most is { } m ? $"must be more than 0 and at most {(long)m.TotalMinutes}" : "must be more than 0");
        return fallback;
    }

    public int? Int(string name)
    {
        if (Get(name) is not { } e) return null;
        if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var i) && i >= 0) return i;
        errors.Add($"{field}.{name}", "must be a whole number, at least 0");
        return null;
    }

    public int Percent(string name, int fallback)
    {
        var value = Int(name) ?? fallback;
        if (value is >= 1 and <= 100) return value;
        errors.Add($"{field}.{name}", "must be a whole number of percent from 1 to 100");
        return fallback;
    }

    public bool Bool(string name)
    {
        if (Get(name) is not { } e) return false;
        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False) return e.GetBoolean();
        errors.Add($"{field}.{name}", "must be true or false");
        return false;
    }

    /// <summary>A list of weekdays (SATURDAY, …); absent: default.</summary>
    public ImmutableArray<IsoDayOfWeek> Days(string name) => Enums<IsoDayOfWeek>(name, "weekdays", IsoDayOfWeek.None);

    /// <summary>A list of cost kinds (OVERTIME, …); absent: default.</summary>
    public ImmutableArray<CostKind> CostKinds(string name) => Enums<CostKind>(name, "cost kinds");

    /// <summary>A list of forbidden successions, <c>[{"from": code, "to": code}]</c>.</summary>
    public ImmutableArray<ShiftSuccession> Successions(string name) =>
        Objects(name, "from", "to", "{\"from\": code, \"to\": code}",
            (f, from, to) => new ShiftSuccession(Id(from, $"{f}.from", errors, s => new ShiftCode(s)), Id(to, $"{f}.to", errors, s => new ShiftCode(s))));

    /// <summary>A list of daily-rest exceptions, <c>[{"employee": id, "date": "yyyy-MM-dd"}]</c>.</summary>
    public ImmutableArray<DailyRestException> RestExceptions(string name) =>
        Objects(name, "employee", "date", "{\"employee\": id, \"date\": \"yyyy-MM-dd\"}",
            (f, employee, date) => new DailyRestException(Id(employee, $"{f}.employee", errors, s => new EmployeeId(s)), Date(date, $"{f}.date", errors)));

    public void ReportUnused()
    {
        foreach (var key in (values ?? []).Keys.Where(k => !used.Contains(k)))
            errors.Add($"{field}.{key}", "is not a parameter of this rule");
    }

    /// <summary>A list of enum names (upper snake case); a bad one is reported and left out, as is <paramref name="none"/> when given.</summary>
    private ImmutableArray<T> Enums<T>(string name, string what, T? none = null) where T : struct, Enum
    {
        if (Get(name) is not { } e) return default;
        if (e.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{field}.{name}", $"must be a list of {what}");
            return default;
        }

        return [.. e.EnumerateArray().Select((v, i) => Enum<T>(v.ValueKind == JsonValueKind.String ? v.GetString() : "?", $"{field}.{name}[{i}]", errors, true))
            .Where(v => v is { } value && !value.Equals(none)).Select(v => v!.Value)];
    }

    /// <summary>
    /// A list of objects of two text fields, <paramref name="first"/> and <paramref name="second"/>, each made into an item by
    /// <paramref name="create"/> (given the item's field path); a malformed item is reported as not <paramref name="shape"/>
    /// and left out.
    /// </summary>
    private ImmutableArray<T> Objects<T>(string name, string first, string second, string shape, Func<string, string, string, T> create)
    {
        if (Get(name) is not { } e) return [];
        if (e.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{field}.{name}", $"must be a list of {shape}");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<T>();
        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            var f = $"{field}.{name}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty(first, out var a) || !item.TryGetProperty(second, out var b) ||
                a.ValueKind != JsonValueKind.String || b.ValueKind != JsonValueKind.String)
            {
                errors.Add(f, $"must be {shape}");
                continue;
            }

            result.Add(create(f, a.GetString()!, b.GetString()!));
        }

        return result.ToImmutable();
    }

    private JsonElement? Get(string name)
    {
        used.Add(name);
        return values is not null && values.TryGetValue(name, out var e) && e.ValueKind != JsonValueKind.Null ? e : null;
    }
}
