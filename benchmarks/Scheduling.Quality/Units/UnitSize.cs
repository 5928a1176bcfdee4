namespace Scheduling.Quality.Units;

/// <summary>The size of a generated unit: staff × days, written <c>20x28</c> (DOMAIN.md's scale: 7–150 staff, 4–16 weeks).</summary>
public readonly record struct UnitSize
{
    public const int MinStaff = 7;
    public const int MaxStaff = 150;
    public const int MinDays = 28;
    public const int MaxDays = 112;

    public UnitSize(int staff, int days)
    {
        if (staff is < MinStaff or > MaxStaff) throw new ArgumentOutOfRangeException(nameof(staff), staff, $"staff must be from {MinStaff} to {MaxStaff}");
        if (days is < MinDays or > MaxDays) throw new ArgumentOutOfRangeException(nameof(days), days, $"days must be from {MinDays} to {MaxDays}");
        Staff = staff;
        Days = days;
    }

    public int Staff { get; }
    public int Days { get; }

    /// <summary>Reads <c>STAFFxDAYS</c> (e.g. <c>150x112</c>); false with a one-line reason when it is not one.</summary>
    public static bool TryParse(string text, out UnitSize size, out string reason)
    {
        size = default;
        var parts = text.Split('x', 'X', '×');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var staff)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            reason = $"'{text}' is not STAFFxDAYS (e.g. 20x28)";
            return false;
        }

        if (staff is < MinStaff or > MaxStaff || days is < MinDays or > MaxDays)
        {
            reason = $"'{text}': staff must be from {MinStaff} to {MaxStaff} and days from {MinDays} to {MaxDays}";
            return false;
        }

        size = new UnitSize(staff, days);
        reason = "";
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Staff}x{Days}");
}
