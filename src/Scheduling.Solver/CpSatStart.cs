using Google.OrTools.Sat;

namespace Scheduling.Solver;

/// <summary>
/// How long CP-SAT takes to load and presolve a model before its search begins. It does not stop inside either: on
/// Curtois Instance24 (150 people × 364 days, 39 million terms in its hard rules' model) it ran 58.6 s of a 22 s limit,
/// on the quiet machine and on a busy one alike (load 1 and 16), before it stopped after presolve. A model whose estimate
/// does not fit in the time left is not handed to it.
/// </summary>
internal static class CpSatStart
{
    /// <summary>What loading and presolving takes per term: 15 ticks were measured above (58.6 s for 39 million terms).</summary>
    private const long TicksPerTerm = 16;

    /// <summary>The time CP-SAT is expected to spend before its search on <paramref name="model"/>.</summary>
    public static TimeSpan Estimate(CpModelProto model) => TimeSpan.FromTicks(Terms(model) * TicksPerTerm);

    /// <summary>The model's size as CP-SAT reads it: each variable, and each constraint's enforcement literals and terms.</summary>
    public static long Terms(CpModelProto model)
    {
        long terms = model.Variables.Count;
        foreach (var constraint in model.Constraints)
        {
            terms += constraint.EnforcementLiteral.Count + constraint.ConstraintCase switch
            {
                ConstraintProto.ConstraintOneofCase.Linear => constraint.Linear.Vars.Count,
                ConstraintProto.ConstraintOneofCase.BoolOr => constraint.BoolOr.Literals.Count,
                ConstraintProto.ConstraintOneofCase.BoolAnd => constraint.BoolAnd.Literals.Count,
                ConstraintProto.ConstraintOneofCase.AtMostOne => constraint.AtMostOne.Literals.Count,
                ConstraintProto.ConstraintOneofCase.ExactlyOne => constraint.ExactlyOne.Literals.Count,
                ConstraintProto.ConstraintOneofCase.LinMax => constraint.LinMax.Target.Vars.Count + constraint.LinMax.Exprs.Sum(e => e.Vars.Count),
                _ => 1,
            };
        }

        return terms;
    }
}
