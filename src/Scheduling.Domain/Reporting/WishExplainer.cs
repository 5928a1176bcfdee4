using Scheduling.Domain.Calendar;
using Scheduling.Domain.Checking;
using Scheduling.Domain.Rules;

namespace Scheduling.Domain.Reporting;

/// <summary>
/// Explains each wish of a roster: granted, or refused with the reason. A refused wish is applied to the roster
/// alone (the employee's cell set to the wished shift, or cleared; for a shift-off wish, whichever of a day off or
/// another shift harms least), the independent checker re-scores it, and the
/// difference names what blocks it: a hard rule it would break (with the other shift, the window or the limit), a
/// need it would leave short (competence, hours, and whether anyone else was free), or else the soft terms it
/// would cost. Pure domain code: no solver.
/// </summary>
public static class WishExplainer
{
    private const int MaxCandidatesTried = 12;

    /// <summary>Named in a coverage explanation; one more found means "and others".</summary>
    private const int MaxCandidatesNamed = 3;
    private const int MaxTermsNamed = 3;

    private static readonly HashSet<string> CoverageRules = [RuleIds.DemandMinimum, RuleIds.DemandIdeal, RuleIds.ShiftCover];

    public static ImmutableArray<(Wish Wish, WishExplanation Explanation)> Explain(RosterProblem problem, Roster roster, ReportLanguage language = ReportLanguage.Swedish)
    {
        var texts = new ExplanationTexts(language);
        var before = RuleChecker.Evaluate(problem, roster);
        var beforeGaps = RosterReport.Gaps(problem, roster);
        // Each wish re-checks the whole roster (about 45 ms at 150 staff × 16 weeks): spread them over the cores.
        return [.. problem.Wishes.AsParallel().AsOrdered().Select(w => (w, Explain(problem, roster, before, beforeGaps, w, texts)))];
    }

    /// <summary>Explains some of the roster's wishes (e.g. one employee's), checking the roster itself once.</summary>
    public static ImmutableArray<(Wish Wish, WishExplanation Explanation)> Explain(RosterProblem problem, Roster roster, IEnumerable<Wish> wishes, ReportLanguage language)
    {
        var texts = new ExplanationTexts(language);
        var before = RuleChecker.Evaluate(problem, roster);
        var beforeGaps = RosterReport.Gaps(problem, roster);
        return [.. wishes.Select(w => (w, Explain(problem, roster, before, beforeGaps, w, texts)))];
    }

    /// <summary>Explains one wish of the roster.</summary>
    public static WishExplanation Explain(RosterProblem problem, Roster roster, Wish wish, ReportLanguage language = ReportLanguage.Swedish) =>
        Explain(problem, roster, RuleChecker.Evaluate(problem, roster), RosterReport.Gaps(problem, roster), wish, new ExplanationTexts(language));

    /// <summary>The roster with the wish granted by changing only the employee's cell on its date.</summary>
    public static Roster Apply(Roster roster, Wish wish)
    {
        var others = roster.Assignments.Where(a => a.Employee != wish.Employee || a.Date != wish.Date);
        var kept = roster.Assignments.Where(a => a.Employee == wish.Employee && a.Date == wish.Date && wish.Kind == WishKind.ShiftOff && a.Shift != wish.Shift);
        return wish.Kind == WishKind.ShiftOn
            ? new Roster([.. others, new Assignment(wish.Employee, wish.Date, wish.Shift!.Value)])
            : new Roster([.. others, .. kept]);
    }

    public static ImmutableArray<PreferenceOutcome> Preferences(RosterProblem problem, Roster roster, ReportLanguage language = ReportLanguage.Swedish)
    {
        var texts = new ExplanationTexts(language);
        return [.. problem.Preferences.Select(p =>
        {
            var own = roster.Assignments.Where(a => a.Employee == p.Employee && problem.TemplateByCode.ContainsKey(a.Shift)).OrderBy(a => a.Date).ToList();
            if (p.Kind == PreferenceKind.AtMostWeekends)
            {
                var weekends = own.Where(a => Preference.WeekendDays.Contains(a.Date.DayOfWeek))
                    .GroupBy(a => IsoWeek.Of(a.Date)).Select(g => g.Min(a => a.Date)).ToList();
                var over = Math.Max(0, weekends.Count - p.Count!.Value);
                return new PreferenceOutcome(p, over, over > 0 ? [.. weekends] : [], over > 0 ? texts.PreferenceNotKept(over, weekends, weekends: true) : texts.PreferenceKept);
            }

            var against = own.Where(a => p.IsAgainst(problem.TemplateByCode[a.Shift], a.Date)).Select(a => a.Date).ToList();
            return new PreferenceOutcome(p, against.Count, [.. against], against.Count > 0 ? texts.PreferenceNotKept(against.Count, against, weekends: false) : texts.PreferenceKept);
        })];
    }

