using Google.OrTools.Sat;
using Scheduling.Domain.Rules;

namespace Scheduling.Solver.Rules;

/// <summary>Helpers shared by the families for hard/soft handling.</summary>
internal static class Enforce
{
    /// <summary>Either forbids a literal (hard) or penalizes it by weight × units (soft).</summary>
    public static void Forbid(ModelContext context, Rule rule, BoolVar literal, long units, int employee, int day)
    {
        if (rule.Enforcement.IsHard)
            context.Require(context.Model.Add(literal == 0), rule.Id, employee, day);
        else
            context.Penalize(literal, checked(rule.Enforcement.Weight * units));
    }

    /// <summary>
    /// The literals together break the rule: never all true (hard), or weight × units when they are (soft). Each caller's
    /// <paramref name="name"/> names the conjunction's variable.
    /// </summary>
    public static void NotTogether(ModelContext context, Rule rule, IReadOnlyList<ILiteral> together, long units, int employee, int day, string name)
    {
        if (rule.Enforcement.IsHard)
            context.Require(context.Model.AddBoolOr(together.Select(l => l.Not())), rule.Id, employee, day);
        else if (together.Count == 1 && together[0] is BoolVar single)
            context.Penalize(single, checked(rule.Enforcement.Weight * units));
        else
            context.Penalize(context.And(together, name), checked(rule.Enforcement.Weight * units));
    }

    /// <summary>Either requires expr ≤ bound (hard) or penalizes weight × max(0, expr − bound) (soft).</summary>
    public static void AtMost(ModelContext context, Rule rule, LinearExpr expr, long bound, long exprUpperBound, int employee, int day, string name)
    {
        if (rule.Enforcement.IsHard)
            context.Require(context.Model.Add(expr <= bound), rule.Id, employee, day);
        else if (exprUpperBound > bound)
            context.Penalize(context.PositivePart(expr - bound, exprUpperBound - bound, name), rule.Enforcement.Weight);
    }

    /// <summary>Either requires expr ≥ bound (hard) or penalizes weight × units × max(0, bound − expr) (soft).</summary>
    public static void AtLeast(ModelContext context, Rule rule, LinearExpr expr, long bound, int employee, int day, string name, long units = 1)
    {
        if (rule.Enforcement.IsHard)
            context.Require(context.Model.Add(expr >= bound), rule.Id, employee, day);
        else if (bound > 0)
            context.Penalize(context.PositivePart(bound - expr, bound, name), checked(rule.Enforcement.Weight * units));
    }
}
