namespace Scheduling.Quality.Yardsticks;

/// <summary>
/// The LP bound's answer: at most <see cref="AllowedPersonMinutes"/> of the <see cref="IdealPersonMinutes"/> of ideal
/// need can be met by any roster that obeys the problem's hard rules (see <see cref="LpCoverBound"/>).
/// </summary>
public sealed record CoverBound(double AllowedPersonMinutes, long IdealPersonMinutes, int Variables, int Constraints)
{
    /// <summary>"LP bound allows": the bound as a share of the ideal need, in [0, 1] (1 without any need).</summary>
    public double Share => IdealPersonMinutes == 0 ? 1 : Math.Clamp(AllowedPersonMinutes / IdealPersonMinutes, 0, 1);
}
