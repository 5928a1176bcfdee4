using Scheduling.Api.V1;
using Scheduling.Domain.Replacements;

namespace Scheduling.Api.Mapping;

/// <summary>
/// The replacements for the shifts an absence opens (<see cref="ReplacementList"/>) as the contract's answer, each
/// reason and broken rule in Swedish and English.
/// </summary>
public static class ReplacementMapping
{
    /// <summary>The answer to ListReplacements: the roster's and the absence's names and each opened shift's list, in order.</summary>
    public static ListReplacementsResponse ToProto(string roster, string absence, IEnumerable<ReplacementList> shifts) =>
        new() { Roster = roster, Absence = absence, Shifts = { shifts.Select(ToProto) } };

    /// <summary>One opened shift's candidates, exclusions (with the rules each would break) and substitute line.</summary>
    public static OpenedShiftReplacements ToProto(ReplacementList list)
    {
        var proto = new OpenedShiftReplacements
        {
            Employee = list.Shift.Employee.Value,
            Date = RosterMapping.Date(list.Shift.Date),
            Shift = list.Shift.Shift.Value,
            NeedsConsent = list.Candidates.Any(c => c.NeedsConsent),
        };
        foreach (var c in list.Candidates)
        {
            var candidate = new V1.ReplacementCandidate
            {
                Employee = c.Employee.Value,
                EmployeeName = c.Name,
                Rank = c.Rank,
                PenaltyDifference = c.PenaltyDifference,
                ExtraPayKronor = c.ExtraPayKronor,
                UnsocialHoursKronor = c.UnsocialHoursKronor,
                MertidKronor = c.MertidKronor,
                OvertimeKronor = c.OvertimeKronor,
                BasePayKronor = c.BasePayKronor,
                WorkedMinutesBefore = c.WorkedMinutesBefore,
                WorkedMinutesAfter = c.WorkedMinutesAfter,
                FairShareExcess = (double)c.FairShareExcess,
                NeedsConsent = c.NeedsConsent,
                ReasonSv = c.ReasonSwedish,
                ReasonEn = c.ReasonEnglish,
            };
            candidate.PenaltyByRule.Add(c.PenaltyByRule);
            if (c.TargetMinutes is { } target) candidate.TargetMinutes = target;
            proto.Candidates.Add(candidate);
        }

        foreach (var e in list.Excluded)
        {
            proto.Excluded.Add(new V1.ReplacementExclusion
            {
                Employee = e.Employee.Value,
                EmployeeName = e.Name,
                Broken = { e.Broken.Select(v => new RuleBreach { Rule = v.RuleId, Dates = { v.Dates.Select(RosterMapping.Date) }, MessageSv = v.MessageIn(ReplacementTexts.Swedish), MessageEn = v.Message }) },
                ReasonSv = ReplacementTexts.Excluded(e, ReplacementTexts.Swedish),
                ReasonEn = ReplacementTexts.Excluded(e, ReplacementTexts.English),
            });
        }

        if (list.Substitute is { } s)
            proto.Substitute = new SubstituteLine { Kronor = s.Kronor, WorkingMinutes = s.Minutes, ReasonSv = s.ReasonSwedish, ReasonEn = s.ReasonEnglish };
        return proto;
    }
}
