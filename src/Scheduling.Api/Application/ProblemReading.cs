using Scheduling.Domain;
using Scheduling.Domain.Files;

namespace Scheduling.Api.Application;

/// <summary>
/// A problem file read as the domain problem by the domain's reader (<see cref="ProblemFileReader.Map"/>: its validation
/// and field paths are the service's), a refusal as INVALID_ARGUMENT naming each bad field under a prefix.
/// </summary>
public static class ProblemReading
{
    /// <summary>The domain problem, or INVALID_ARGUMENT naming each bad field under <paramref name="prefix"/>.</summary>
    public static RosterProblem Read(ProblemFile file, string prefix = "problem")
    {
        try
        {
            return ProblemFileReader.Map(file);
        }
        catch (ProblemValidationException ex)
        {
            throw ApiErrors.InvalidArgument(ex.Errors, prefix);
        }
    }
}
