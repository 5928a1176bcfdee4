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
