namespace Scheduling.Api.Auth;

/// <summary>
/// Who may call what: bearer tokens and their <see cref="Caller"/>, the one access table
/// (<see cref="AccessPolicy"/>), what an employee may see of an answer (<see cref="EmployeeView"/>), and the review
/// pages' sign-in (<see cref="ReviewAccess"/>). Knows no page: the pages' 403 is theirs.
/// </summary>
internal static class NamespaceDoc
{
}