    private static WishExplanation Explain(RosterProblem problem, Roster roster, Evaluation before, ImmutableArray<CoverageGap> beforeGaps, Wish wish, ExplanationTexts texts)
    {
        var onDay = roster.Assignments.Where(a => a.Employee == wish.Employee && a.Date == wish.Date).Select(a => a.Shift).ToList();
        if (wish.IsGrantedBy(onDay))
            return new WishExplanation(WishReason.Granted, null, null, [], 0, ImmutableSortedDictionary<string, long>.Empty, texts.Granted);

        var (granted, after) = Grant(problem, roster, wish);
        var byRule = after.PenaltyByRule.Keys.Union(before.PenaltyByRule.Keys)
            .Select(r => (r, after.PenaltyByRule.GetValueOrDefault(r) - before.PenaltyByRule.GetValueOrDefault(r)))
            .Where(x => x.Item2 != 0)
            .ToImmutableSortedDictionary(x => x.r, x => x.Item2, StringComparer.Ordinal);
        var delta = after.Penalty - before.Penalty;

        var newHard = New(after.HardViolations, before.HardViolations)
            .OrderByDescending(v => v.Employee == wish.Employee)
            .ThenByDescending(v => v.Dates.Contains(wish.Date))
            .ToList();
        var blocking = newHard.FirstOrDefault(v => !CoverageRules.Contains(v.RuleId));
        if (blocking is not null)
        {
            var blockingSource = texts.Source(blocking.RuleId, blocking.Source);
            return new WishExplanation(WishReason.HardRule, blocking.RuleId, blockingSource, blocking.Dates, delta, byRule,
                texts.Refused(HardText(problem, roster, granted, wish, blocking, texts), blockingSource));
        }

        var coverageHard = newHard.FirstOrDefault();
        var worst = byRule.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value).Select(kv => kv.Key).FirstOrDefault();
        if (coverageHard is not null || (delta > 0 && worst is not null && CoverageRules.Contains(worst)))
        {
            var ruleId = coverageHard?.RuleId ?? worst!;
            var source = texts.Source(ruleId, problem.Rules[ruleId] is { } coverageRule ? RuleRegistry.SourceOf(coverageRule) : coverageHard?.Source);
            var (named, counted) = CoverageText(problem, roster, granted, beforeGaps, wish, before, texts);
            return new WishExplanation(WishReason.Coverage, ruleId, source, [wish.Date], delta, byRule, texts.Refused(named, source))
            {
                OwnText = texts.Refused(counted, source),
            };
        }

        if (delta <= 0)
            return new WishExplanation(WishReason.NotOptimal, null, null, [wish.Date], delta, byRule, texts.NotOptimal(-delta));

