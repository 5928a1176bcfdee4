using Google.Protobuf;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Mapping;

/// <summary>
/// A problem message is the problem file in its canonical JSON form: a request's problem becomes the domain's
/// <see cref="ProblemFile"/> at the service edge (<see cref="ToFile"/>), a stored one in the store's encoding, and a
/// problem file becomes the message again for a reply or the stored bytes (<see cref="ToProto"/>). The domain's problem
/// file reader reads it (its validation and field paths, no second copy of the rules).
/// </summary>
public static class ProblemFileMapping
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);

    /// <summary>The problem file form of a problem (what the CLI reads).</summary>
    public static string Json(Problem problem) => Formatter.Format(problem);

    /// <summary>The problem file of a problem message; <see cref="ProblemValidationException"/> naming a field the file has no place for.</summary>
    public static ProblemFile ToFile(Problem problem) => ProblemFileReader.Parse(Json(problem));

    /// <summary>The problem message of a problem file (a reply, the stored bytes).</summary>
    public static Problem ToProto(ProblemFile file) =>
        JsonParser.Default.Parse<Problem>(JsonSerializer.Serialize(file, ProblemFileReader.JsonOptions));

    /// <summary>The domain problem of a problem file; <see cref="ProblemValidationException"/> naming each bad field.</summary>
    public static RosterProblem Read(Problem file) => ProblemFileReader.Read(Json(file));
}
