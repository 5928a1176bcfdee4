using System.Text.Json.Serialization;
using NodaTime.Text;
using Scheduling.Domain.Fairness;
using Scheduling.Domain.Rules;

namespace Scheduling.Domain.Files;

/// <summary>
/// Reads a problem file (JSON) into a <see cref="RosterProblem"/>. Every error names its field path
/// (e.g. <c>employees[3].employmentRate</c>) and the reason; all errors are collected before failing.
/// </summary>
public static class ProblemFileReader
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = false,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // The proto3 JSON mapping writes 64-bit integers as strings ("1550000"); accept both forms.
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        WriteIndented = true,
    };

    /// <summary>The most employees a problem may have.</summary>
    public const int MaxEmployees = 2000;

    public static RosterProblem Read(string json) => Map(Parse(json));

    /// <summary>
    /// The problem file a JSON text holds, not yet read as a problem (<see cref="Map"/> does that);
    /// <see cref="ProblemValidationException"/> naming the path of a malformed or unknown field.
    /// </summary>
    public static ProblemFile Parse(string json)
    {
        ProblemFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ProblemFile>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            var path = string.IsNullOrEmpty(ex.Path) ? "$" : ex.Path;
            var reason = ex.Message.Split(". Path:")[0].Split(" Path:")[0];
            throw new ProblemValidationException([new ProblemError(path.TrimStart('$', '.'), reason)]);
        }

        return file ?? throw new ProblemValidationException([new ProblemError("$", "the file holds no problem")]);
    }

    public static RosterProblem Map(ProblemFile file)
    {
        var errors = new Errors();
        var period = ReadPeriod(file.Period, errors);
        var templates = Each(file.ShiftTemplates, "shiftTemplates", errors, ReadTemplate);
        var employees = Each(file.Employees, "employees", errors, (dto, f, err) => ReadEmployee(dto, f, err));
        if (employees.Length > MaxEmployees) errors.Add("employees", $"at most {MaxEmployees} employees are accepted, got {employees.Length}");
        var demands = Each(file.ShiftDemands, "shiftDemands", errors, ReadShiftDemand);
        var wishes = Each(file.Wishes, "wishes", errors, ReadWish);
        var unavailable = Each(file.Unavailability, "unavailability", errors, (dto, f, err) =>
            new Unavailability(Id(dto.Employee, $"{f}.employee", err, s => new EmployeeId(s)), Date(dto.Date, $"{f}.date", err)));
        var pins = Each(file.Pins, "pins", errors, (dto, f, err) => new Pin(
            Id(dto.Employee, $"{f}.employee", err, s => new EmployeeId(s)),
            Date(dto.Date, $"{f}.date", err),
            dto.Shift is null ? null : Id(dto.Shift, $"{f}.shift", err, s => new ShiftCode(s))));
        var preferences = Each(file.Preferences, "preferences", errors, ReadPreference);
        var ledger = Each(file.FairnessLedger, "fairnessLedger", errors, ReadLedgerEntry);
        var ledgerDuplicate = ledger.GroupBy(l => l.Employee).FirstOrDefault(g => g.Count() > 1);
        if (ledgerDuplicate is not null) errors.Add("fairnessLedger", $"'{ledgerDuplicate.Key}' has more than one entry");
        var units = UnitReader.Read(file.Units, errors);
        if (file.History is { Count: > History.MaxEntries } tooMany)
            errors.Add("history", $"at most {History.MaxEntries} entries are accepted, got {tooMany.Count}");
        var history = file.History is { Count: > History.MaxEntries } ? [] : Each(file.History, "history", errors, (dto, f, err) => new Assignment(
            Id(dto.Employee, $"{f}.employee", err, s => new EmployeeId(s)),
            Date(dto.Date, $"{f}.date", err),
            Id(dto.Shift, $"{f}.shift", err, s => new ShiftCode(s))));
        if (period is null) errors.ThrowIfAny();
        var curve = UnitReader.Curve(file, units, period!, errors);
        var cost = file.Cost is null ? null : CostReader.Read(file.Cost, errors);
        var pack = file.RulePack is null ? Guard("rulePack", errors, () => RulePacks.For(period!, withCost: file.Cost is not null)) : RuleReader.Read(file.RulePack, errors, period);
        if (pack is not null)
            foreach (var error in RequiredRules.OutsideDates(pack, period!.Start, period.End.PlusDays(-1))) errors.Add(error.Field, error.Reason);
        errors.ThrowIfAny();
        return new RosterProblem(file.Name ?? "", period!, templates, employees, pack!, demands, curve, wishes, unavailable, pins, cost,
            preferences, new FairnessLedger(ledger), History.Covering(period!.Start, history), units);
    }

    internal sealed class Errors
    {
        private readonly List<ProblemError> list = [];

        public void Add(string field, string reason) => list.Add(new ProblemError(field, reason));

        /// <summary>How many errors so far: a reader skips building a value whose fields already failed.</summary>
        public int Count => list.Count;

        public IReadOnlyList<ProblemError> List => list;

        public void ThrowIfAny()
        {
            if (list.Count > 0) throw new ProblemValidationException(list);
        }
    }

    private static SchedulePeriod? ReadPeriod(PeriodDto? dto, Errors errors)
    {
        if (dto is null)
        {
            errors.Add("period", "is required");
            return null;
        }

        var start = Date(dto.StartDate, "period.startDate", errors);
        var zone = SchedulePeriod.DefaultZone;
        if (dto.TimeZone is { } name && DateTimeZoneProviders.Tzdb.GetZoneOrNull(name) is not { } found)
            errors.Add("period.timeZone", $"unknown time zone '{name}' (use an IANA name such as Europe/Stockholm)");
        else if (dto.TimeZone is { } known)
            zone = DateTimeZoneProviders.Tzdb[known];
        if (dto.Days is not { } days)
        {
            errors.Add("period.days", "is required");
            return null;
        }

        if (days is < 1 or > SchedulePeriod.MaxDays)
        {
            errors.Add("period.days", $"must be between 1 and {SchedulePeriod.MaxDays}, was {days}");
            return null;
        }

        return dto.StartDate is null ? null : new SchedulePeriod(start, days, zone);
    }

    private static ShiftTemplate? ReadTemplate(ShiftTemplateDto dto, string f, Errors errors)
    {
        var code = Id(dto.Code, $"{f}.code", errors, s => new ShiftCode(s));
        var start = Time(dto.StartTime, $"{f}.startTime", errors);
        var length = Minutes(dto.DurationMinutes, $"{f}.durationMinutes", errors, required: true, min: 1, max: 24 * 60);
        var unpaid = Minutes(dto.UnpaidBreakMinutes, $"{f}.unpaidBreakMinutes", errors, required: false, min: 0, max: 24 * 60);
        var kind = Enum<ShiftKind>(dto.Kind, $"{f}.kind", errors) ?? ShiftKind.Day;
        var competence = dto.RequiredCompetence is null ? (CompetenceId?)null : Id(dto.RequiredCompetence, $"{f}.requiredCompetence", errors, s => new CompetenceId(s));
        return Guard(f, errors, () => new ShiftTemplate(code, start, length, kind, dto.Name, unpaid, competence));
    }

    internal static Employee ReadEmployee(EmployeeDto dto, string f, Errors errors)
    {
        var id = Id(dto.Id, $"{f}.id", errors, s => new EmployeeId(s));
        EmploymentRate? rate = null;
        if (dto.EmploymentRate is { } percent)
        {
            if (percent is <= 0 or > 100) errors.Add($"{f}.employmentRate", $"must be above 0 and at most 100 (percent), was {percent}");
            else rate = new EmploymentRate(percent);
        }

        var fullTime = dto.FullTimeWeeklyMinutes is null ? (Duration?)null : Minutes(dto.FullTimeWeeklyMinutes, $"{f}.fullTimeWeeklyMinutes", errors, true, 1, 60 * 60);
        if (rate is not null && fullTime is null) fullTime = Duration.FromMinutes(38 * 60 + 15);
        if (rate is null && dto.MinTotalMinutes is null && dto.MaxTotalMinutes is null)
            errors.Add($"{f}.employmentRate", "is required unless minTotalMinutes or maxTotalMinutes are given");
        var contract = Guard($"{f}", errors, () => new WorkingTimeContract(
            rate,
            fullTime,
            dto.ToleranceMinutes is null ? null : Minutes(dto.ToleranceMinutes, $"{f}.toleranceMinutes", errors, true, 0, 100_000),
            dto.MinTotalMinutes is null ? null : Minutes(dto.MinTotalMinutes, $"{f}.minTotalMinutes", errors, true, 0, 1_000_000),
            dto.MaxTotalMinutes is null ? null : Minutes(dto.MaxTotalMinutes, $"{f}.maxTotalMinutes", errors, true, 0, 1_000_000),
            Duration.FromMinutes(dto.TimeBankMinutes ?? 0))
        {
            OvertimeBeforePeriod = dto.OvertimeBeforePeriodMinutes is null ? null : Minutes(dto.OvertimeBeforePeriodMinutes, $"{f}.overtimeBeforePeriodMinutes", errors, true, 0, 366 * 24 * 60),
        });
        var competences = Each(dto.Competences, $"{f}.competences", errors, (c, cf, err) => new CompetenceGrant(
            Id(c.Competence, $"{cf}.competence", err, s => new CompetenceId(s)),
            c.ValidFrom is null ? null : Date(c.ValidFrom, $"{cf}.validFrom", err),
            c.ValidUntil is null ? null : Date(c.ValidUntil, $"{cf}.validUntil", err))
        {
            Units = [.. (c.Units ?? []).Select((u, i) => Id(u, $"{cf}.units[{i}]", err, s => new UnitId(s)))],
        });
        var limits = dto.Limits is not { } l ? EmployeeLimits.None : new EmployeeLimits
        {
            MaxConsecutiveDays = l.MaxConsecutiveDays,
            MinConsecutiveDays = l.MinConsecutiveDays,
            MinConsecutiveDaysOff = l.MinConsecutiveDaysOff,
            MaxWeekends = l.MaxWeekends,
            MaxShiftsPerTemplate = (l.MaxShiftsPerTemplate ?? []).ToImmutableDictionary(
                kv => Id(kv.Key, $"{f}.limits.maxShiftsPerTemplate", errors, s => new ShiftCode(s)), kv => kv.Value),
        };
        var units = (dto.Units ?? []).Select((u, i) => Id(u, $"{f}.units[{i}]", errors, s => new UnitId(s))).ToImmutableArray();
        return new Employee(id, dto.Name ?? "", contract ?? new WorkingTimeContract(), competences, limits, units);
    }

    private static ShiftDemand? ReadShiftDemand(ShiftDemandDto dto, string f, Errors errors)
    {
        var date = Date(dto.Date, $"{f}.date", errors);
        var shift = Id(dto.Shift, $"{f}.shift", errors, s => new ShiftCode(s));
        if (dto.Required is not { } required) errors.Add($"{f}.required", "is required");
        else if (required < 0) errors.Add($"{f}.required", $"must not be negative, was {required}");
        if (dto.UnderWeight < 0) errors.Add($"{f}.underWeight", "must not be negative");
        if (dto.OverWeight < 0) errors.Add($"{f}.overWeight", "must not be negative");
        UnitId? unit = dto.Unit is null ? null : Id(dto.Unit, $"{f}.unit", errors, s => new UnitId(s));
        return Guard(f, errors, () => new ShiftDemand(date, shift, Math.Max(0, dto.Required ?? 0), Math.Max(0, dto.UnderWeight ?? 100), Math.Max(0, dto.OverWeight ?? 1)) { Unit = unit });
    }

    private static Wish? ReadWish(WishDto dto, string f, Errors errors)
    {
        var employee = Id(dto.Employee, $"{f}.employee", errors, s => new EmployeeId(s));
        var date = Date(dto.Date, $"{f}.date", errors);
        var kind = Enum<WishKind>(dto.Kind, $"{f}.kind", errors, required: true) ?? WishKind.DayOff;
        ShiftCode? shift = dto.Shift is null ? null : Id(dto.Shift, $"{f}.shift", errors, s => new ShiftCode(s));
        if (kind is WishKind.ShiftOn or WishKind.ShiftOff && shift is null) errors.Add($"{f}.shift", $"is required for a {dto.Kind} wish");
        if (kind is WishKind.DayOff && shift is not null) errors.Add($"{f}.shift", "must be absent for a DAY_OFF wish");
        if (dto.Weight < 0) errors.Add($"{f}.weight", "must not be negative");
        return Guard(f, errors, () => new Wish(employee, date, kind, shift, Math.Max(0, dto.Weight ?? 1)));
    }

    private static Preference? ReadPreference(PreferenceDto dto, string f, Errors errors)
    {
        var before = errors.Count;
        var employee = Id(dto.Employee, $"{f}.employee", errors, s => new EmployeeId(s));
        var kind = Enum<PreferenceKind>(dto.Kind, $"{f}.kind", errors, required: true);
        var shiftKind = Enum<ShiftKind>(dto.ShiftKind, $"{f}.shiftKind", errors, required: kind == PreferenceKind.NoShiftKind);
        ShiftCode? shift = dto.Shift is null ? null : Id(dto.Shift, $"{f}.shift", errors, s => new ShiftCode(s));
        var weekday = Enum<IsoDayOfWeek>(dto.Weekday, $"{f}.weekday", errors, required: kind == PreferenceKind.DayOffOnWeekday);
        if (kind == PreferenceKind.NoShift && shift is null) errors.Add($"{f}.shift", "is required for a NO_SHIFT preference");
        if (kind == PreferenceKind.AtMostWeekends && dto.Count is not >= 0) errors.Add($"{f}.count", "is required for an AT_MOST_WEEKENDS preference, at least 0");
        if (dto.Weight < 0) errors.Add($"{f}.weight", "must not be negative");
        if (errors.Count > before || kind is not { } k) return null;
        return Guard(f, errors, () => new Preference(employee, k, dto.Weight ?? 1, shiftKind, shift, weekday, dto.Count));
    }

    private static LedgerEntry? ReadLedgerEntry(LedgerEntryDto dto, string f, Errors errors)
    {
        var employee = Id(dto.Employee, $"{f}.employee", errors, s => new EmployeeId(s));
        long Hundredths(decimal? value, string name)
        {
            if (value is not { } v) return 0;
            if (decimal.Round(v, 2) != v || Math.Abs(v) > 100_000) errors.Add($"{f}.{name}", $"must have at most two decimals and lie within ±100000, was {v}");
            return (long)decimal.Round(v * 100m);
        }

        if (Math.Abs(dto.WishShareDeficit ?? 0) > 10_000) errors.Add($"{f}.wishShareDeficit", "must lie within ±10000 percentage points");
        return new LedgerEntry(employee, dto.WishShareDeficit ?? 0, Hundredths(dto.NightsOver, "nightsOver"), Hundredths(dto.WeekendsOver, "weekendsOver"), Hundredths(dto.HolidaysOver, "holidaysOver"));
    }

    internal static ImmutableArray<T> Each<TDto, T>(List<TDto>? items, string field, Errors errors, Func<TDto, string, Errors, T?> read)
    {
        if (items is null) return [];
        var result = ImmutableArray.CreateBuilder<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                errors.Add($"{field}[{i}]", "must not be null");
                continue;
            }

            if (read(items[i], $"{field}[{i}]", errors) is { } value) result.Add(value);
        }

        return result.ToImmutable();
    }

    internal static T? Guard<T>(string field, Errors errors, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (DomainException ex)
        {
            errors.Add(field, ex.Message);
            return default;
        }
    }

    internal static T Id<T>(string? text, string field, Errors errors, Func<string, T> create) where T : struct
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "is required");
            return create("?");
        }

        try
        {
            return create(text);
        }
        catch (DomainException ex)
        {
            errors.Add(field, ex.Message);
            return create("?");
        }
    }

    internal static LocalDate Date(string? text, string field, Errors errors)
    {
        if (text is null)
        {
            errors.Add(field, "is required");
            return default;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        if (parsed.Success) return parsed.Value;
        errors.Add(field, $"'{text}' is not a date (yyyy-MM-dd)");
        return default;
    }

    internal static LocalTime Time(string? text, string field, Errors errors)
    {
        if (text is null)
        {
            errors.Add(field, "is required");
            return default;
        }

        if (text == "24:00") return LocalTime.Midnight;
        var parsed = LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(text);
        if (parsed.Success) return parsed.Value;
        errors.Add(field, $"'{text}' is not a time (HH:mm)");
        return default;
    }

    internal static Duration Minutes(int? value, string field, Errors errors, bool required, int min, int max)
    {
        if (value is not { } minutes)
        {
            if (required) errors.Add(field, "is required");
            return Duration.Zero;
        }

        if (minutes < min || minutes > max)
        {
            errors.Add(field, $"must be between {min} and {max} minutes, was {minutes}");
            return Duration.FromMinutes(Math.Clamp(minutes, min, max));
        }

        return Duration.FromMinutes(minutes);
    }

    /// <summary>Parses an enum written in upper snake case (SHIFT_ON) or as its C# name.</summary>
    internal static T? Enum<T>(string? text, string field, Errors errors, bool required = false) where T : struct, System.Enum
    {
        if (text is null)
        {
            if (required) errors.Add(field, "is required");
            return null;
        }

        var name = text.Replace("_", "", StringComparison.Ordinal);
        if (System.Enum.TryParse<T>(name, ignoreCase: true, out var value) && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            return value;
        var allowed = string.Join(", ", System.Enum.GetNames<T>().Select(UpperSnake));
        errors.Add(field, $"'{text}' is not one of {allowed}");
        return null;
    }

    /// <summary>An enum member name as the file and the contract write it: UnsocialHours → UNSOCIAL_HOURS.</summary>
    public static string UpperSnake(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : c.ToString())).ToUpperInvariant();
}
