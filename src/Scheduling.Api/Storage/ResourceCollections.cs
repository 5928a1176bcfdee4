namespace Scheduling.Api.Storage;

/// <summary>The collection ids of a unit's stored resources (the second-to-last segment of their names).</summary>
public static class ResourceCollections
{
    public const string Units = "units", Employees = "employees", ShiftTemplates = "shiftTemplates", ShiftDemands = "shiftDemands";
    public const string DemandCurve = "demandCurve", RulePacks = "rulePacks", Wishes = "wishes", Pins = "pins", UnavailableDays = "unavailableDays";
    public const string RateChoiceWindows = "rateChoiceWindows", WishWindows = "wishWindows", RateChoices = "rateChoices";
    public const string EmployeeWishes = "employeeWishes", StandingPreferences = "standingPreferences";
    public const string Absences = "absences";

    /// <summary>The carry-forwards of a unit's published periods.</summary>
    public const string CarryForwards = "carryForwards";
}
