using Scheduling.Domain.Checking;

namespace Scheduling.Domain.Rules;

/// <summary>fair-nights (unit policy): night shifts (templates of kind night) against each night-capable employee's fair share.</summary>
internal sealed class FairNightsCheck(FairNightsRule rule) : FairShareCheck(rule)
{
    protected override string What => "nights";

    protected override string SwedishWhat => "nattpass";

    protected override long CountOf(CheckContext context, EmployeeId employee) =>
        context.Shifts[employee].Count(s => s.Template.Kind == ShiftKind.Night);
}
