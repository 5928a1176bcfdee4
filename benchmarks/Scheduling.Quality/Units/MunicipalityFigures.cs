namespace Scheduling.Quality.Units;

/// <summary>The figures of one roster of a generated municipality (<see cref="MunicipalityMeasure"/>).</summary>
public sealed record MunicipalityFigures(long SubstituteMinutes, long SubstituteKronor, long OverCoverMinutes, long PoolMinutes, double StaffMean, int StaffMax);
