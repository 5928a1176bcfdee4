using Scheduling.Api.Application;
using Scheduling.Api.V1;
using Scheduling.Domain;
using Scheduling.Domain.Files;
using ProblemFileMapping = Scheduling.Api.Mapping.ProblemFileMapping;
using ResourceMapping = Scheduling.Api.Mapping.ResourceMapping;

namespace Scheduling.Api.Services.Mapping;

/// <summary>
/// A request's problem (and a reference's period and history) as the domain's problem file, mapped once at the edge (<see cref="ProblemFileMapping.ToFile"/>);
/// a field the file has no place for is INVALID_ARGUMENT under <c>problem</c>, as the file's other errors are.
/// </summary>
public static class RequestProblems
{
    /// <summary>A request's period as the problem file's; null for null.</summary>
    public static PeriodDto? ToPeriod(Period? period) => period is null ? null : ResourceMapping.ToDto<PeriodDto>(period);

    /// <summary>A request's history (the shifts worked before its period) as the problem file's entries.</summary>
    public static IReadOnlyList<HistoryEntryDto> ToHistory(IEnumerable<HistoryShiftSpec> history) => [.. history.Select(ResourceMapping.ToDto<HistoryEntryDto>)];

    /// <summary>The problem file of <paramref name="problem"/>; null for null.</summary>
    public static ProblemFile? ToFile(Problem? problem)
    {
        if (problem is null) return null;
        try
        {
            return ProblemFileMapping.ToFile(problem);
        }
        catch (ProblemValidationException ex)
        {
            throw ApiErrors.InvalidArgument(ex.Errors, "problem");
        }
    }
}
