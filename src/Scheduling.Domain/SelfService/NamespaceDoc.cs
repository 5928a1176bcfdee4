namespace Scheduling.Domain.SelfService;

/// <summary>
/// Employee self-service in the domain's terms: the windows a manager opens for rate choices and wishes
/// (<see cref="RateChoiceWindow"/>, <see cref="WishWindow"/>), the dates they take answers (<see cref="WindowDates"/>),
/// an employee's rate choice (<see cref="RateChoice"/>) and how much a wish matters (<see cref="WishPriority"/>).
/// The records validate themselves; the text a client sends is checked field by field before one is made.
/// </summary>
internal static class NamespaceDoc
{
}
