using Scheduling.Domain.Calendar;
using Scheduling.Domain.Cost;
using static Scheduling.Domain.Files.ProblemFileReader;

namespace Scheduling.Domain.Files;

/// <summary>Reads the problem file's cost section; every error names its field under <c>cost</c>.</summary>
internal static class CostReader
{
    public static CostModel? Read(CostDto dto, Errors errors)
    {
        const string f = "cost";
        var before = errors.Count;
        var pay = Each(dto.Pay, $"{f}.pay", errors, (p, pf, err) =>
        {
            var countBefore = err.Count;
            var employee = Id(p.Employee, $"{pf}.employee", err, s => new EmployeeId(s));
            if (p.MonthlyPay is not { } monthly) err.Add($"{pf}.monthlyPay", "is required");
            else if (monthly is <= 0 or > 1_000_000) err.Add($"{pf}.monthlyPay", $"must be above 0 and at most 1 000 000 kr, was {monthly}");
            else if (err.Count == countBefore) return new EmployeePay(employee, monthly);
            return null;
        });
        if (dto.SocialFeeFactor is null) errors.Add($"{f}.socialFeeFactor", "is required (e.g. 1.4: social fees, agreed pension and insurances on top of pay)");
        Range(dto.SocialFeeFactor, $"{f}.socialFeeFactor", 1m, 3m, errors);
        Range(dto.HourlyDivisor, $"{f}.hourlyDivisor", 1m, 1000m, errors);
        Range(dto.DefaultMonthlyPay, $"{f}.defaultMonthlyPay", 1m, 1_000_000m, errors);
        Range(dto.AdditionalHoursPercent, $"{f}.additionalHoursPercent", 100m, 500m, errors);
        Range(dto.OvertimePercent, $"{f}.overtimePercent", 100m, 500m, errors);
        Range(dto.AutumnExtraHourPercent, $"{f}.autumnExtraHourPercent", 100m, 500m, errors);
        if (dto.Budget is < 0) errors.Add($"{f}.budget", $"must not be negative, was {dto.Budget}");
        SubstituteCost? substitutes = null;
        if (dto.Substitutes is { } s)
        {
            if (s.HourlyCost is null) errors.Add($"{f}.substitutes.hourlyCost", "is required");
            Range(s.HourlyCost, $"{f}.substitutes.hourlyCost", 0.01m, 10_000m, errors);
            Range(s.MarkupPercent, $"{f}.substitutes.markupPercent", 0m, 500m, errors);
            if (s.HourlyCost is { } hourly && errors.Count == before) substitutes = Guard($"{f}.substitutes", errors, () => new SubstituteCost(hourly, s.MarkupPercent ?? 0m));
        }

        var table = dto.UnsocialHours is { } ob ? ReadTable(ob, $"{f}.unsocialHours", errors) : UnsocialHoursTable.KommunalHok2026;
        if (errors.Count > before) return null;
        return Guard(f, errors, () => new CostModel(
            dto.Version ?? "",
            dto.Source ?? "",
            pay,
            dto.SocialFeeFactor ?? 1m,
            table,
            dto.HourlyDivisor ?? 165m,
            dto.DefaultMonthlyPay,
            dto.AdditionalHoursPercent ?? 100m,
            dto.OvertimePercent ?? 180m,
            dto.AutumnExtraHourPercent ?? 180m,
            substitutes,
            dto.Budget));
    }

    private static UnsocialHoursTable? ReadTable(UnsocialHoursDto dto, string f, Errors errors)
    {
        var before = errors.Count;
        var defaults = UnsocialHoursTable.KommunalHok2026;
        var windows = dto.Windows is null ? defaults.Windows : Each(dto.Windows, $"{f}.windows", errors, ReadWindow);
        foreach (var duplicate in windows.GroupBy(w => w.Code).Where(g => g.Count() > 1))
            errors.Add($"{f}.windows", $"window '{duplicate.Key}' appears more than once");
        var holidays = dto.MajorHolidays is null ? defaults.MajorHolidays : Each(dto.MajorHolidays, $"{f}.majorHolidays", errors, ReadMajorHoliday);
        if (errors.Count > before) return null;
        return Guard(f, errors, () => new UnsocialHoursTable(dto.Id ?? "custom", dto.Source ?? "", windows, holidays));
    }

