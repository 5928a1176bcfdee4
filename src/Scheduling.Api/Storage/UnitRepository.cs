using Scheduling.Api.Storage.Encoding;
using Scheduling.Domain.Files;
using Scheduling.Domain.Units;
using Scheduling.Domain.SelfService;

namespace Scheduling.Api.Storage;

/// <summary>
/// A unit's stored data in the problem file's terms: the unit (<see cref="UnitRecord"/>) and the items a problem of it is
/// assembled from, each as the problem file's DTO of it (an employee as an <see cref="EmployeeDto"/>, a shift template as
/// a <see cref="ShiftTemplateDto"/>, ...), in name order; and what its employees chose themselves (rate choice and
/// wish windows, rate choices, wishes and standing preferences). The bytes are read through the internal <c>Encoding</c>
/// folder; nothing here names the contract. Names are not checked here: the use cases check them first.
/// </summary>
public sealed class UnitRepository(ISchedulingStore store)
{
    /// <summary>Resources read from the store at a time.</summary>

    /// <summary>A unit; null when there is none.</summary>
    public async Task<UnitRecord?> GetUnitAsync(string name, CancellationToken cancellation) =>
        await store.GetResourceAsync(name, cancellation).ConfigureAwait(false) is { } body ? ResourceEncoding.Unit(body) : null;

    /// <summary>An employee (<c>units/{unit}/employees/{employee}</c>); null when there is none.</summary>
    public async Task<EmployeeDto?> GetEmployeeAsync(string name, CancellationToken cancellation) =>
        await store.GetResourceAsync(name, cancellation).ConfigureAwait(false) is { } body ? ResourceEncoding.Employee.Read(body).Item : null;

    public Task<IReadOnlyList<EmployeeDto>> EmployeesAsync(string unit, CancellationToken cancellation) => AllAsync(unit, ResourceEncoding.Employee, cancellation);

    public Task<IReadOnlyList<ShiftTemplateDto>> ShiftTemplatesAsync(string unit, CancellationToken cancellation) => AllAsync(unit, ResourceEncoding.ShiftTemplate, cancellation);

    public Task<IReadOnlyList<ShiftDemandDto>> ShiftDemandsAsync(string unit, CancellationToken cancellation) => AllAsync(unit, ResourceEncoding.ShiftDemand, cancellation);

    public Task<IReadOnlyList<WishDto>> WishesAsync(string unit, CancellationToken cancellation) => AllAsync(unit, ResourceEncoding.Wish, cancellation);

    public Task<IReadOnlyList<PinDto>> PinsAsync(string unit, CancellationToken cancellation) => AllAsync(unit, ResourceEncoding.Pin, cancellation);

    /// <summary>The days the manager marked an employee unavailable.</summary>
    public Task<IReadOnlyList<EmployeeDateDto>> UnavailableDaysAsync(string unit, CancellationToken cancellation) => AllAsync(unit, ResourceEncoding.UnavailableDay, cancellation);

    /// <summary>The unit's demand curve; null when none was set.</summary>
    public async Task<DemandCurveDto?> DemandCurveAsync(string unit, CancellationToken cancellation) =>
        await AllAsync(unit, ResourceEncoding.DemandCurve, cancellation).ConfigureAwait(false) is [var curve, ..] ? curve : null;

    /// <summary>A rule pack (<c>rulePacks/{pack}</c>); null when there is none.</summary>
    public async Task<RulePackDto?> GetRulePackAsync(string name, CancellationToken cancellation) =>
        await store.GetResourceAsync(name, cancellation).ConfigureAwait(false) is { } body ? ResourceEncoding.RulePack.Read(body).Item : null;

    /// <summary>The carry-forwards of the unit's published periods, in name order (so by period).</summary>
    public Task<IReadOnlyList<CarryForward>> CarryForwardsAsync(string unit, CancellationToken cancellation) =>
        AllAsync(unit, ResourceCollections.CarryForwards, ResourceEncoding.CarryForward, cancellation);

    /// <summary>A carry-forward as the row to store with the publication that makes it (see <see cref="RosterRepository.SaveLifecycleAsync"/>).</summary>
    public static ResourceRow Row(CarryForward carry) => ResourceEncoding.Row(carry);

