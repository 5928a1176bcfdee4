namespace Scheduling.Domain.Cost;

/// <summary>
/// An amount of money in Swedish kronor, kept exact as <see cref="OreMinutes"/>: an hourly rate in öre times
/// minutes (6 000 of them make a krona). Every cost is a rate per hour times whole minutes, so sums never
/// round; rounding happens once, when an amount is shown (to öre) or weighed (to whole kronor).
/// </summary>
public readonly record struct Money(long OreMinutes) : IComparable<Money>
{
    public const long OreMinutesPerKrona = 6000;

    public static readonly Money Zero;

    /// <summary><paramref name="minutes"/> at <paramref name="rate"/> per hour.</summary>
    public static Money For(long minutes, HourlyRate rate) => new(checked(minutes * rate.OrePerHour));

    /// <summary>In kronor, rounded to whole öre (half away from zero).</summary>
    public decimal Kronor => Math.Round(OreMinutes / 60m, MidpointRounding.AwayFromZero) / 100m;

    /// <summary>In whole kronor, rounded half away from zero from the exact amount: the unit of the cost rule.</summary>
    public long WholeKronor => OreMinutes >= 0
        ? (OreMinutes + (OreMinutesPerKrona / 2)) / OreMinutesPerKrona
        : -((-OreMinutes + (OreMinutesPerKrona / 2)) / OreMinutesPerKrona);

    public static Money operator +(Money a, Money b) => new(checked(a.OreMinutes + b.OreMinutes));

    public static Money operator *(Money a, long factor) => new(checked(a.OreMinutes * factor));

    public static bool operator <(Money a, Money b) => a.OreMinutes < b.OreMinutes;

    public static bool operator >(Money a, Money b) => a.OreMinutes > b.OreMinutes;

    public static bool operator <=(Money a, Money b) => a.OreMinutes <= b.OreMinutes;

    public static bool operator >=(Money a, Money b) => a.OreMinutes >= b.OreMinutes;

    public int CompareTo(Money other) => OreMinutes.CompareTo(other.OreMinutes);

    public Money Add(Money other) => this + other;

    public Money Multiply(long factor) => this * factor;

    public override string ToString() => Kronor.ToString("#,##0.00", CultureInfo.InvariantCulture) + " kr";
}

/// <summary>A cost per hour in whole öre (e.g. 254.55 kr/h is 25 455 öre).</summary>
public readonly record struct HourlyRate : IComparable<HourlyRate>
{
    public HourlyRate(long orePerHour)
    {
        if (orePerHour < 0) throw new DomainException($"an hourly rate must not be negative, was {orePerHour} öre");
        OrePerHour = orePerHour;
    }

    public long OrePerHour { get; }

    /// <summary>A rate in kronor per hour, rounded to whole öre.</summary>
    public static HourlyRate FromKronor(decimal kronorPerHour) =>
        new((long)Math.Round(kronorPerHour * 100m, MidpointRounding.AwayFromZero));

    public decimal KronorPerHour => OrePerHour / 100m;

    public int CompareTo(HourlyRate other) => OrePerHour.CompareTo(other.OrePerHour);

    public static bool operator <(HourlyRate a, HourlyRate b) => a.OrePerHour < b.OrePerHour;

    public static bool operator >(HourlyRate a, HourlyRate b) => a.OrePerHour > b.OrePerHour;

    public static bool operator <=(HourlyRate a, HourlyRate b) => a.OrePerHour <= b.OrePerHour;

    public static bool operator >=(HourlyRate a, HourlyRate b) => a.OrePerHour >= b.OrePerHour;

    public override string ToString() => KronorPerHour.ToString("0.00", CultureInfo.InvariantCulture) + " kr/h";
}
