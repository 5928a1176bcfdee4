namespace Scheduling.Solver.Rules;

/// <summary>
/// One family of constraints: the CP-SAT model of one rule, in <c>Rules/&lt;RuleName&gt;.cs</c> beside the checker's
/// <c>Scheduling.Domain/Rules/&lt;RuleName&gt;/</c>, listed in <see cref="ConstraintFamilies"/>.
/// </summary>
internal interface IConstraintFamily
{
    void Add(ModelContext context);
}