    /// <summary>The unit's rate choice windows, each as the manager wrote it.</summary>
    public Task<IReadOnlyList<StoredWindow<RateChoiceWindowDto>>> RateChoiceWindowsAsync(string unit, CancellationToken cancellation) =>
        AllAsync(unit, ResourceCollections.RateChoiceWindows, SelfServiceEncoding.RateChoiceWindow, cancellation);

    /// <summary>The unit's wish windows, each as the manager wrote it.</summary>
    public Task<IReadOnlyList<StoredWindow<WishWindowDto>>> WishWindowsAsync(string unit, CancellationToken cancellation) =>
        AllAsync(unit, ResourceCollections.WishWindows, SelfServiceEncoding.WishWindow, cancellation);

    /// <summary>The rate choices of the unit's employees, every one ever made.</summary>
    public Task<IReadOnlyList<RateChoice>> RateChoicesAsync(string unit, CancellationToken cancellation) =>
        AllAsync(unit, ResourceCollections.RateChoices, SelfServiceEncoding.RateChoice, cancellation);

    /// <summary>The wishes and unavailable days the unit's employees gave themselves.</summary>
    public Task<IReadOnlyList<EmployeeWish>> EmployeeWishesAsync(string unit, CancellationToken cancellation) =>
        AllAsync(unit, ResourceCollections.EmployeeWishes, body => SelfServiceEncoding.EmployeeWish(body) is var wish ? (wish.Name, wish) : default, cancellation);

    /// <summary>The standing preferences of the unit's employees.</summary>
    public Task<IReadOnlyList<StandingPreferenceDto>> StandingPreferencesAsync(string unit, CancellationToken cancellation) =>
        AllAsync(unit, ResourceCollections.StandingPreferences, body => SelfServiceEncoding.StandingPreference(body) is var preference ? (preference.Name, preference) : default, cancellation);

    /// <summary>An employee's own wish (<c>units/{unit}/employeeWishes/{wish}</c>); null when there is none.</summary>
    public async Task<EmployeeWish?> GetEmployeeWishAsync(string name, CancellationToken cancellation) =>
        await store.GetResourceAsync(name, cancellation).ConfigureAwait(false) is { } body ? SelfServiceEncoding.EmployeeWish(body) : null;

    /// <summary>
    /// Creates and deletes employees' wishes and standing preferences of a unit in one transaction, after
    /// <paramref name="decide"/> has seen the stored ones and chosen: a limit it checks holds at the commit.
    /// </summary>
    public Task ChangeEmployeeWishesAsync(
        string unit,
        Func<IReadOnlyList<EmployeeWish>, IReadOnlyList<StandingPreferenceDto>, (IReadOnlyList<EmployeeWish> Create, IReadOnlyList<StandingPreferenceDto> CreatePreferences, IReadOnlyList<string> Delete)> decide,
        CancellationToken cancellation) =>
        store.ChangeResourcesAsync(unit, [ResourceCollections.EmployeeWishes, ResourceCollections.StandingPreferences], stored =>
        {
            var (create, createPreferences, delete) = decide(
                [.. stored[ResourceCollections.EmployeeWishes].Select(SelfServiceEncoding.EmployeeWish)],
                [.. stored[ResourceCollections.StandingPreferences].Select(SelfServiceEncoding.StandingPreference)]);
            return new ResourceChanges<bool>([.. create.Select(SelfServiceEncoding.Row), .. createPreferences.Select(SelfServiceEncoding.Row)], delete, true);
        }, cancellation);

    /// <summary>Stores a new rate choice; false when its name is taken.</summary>
    public Task<bool> TryCreateRateChoiceAsync(RateChoice choice, CancellationToken cancellation) =>
        store.TryCreateResourcesAsync([SelfServiceEncoding.Row(choice)], cancellation);

    private Task<IReadOnlyList<TDto>> AllAsync<TDto>(string unit, StoredItem<TDto> kind, CancellationToken cancellation) where TDto : class =>
        AllAsync(unit, kind.Collection, kind.Read, cancellation);

    private Task<IReadOnlyList<T>> AllAsync<T>(string unit, string collection, Func<byte[], (string Name, T Item)> read, CancellationToken cancellation) =>
        store.AllResourcesAsync(unit, collection, read, cancellation);
}