    private static UnsocialHoursWindow? ReadWindow(UnsocialHoursWindowDto dto, string f, Errors errors)
    {
        var before = errors.Count;
        if (string.IsNullOrWhiteSpace(dto.Code)) errors.Add($"{f}.code", "is required");
        if (dto.KronorPerHour is null) errors.Add($"{f}.kronorPerHour", "is required");
        Range(dto.KronorPerHour, $"{f}.kronorPerHour", 0m, 10_000m, errors);
        if (dto.KronorPerHour is { } k && decimal.Round(k, 2) != k) errors.Add($"{f}.kronorPerHour", $"must be in whole öre, was {k}");
        if (dto.Openings is null || dto.Openings.Count == 0) errors.Add($"{f}.openings", "needs at least one opening");
        var openings = Each(dto.Openings, $"{f}.openings", errors, ReadOpening);
        if (errors.Count > before) return null;
        return Guard(f, errors, () => new UnsocialHoursWindow(dto.Code ?? "?", dto.Name ?? "", dto.KronorPerHour ?? 0m, openings, dto.OnlyInMajorHolidays ?? false));
    }

    private static WindowOpening? ReadOpening(WindowOpeningDto dto, string f, Errors errors)
    {
        var before = errors.Count;
        var from = Time(dto.From, $"{f}.from", errors);
        var to = Time(dto.To, $"{f}.to", errors);
        ImmutableArray<IsoDayOfWeek> days = default;
        if (dto.Days is not null)
        {
            var list = new List<IsoDayOfWeek>();
            for (var i = 0; i < dto.Days.Count; i++)
                if (Enum<IsoDayOfWeek>(dto.Days[i], $"{f}.days[{i}]", errors, required: true) is { } day && day != IsoDayOfWeek.None)
                    list.Add(day);
            days = [.. list];
        }

        if (dto.DaysLater is < 0 or > 7) errors.Add($"{f}.daysLater", $"must be between 0 and 7, was {dto.DaysLater}");
        if (dto.DaysLater is not null && dto.ToNextWorkingDay == true) errors.Add($"{f}.daysLater", "must be absent when toNextWorkingDay is true");
        if (errors.Count > before) return null;
        return Guard(f, errors, () => new WindowOpening(from, to, days, dto.BeforeHoliday ?? false, dto.DaysLater, dto.ToNextWorkingDay ?? false));
    }

    private static MajorHoliday? ReadMajorHoliday(MajorHolidayDto dto, string f, Errors errors)
    {
        var before = errors.Count;
        if (string.IsNullOrWhiteSpace(dto.Name)) errors.Add($"{f}.name", "is required");
        var anchor = Enum<HolidayAnchor>(dto.Anchor, $"{f}.anchor", errors, required: true);
        if (dto.FirstDay is null) errors.Add($"{f}.firstDay", "is required");
        if (dto.LastDay is null) errors.Add($"{f}.lastDay", "is required");
        var from = Time(dto.From, $"{f}.from", errors);
        var to = Time(dto.To, $"{f}.to", errors);
        if (errors.Count > before || anchor is not { } a || dto.FirstDay is not { } first || dto.LastDay is not { } last) return null;
        return Guard(f, errors, () => new MajorHoliday(dto.Name ?? "?", a, first, last, from, to));
    }

    private static void Range(decimal? value, string field, decimal min, decimal max, Errors errors)
    {
        if (value is { } v && (v < min || v > max)) errors.Add(field, $"must be between {min} and {max}, was {v}");
    }
}
