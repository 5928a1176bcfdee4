using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
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

    public ImmutableArray<IsoDayOfWeek> Days(string name)
    {
        if (Get(name) is not { } e) return default;
        if (e.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{field}.{name}", "must be a list of weekdays");
            return default;
        }

        return [.. e.EnumerateArray().Select((d, i) => Enum<IsoDayOfWeek>(d.ValueKind == JsonValueKind.String ? d.GetString() : "?", $"{field}.{name}[{i}]", errors, true))
            .Where(d => d is not null and not IsoDayOfWeek.None).Select(d => d!.Value)];
    }

    public ImmutableArray<CostKind> CostKinds(string name)
    {
        if (Get(name) is not { } e) return default;
        if (e.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{field}.{name}", "must be a list of cost kinds");
            return default;
        }

        return [.. e.EnumerateArray().Select((k, i) => Enum<CostKind>(k.ValueKind == JsonValueKind.String ? k.GetString() : "?", $"{field}.{name}[{i}]", errors, true))
            .Where(k => k is not null).Select(k => k!.Value)];
    }

    public ImmutableArray<ShiftSuccession> Successions(string name)
    {
        if (Get(name) is not { } e) return [];
        if (e.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{field}.{name}", "must be a list of {\"from\": code, \"to\": code}");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<ShiftSuccession>();
        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            var f = $"{field}.{name}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("from", out var from) || !item.TryGetProperty("to", out var to) ||
                from.ValueKind != JsonValueKind.String || to.ValueKind != JsonValueKind.String)
            {
                errors.Add(f, "must be {\"from\": code, \"to\": code}");
                continue;
            }

            result.Add(new ShiftSuccession(Id(from.GetString(), $"{f}.from", errors, s => new ShiftCode(s)), Id(to.GetString(), $"{f}.to", errors, s => new ShiftCode(s))));
        }

        return result.ToImmutable();
    }

    /// <summary>A list of daily-rest exceptions, <c>[{"employee": id, "date": "yyyy-MM-dd"}]</c>.</summary>
    public ImmutableArray<DailyRestException> RestExceptions(string name)
    {
        if (Get(name) is not { } e) return [];
        if (e.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{field}.{name}", "must be a list of {\"employee\": id, \"date\": \"yyyy-MM-dd\"}");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<DailyRestException>();
        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            var f = $"{field}.{name}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("employee", out var employee) || !item.TryGetProperty("date", out var date) ||
                employee.ValueKind != JsonValueKind.String || date.ValueKind != JsonValueKind.String)
            {
                errors.Add(f, "must be {\"employee\": id, \"date\": \"yyyy-MM-dd\"}");
                continue;
            }

            result.Add(new DailyRestException(Id(employee.GetString(), $"{f}.employee", errors, s => new EmployeeId(s)), Date(date.GetString(), $"{f}.date", errors)));
        }

        return result.ToImmutable();
    }

    public void ReportUnused()
    {
        foreach (var key in (values ?? []).Keys.Where(k => !used.Contains(k)))
            errors.Add($"{field}.{key}", "is not a parameter of this rule");
    }

    private JsonElement? Get(string name)
    {
        used.Add(name);
        return values is not null && values.TryGetValue(name, out var e) && e.ValueKind != JsonValueKind.Null ? e : null;
    }
}