        var terms = string.Join(", ", byRule.Where(kv => kv.Value > 0).OrderByDescending(kv => kv.Value).Take(MaxTermsNamed).Select(kv => texts.Term(kv.Key, kv.Value)));
        var topSource = texts.Source(worst!, problem.Rules[worst!] is { } top ? RuleRegistry.SourceOf(top) : null);
        return new WishExplanation(WishReason.TradeOff, worst, topSource, [wish.Date], delta, byRule,
            texts.Refused(texts.TradeOff(delta, terms), topSource));
    }

    /// <summary>
    /// The least harmful single-cell change that grants the wish, with its evaluation: for a shift-off wish, the
    /// day off or any other template that day (fewest hard violations, then least penalty); otherwise <see cref="Apply"/>.
    /// </summary>
    private static (Roster Granted, Evaluation After) Grant(RosterProblem problem, Roster roster, Wish wish)
    {
        var cleared = Apply(roster, wish);
        var options = new List<Roster> { cleared };
        if (wish.Kind == WishKind.ShiftOff && roster.ShiftOf(wish.Employee, wish.Date) is not null)
            options.AddRange(problem.Templates.Where(t => t.Code != wish.Shift)
                .Select(t => new Roster(cleared.Assignments.Add(new Assignment(wish.Employee, wish.Date, t.Code)))));
        return options.Select(r => (Granted: r, After: RuleChecker.Evaluate(problem, r)))
            .OrderBy(x => x.After.HardViolationCount).ThenBy(x => x.After.Penalty)
            .First();
    }

    /// <summary>Violations in <paramref name="after"/> that <paramref name="before"/> does not have (as a multiset, by message).</summary>
    private static IEnumerable<Violation> New(IEnumerable<Violation> after, IEnumerable<Violation> before)
    {
        var seen = before.GroupBy(v => (v.RuleId, v.Message)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var v in after)
        {
            if (seen.TryGetValue((v.RuleId, v.Message), out var n) && n > 0)
            {
                seen[(v.RuleId, v.Message)] = n - 1;
                continue;
            }

            yield return v;
        }
    }

    private static string HardText(RosterProblem problem, Roster roster, Roster granted, Wish wish, Violation v, ExplanationTexts texts)
    {
        switch (v.RuleId)
        {
            case RuleIds.DailyRest when problem.Rules.Get<DailyRestRule>() is { } rule && v.Dates.FirstOrDefault(d => d != wish.Date) is var other && other != default &&
                                        roster.ShiftOf(wish.Employee, other) is { } code && problem.TemplateByCode.TryGetValue(code, out var template):
                return texts.DailyRest(rule.MinimumRest, after: other < wish.Date, template, other);
            case RuleIds.WeeklyRest when problem.Rules.Get<WeeklyRestRule>() is { } rule:
                return texts.WeeklyRest(rule.MinimumRest, v.Dates.FirstOrDefault(wish.Date));
            case RuleIds.MaxConsecutiveDays when problem.Rules.Get<MaxConsecutiveDaysRule>() is { } rule:
                return texts.TooManyInARow(problem.EmployeeById[wish.Employee].Limits.MaxConsecutiveDays ?? rule.DefaultMaximum, v.Dates.FirstOrDefault(wish.Date));
            case RuleIds.MaxWeekends when problem.Rules.Get<MaxWeekendsRule>() is { } rule:
                return texts.TooManyWeekends(problem.EmployeeById[wish.Employee].Limits.MaxWeekends ?? rule.DefaultMaximum);
            case RuleIds.PeriodHours:
                return HoursText(problem, granted, wish, texts);
            default:
                return texts.Broken(v.RuleId, v.Dates);
        }
    }

    private static string HoursText(RosterProblem problem, Roster granted, Wish wish, ExplanationTexts texts)
    {
        var days = problem.Period.Days;
        var worked = (long)granted.Assignments
            .Where(a => a.Employee == wish.Employee && problem.TemplateByCode.ContainsKey(a.Shift))
            .Sum(a => problem.TemplateByCode[a.Shift].WorkingTimeOn(a.Date, problem.Period.Zone).TotalMinutes);
        var (min, max) = problem.EmployeeById[wish.Employee].Contract.BoundsFor(days);
        var below = min is { } lo && worked < lo.TotalMinutes;
        var bound = below ? min!.Value : max ?? min ?? Duration.Zero;
        return texts.HoursBounds(worked, (long)bound.TotalMinutes, below);
    }

    /// <summary>The need a refused wish would leave short, and who else could have covered: by name, and counted (for the wisher).</summary>
    private static (string Named, string Counted) CoverageText(RosterProblem problem, Roster roster, Roster granted, ImmutableArray<CoverageGap> beforeGaps, Wish wish, Evaluation before, ExplanationTexts texts)
    {
        var removed = roster.ShiftOf(wish.Employee, wish.Date);
        var gaps = RosterReport.Gaps(problem, granted).Except(beforeGaps)
            .OrderByDescending(g => g.BelowMinimum)
            .ThenByDescending(g => g.From.Date == wish.Date)
            .ToList();
        string need;
        CompetenceId? competence = null;
        if (gaps.FirstOrDefault() is { } gap)
        {
            competence = gap.Competence;
            need = texts.Need(gap.BelowMinimum ? gap.Minimum : gap.Ideal, gap.Competence, gap.From, gap.To, gap.Present, gap.BelowMinimum);
        }
        else if (removed is { } shift && problem.ShiftDemands.FirstOrDefault(d => d.Date == wish.Date && d.Shift == shift) is { } demand)
        {
            var assigned = granted.Assignments.Count(a => a.Date == wish.Date && a.Shift == shift);
            need = texts.ShiftNeed(shift, wish.Date, assigned, demand.Required);
        }
        else
        {
            need = texts.Broken(RuleIds.DemandMinimum, [wish.Date]);
        }

        if (removed is not { } taken) return (need, need);
        var others = WhoElse(problem, roster, granted, before, wish, taken, competence);
        return ($"{need}; {texts.Others(others, competence)}", $"{need}; {texts.OthersCounted(others.Count, competence)}");
    }

    /// <summary>Employees off that day who could take the shift instead without breaking a hard rule (up to one more than are named).</summary>
    private static List<string> WhoElse(RosterProblem problem, Roster roster, Roster granted, Evaluation before, Wish wish, ShiftCode shift, CompetenceId? competence)
    {
        var unavailable = problem.Unavailability.Where(u => u.Date == wish.Date).Select(u => u.Employee).ToHashSet();
        var working = roster.Assignments.Where(a => a.Date == wish.Date).Select(a => a.Employee).ToHashSet();
        var required = problem.TemplateByCode[shift].RequiredCompetence;
        var candidates = problem.Employees
            .Where(e => e.Id != wish.Employee && !working.Contains(e.Id) && !unavailable.Contains(e.Id))
            .Where(e => (competence is not { } c || e.HoldsOn(c, wish.Date)) && (required is not { } r || e.HoldsOn(r, wish.Date)))
            .Take(MaxCandidatesTried);
        var hardBefore = before.HardViolationCount;
        return [.. candidates
            .Where(e => RuleChecker.Evaluate(problem, new Roster(granted.Assignments.Add(new Assignment(e.Id, wish.Date, shift)))).HardViolationCount <= hardBefore)
            .Select(e => e.Name)
            .Take(MaxCandidatesNamed + 1)];
    }
}
