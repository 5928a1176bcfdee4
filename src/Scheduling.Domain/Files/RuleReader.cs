using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using Scheduling.Domain.Cost;
using Scheduling.Domain.Rules;
using static Scheduling.Domain.Files.ProblemFileReader;

namespace Scheduling.Domain.Files;

/// <summary>Reads a rule pack: each rule by its id, with "hard" or a "weight", and its named parameters.</summary>
internal static class RuleReader
{
    public static RulePack? Read(RulePackDto dto, Errors errors)
    {
        var rules = Each(dto.Rules, "rulePack.rules", errors, ReadRule);
        var duplicate = rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            errors.Add("rulePack.rules", $"rule '{duplicate.Key}' appears more than once");
            return null;
        }

        return new RulePack(dto.Id ?? "custom", rules);
    }

    private static Rule? ReadRule(RuleDto dto, string f, Errors errors)
    {
        var p = new Parameters(dto.Parameters, $"{f}.parameters", errors);
        if (dto.Weight < 0) errors.Add($"{f}.weight", "must not be negative");
        var hardByDefault = dto.Hard ?? (dto.Weight is null);
        var defaultLevel = hardByDefault ? Enforcement.Hard : Enforcement.Soft(Math.Max(0, dto.Weight ?? 1));
        Rule? rule = dto.Id switch
        {
            RuleIds.DailyRest => new DailyRestRule(p.Minutes("minimumRestMinutes", 11 * 60), "ATL §13", defaultLevel),
            RuleIds.ForbiddenSuccessions => new ForbiddenSuccessionsRule(p.Successions("successions"), "unit policy", defaultLevel),
            RuleIds.WeeklyRest => new WeeklyRestRule(p.Minutes("minimumRestMinutes", 36 * 60), p.Int("windowDays") ?? 7, "ATL §14", defaultLevel),
            RuleIds.MaxShiftLength => new MaxShiftLengthRule(p.Minutes("maximumMinutes", 13 * 60), "AB", defaultLevel),
            RuleIds.PeriodHours => new PeriodHoursRule() with { Enforcement = defaultLevel },
            RuleIds.HoursTarget => new HoursTargetRule(Math.Max(0, dto.Weight ?? 1)),
            RuleIds.MaxShiftsPerTemplate => new MaxShiftsPerTemplateRule(p.Int("defaultMaximum")) with { Enforcement = defaultLevel },
            RuleIds.MaxConsecutiveDays => new MaxConsecutiveDaysRule(p.Int("defaultMaximum")) with { Enforcement = defaultLevel },
            RuleIds.MinConsecutiveDays => new MinConsecutiveDaysRule(p.Int("defaultMinimum"), p.Bool("bindAtHorizonEdges")) with { Enforcement = defaultLevel },
            RuleIds.MinConsecutiveDaysOff => new MinConsecutiveDaysOffRule(p.Int("defaultMinimum"), p.Bool("bindAtHorizonEdges")) with { Enforcement = defaultLevel },
            RuleIds.MaxWeekends => new MaxWeekendsRule(p.Int("defaultMaximum"), p.Days("weekendDays"), enforcement: defaultLevel),
            RuleIds.Availability => new AvailabilityRule() with { Enforcement = defaultLevel },
            RuleIds.Competence => new CompetenceRule() with { Enforcement = defaultLevel },
            RuleIds.Pins => new PinsRule() with { Enforcement = defaultLevel },
            RuleIds.ShiftCover => new ShiftCoverRule(Math.Max(0, dto.Weight ?? 1)),
            RuleIds.DemandMinimum => new DemandMinimumRule(level: dto.Hard == true ? Enforcement.Hard : Enforcement.Soft(Math.Max(0, dto.Weight ?? 1000))),
            RuleIds.DemandIdeal => new DemandIdealRule(Math.Max(0, dto.Weight ?? 100)),
            RuleIds.DemandSurplus => new DemandSurplusRule(Math.Max(0, dto.Weight ?? 5)),
            RuleIds.Wishes => new WishesRule(Math.Max(0, dto.Weight ?? 1)),
            RuleIds.Cost => new CostRule(Math.Max(0, dto.Weight ?? 1), p.CostKinds("kinds")),
            RuleIds.Budget => new BudgetRule() with { Enforcement = defaultLevel },
            RuleIds.Stability => new StabilityRule(Math.Max(0, dto.Weight ?? StabilityRule.DefaultWeight)),
            RuleIds.Preferences => new PreferencesRule(Math.Max(0, dto.Weight ?? RulePacks.PreferencesMultiplier)),
            RuleIds.FairWishShare => new FairWishShareRule(Math.Max(0, dto.Weight ?? RulePacks.FairWishShareWeight), p.Percent("stepPercent", 25)),
            RuleIds.FairNights => new FairNightsRule(Math.Max(0, dto.Weight ?? RulePacks.FairBurdenWeight), p.Int("toleranceHundredths") ?? RulePacks.FairShareTolerance),
            RuleIds.FairWeekends => new FairWeekendsRule(Math.Max(0, dto.Weight ?? RulePacks.FairBurdenWeight), p.Int("toleranceHundredths") ?? RulePacks.FairShareTolerance, p.Days("weekendDays")),
            RuleIds.FairHolidays => new FairHolidaysRule(Math.Max(0, dto.Weight ?? RulePacks.FairBurdenWeight), p.Int("toleranceHundredths") ?? RulePacks.FairShareTolerance),
            _ => null,
        };
        if (dto.Id is null) errors.Add($"{f}.id", "is required");
        else if (rule is null) errors.Add($"{f}.id", $"unknown rule '{dto.Id}'");
        if (rule is not null && dto.Hard == true && !rule.Enforcement.IsHard)
            errors.Add($"{f}.hard", $"rule '{dto.Id}' is always soft");
        p.ReportUnused();
        if (rule is not null && dto.Source is { } source) rule = rule with { Source = source };
        return rule;
    }

    private sealed class Parameters(Dictionary<string, JsonElement>? values, string field, Errors errors)
    {
        private readonly HashSet<string> used = [];

        public Duration Minutes(string name, int fallback)
        {
            var value = Int(name) ?? fallback;
            if (value >= 0) return Duration.FromMinutes(value);
            errors.Add($"{field}.{name}", "must not be negative");
            return Duration.FromMinutes(fallback);
        }

        public int? Int(string name)
        {
            if (Get(name) is not { } e) return null;
            if (e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var i) && i >= 0) return i;
            errors.Add($"{field}.{name}", "must be a whole number, at least 0");
            return null;
        }

        public int Percent(string name, int fallback)
        {
            var value = Int(name) ?? fallback;
            if (value is >= 1 and <= 100) return value;
            errors.Add($"{field}.{name}", "must be a whole number of percent from 1 to 100");
            return fallback;
        }

        public bool Bool(string name)
        {
            if (Get(name) is not { } e) return false;
            if (e.ValueKind is JsonValueKind.True or JsonValueKind.False) return e.GetBoolean();
            errors.Add($"{field}.{name}", "must be true or false");
            return false;
        }

        public ImmutableArray<IsoDayOfWeek> Days(string name)
        {
            if (Get(name) is not { } e) return default;
            if (e.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"{field}.{name}", "must be a list of weekdays");
                return default;
            }

            return [.. e.EnumerateArray().Select((d, i) => Enum<IsoDayOfWeek>(d.ValueKind == JsonValueKind.String ? d.GetString() : "?", $"{field}.{name}[{i}]", errors, true))
                .Where(d => d is not null and not IsoDayOfWeek.None).Select(d => d!.Value)];
        }

        public ImmutableArray<CostKind> CostKinds(string name)
        {
            if (Get(name) is not { } e) return default;
            if (e.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"{field}.{name}", "must be a list of cost kinds");
                return default;
            }

            return [.. e.EnumerateArray().Select((k, i) => Enum<CostKind>(k.ValueKind == JsonValueKind.String ? k.GetString() : "?", $"{field}.{name}[{i}]", errors, true))
                .Where(k => k is not null).Select(k => k!.Value)];
        }

        public ImmutableArray<ShiftSuccession> Successions(string name)
        {
            if (Get(name) is not { } e) return [];
            if (e.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"{field}.{name}", "must be a list of {\"from\": code, \"to\": code}");
                return [];
            }

            var result = ImmutableArray.CreateBuilder<ShiftSuccession>();
            var i = 0;
            foreach (var item in e.EnumerateArray())
            {
                var f = $"{field}.{name}[{i++}]";
                if (item.ValueKind != JsonValueKind.Object || !item.TryGetProperty("from", out var from) || !item.TryGetProperty("to", out var to) ||
                    from.ValueKind != JsonValueKind.String || to.ValueKind != JsonValueKind.String)
                {
                    errors.Add(f, "must be {\"from\": code, \"to\": code}");
                    continue;
                }

                result.Add(new ShiftSuccession(Id(from.GetString(), $"{f}.from", errors, s => new ShiftCode(s)), Id(to.GetString(), $"{f}.to", errors, s => new ShiftCode(s))));
            }

            return result.ToImmutable();
        }

        public void ReportUnused()
        {
            foreach (var key in (values ?? []).Keys.Where(k => !used.Contains(k)))
                errors.Add($"{field}.{key}", "is not a parameter of this rule");
        }

        private JsonElement? Get(string name)
        {
            used.Add(name);
            return values is not null && values.TryGetValue(name, out var e) && e.ValueKind != JsonValueKind.Null ? e : null;
        }
    }
}
