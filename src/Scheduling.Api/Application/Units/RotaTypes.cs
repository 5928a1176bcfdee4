namespace Scheduling.Api.Application.Units;

/// <summary>Full time (veckoarbetstid) per rota type under AB/HÖK, in minutes per week.</summary>
public static class RotaTypes
{
    public const int Daytime = 40 * 60, SundaysAndHolidays = 38 * 60 + 15, PermanentNights = 34 * 60 + 20;

    /// <summary>Full time of an employee whose record gives none (the problem file's default).</summary>
    public const int Default = SundaysAndHolidays;
}
