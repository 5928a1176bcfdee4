using NodaTime;

namespace Scheduling.Api.Application.Plans;

/// <summary>A stored plan: the period every unit is planned for, and each unit with its solve job, in the order asked.</summary>
public sealed record MunicipalityPlan(string Name, LocalDate PeriodStart, int Days, string TimeZone, Instant CreateTime, IReadOnlyList<PlannedUnit> Units);
