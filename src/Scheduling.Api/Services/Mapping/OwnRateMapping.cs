using Scheduling.Api.Application.SelfService;
using Scheduling.Api.Application.Units;
using Scheduling.Api.Mapping;

namespace Scheduling.Api.Services.Mapping;

/// <summary>An employee's own rate (<see cref="OwnRate"/>) as the contract's <see cref="V1.MyRate"/>, its full time named as the contract's rota type.</summary>
public static class OwnRateMapping
{
    public static V1.MyRate ToProto(OwnRate rate)
    {
        var mine = new V1.MyRate
        {
            Employee = rate.Employee,
            FullTimeWeeklyMinutes = rate.FullTimeWeeklyMinutes,
            RotaType = RotaTypeOf(rate.FullTimeWeeklyMinutes),
            Chosen = { rate.Chosen.Select(SelfServiceMapping.ToProto) },
            Window = rate.Window is { } window ? SelfServiceMapping.ToProto(window) : null,
            WindowOpen = rate.WindowOpen,
            OfferedRates = { rate.OfferedRates },
        };
        if (rate.EmploymentRate is { } employmentRate) mine.EmploymentRate = employmentRate;
        return mine;
    }

    /// <summary>The contract's rota type of a full time (<see cref="RotaTypes"/>).</summary>
    private static V1.RotaType RotaTypeOf(int fullTimeWeeklyMinutes) => fullTimeWeeklyMinutes switch
    {
        RotaTypes.Daytime => V1.RotaType.Daytime,
        RotaTypes.SundaysAndHolidays => V1.RotaType.SundaysAndHolidays,
        RotaTypes.PermanentNights => V1.RotaType.PermanentNights,
        _ => V1.RotaType.OtherFullTime,
    };
}
