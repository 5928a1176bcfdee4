namespace Scheduling.Domain.Checking;

/// <summary>One rule's check: adds a violation for every place the roster breaks it.</summary>
internal interface IRuleCheck
{
    void Check(CheckContext context, List<Violation> violations);
}
