namespace Scheduling.Domain.Reporting;

/// <summary>Why a wish was granted or refused.</summary>
public enum WishReason
{
    Granted,

    /// <summary>Granting it would break a hard rule (daily rest, weekly rest, …).</summary>
    HardRule,

    /// <summary>Granting it would leave a need short: the demand curve's minimum or ideal, or a shift's requirement.</summary>
    Coverage,

    /// <summary>Granting it alone breaks nothing hard but costs more in other soft terms than it saves.</summary>
    TradeOff,

    /// <summary>Granting it alone would lower the penalty: the roster is not proven optimal.</summary>
    NotOptimal,
}
