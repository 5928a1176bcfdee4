using Google.Protobuf;
using NodaTime;
using NodaTime.Text;
using Scheduling.Api.Mapping;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Reporting;

namespace Scheduling.Api.Application;

/// <summary>
/// A request's problem and language as the use cases read them: a <see cref="Problem"/> becomes a domain problem
/// through <see cref="ProblemFileMapping"/> (its canonical JSON form, the problem file: the file reader's validation and
/// field paths are the service's), a refusal as INVALID_ARGUMENT naming each field. The contract's mapping itself lives
/// in <c>Scheduling.Api.Mapping</c>; what stays here is what the use cases not yet moved off proto still call (issue 16).
/// </summary>
public static class ProblemMapping
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    /// <summary>The problem file form of a problem (what the CLI reads).</summary>
    public static string ToJson(Problem problem) => ProblemFileMapping.Json(problem);

    /// <summary>Reads a problem file into the message; a malformed file is INVALID_ARGUMENT.</summary>
    public static Problem ParseJson(string json, string field = "problem")
    {
        try
        {
            return Parser.Parse<Problem>(json);
        }
        catch (Exception ex) when (ex is InvalidProtocolBufferException or InvalidJsonException or FormatException)
        {
            throw ApiErrors.InvalidArgument(field, ex.Message);
        }
    }

    /// <summary>The domain problem, or INVALID_ARGUMENT naming each bad field under <paramref name="prefix"/>.</summary>
    public static RosterProblem ToDomain(Problem problem, string prefix = "problem")
    {
        try
        {
            return ProblemFileMapping.Read(problem);
        }
        catch (ProblemValidationException ex)
        {
            throw ApiErrors.InvalidArgument(ex.Errors, prefix);
        }
    }

    /// <summary>The domain roster of a stored roster (for a warm start); see <see cref="RosterMapping.Assignments"/>.</summary>
    public static Domain.Roster ToDomain(V1.Roster roster) => RosterMapping.Assignments(roster);

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
