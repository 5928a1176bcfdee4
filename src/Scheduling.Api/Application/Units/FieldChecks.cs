using NodaTime;
using NodaTime.Text;
using Scheduling.Domain;

namespace Scheduling.Api.Application.Units;

/// <summary>
/// A resource's fields checked directly against the domain's types, with the problem file reader's words, so a field
/// of a stored resource fails as the same field of a problem file does (<c>is required</c>, the id type's reason,
/// <c>'…' is not a date (yyyy-MM-dd)</c>).
/// </summary>
internal sealed class FieldChecks
{
    private readonly List<ProblemError> errors = [];

    public IReadOnlyList<ProblemError> Errors => errors;

    public void Add(string field, string reason) => errors.Add(new ProblemError(field, reason));

    /// <summary>A required id: its domain type made from the text, or the type's reason; null when it failed.</summary>
    public T? Id<T>(string? text, string field, Func<string, T> create) where T : struct
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Add(field, "is required");
            return null;
        }

        try
        {
            return create(text);
        }
        catch (DomainException ex)
        {
            Add(field, ex.Message);
            return null;
        }
    }

    /// <summary>An optional id: null when the text is empty (a resource's unset field), else as <see cref="Id{T}"/>.</summary>
    public T? OptionalId<T>(string? text, string field, Func<string, T> create) where T : struct =>
        string.IsNullOrEmpty(text) ? null : Id(text, field, create);

    /// <summary>A required ISO date; null when it is missing or not one.</summary>
    public LocalDate? Date(string? text, string field)
    {
        if (string.IsNullOrEmpty(text))
        {
            Add(field, "is required");
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success) return parsed.Value;
        Add(field, $"'{text}' is not a date (yyyy-MM-dd)");
        return null;
    }

    /// <summary>A required time of day (HH:mm, or 24:00 for the end of the day); midnight when it is missing or not one.</summary>
    public LocalTime Time(string? text, string field)
    {
        if (string.IsNullOrEmpty(text))
        {
            Add(field, "is required");
            return default;
        }

        if (text == "24:00") return LocalTime.Midnight;
        var parsed = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text);
        if (parsed.Success) return parsed.Value;
        Add(field, $"'{text}' is not a time (HH:mm)");
        return default;
    }

    /// <summary>A number of minutes within [<paramref name="min"/>, <paramref name="max"/>]; out of range it is reported and clamped.</summary>
    public Duration Minutes(int? value, string field, bool required, int min, int max)
    {
        if (value is not { } minutes)
        {
            if (required) Add(field, "is required");
            return Duration.Zero;
        }

        if (minutes >= min && minutes <= max) return Duration.FromMinutes(minutes);
        Add(field, $"must be between {min} and {max} minutes, was {minutes}");
        return Duration.FromMinutes(Math.Clamp(minutes, min, max));
    }

    /// <summary>Runs a domain constructor on the fields as read (bad ones as stand-ins) and reports its reason on <paramref name="field"/>, as the problem file reader does.</summary>
    public void Always(string field, Action create)
    {
        try
        {
            create();
        }
        catch (DomainException ex)
        {
            Add(field, ex.Message);
        }
    }

    /// <summary>Runs a domain constructor once the fields passed; its reason (a rule between fields) on <paramref name="field"/>.</summary>
    public void Construct(string field, Action create)
    {
        if (errors.Count > 0) return;
        try
        {
            create();
        }
        catch (DomainException ex)
        {
            Add(field, ex.Message);
        }
    }
}
