using NodaTime;
using NodaTime.Text;
using Scheduling.Domain;
using Scheduling.Domain.Reporting;

namespace Scheduling.Api.Application;

/// <summary>
/// The values a request names besides its problem, as the use cases read them: a date as the contract writes it and a
/// report language (a refusal as INVALID_ARGUMENT naming the field). The problem itself is a problem file, read by
/// <see cref="ProblemReading"/>; the contract's mapping lives in <c>Scheduling.Api.Mapping</c>.
/// </summary>
public static class ProblemMapping
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>A request's language ("sv" when empty, "en"); INVALID_ARGUMENT naming <paramref name="field"/> otherwise.</summary>
    public static ReportLanguage Language(string? code, string field = "language")
    {
        try
        {
            return ReportLanguages.Parse(code);
        }
        catch (DomainException ex)
        {
            throw ApiErrors.InvalidArgument(field, ex.Message);
        }
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
