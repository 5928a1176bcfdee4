namespace Scheduling.Domain.SelfService;

/// <summary>
/// Rates offered in steps: every <see cref="Step"/> from <see cref="From"/> to <see cref="To"/>, both included, in
/// percent of full time (e.g. 50 to 100 in steps of 5). At most <see cref="RateChoiceWindow.MaxOfferedRates"/> steps,
/// so a window cannot ask the service to list millions of rates.
/// </summary>
public sealed record RateRange
{
    public RateRange(double from, double to, double step)
    {
        if (!RateChoiceWindow.IsRate(from)) throw new DomainException($"a range of rates starts above 0 and at most 100, was {from}");
        if (double.IsNaN(to) || to < from || to > 100) throw new DomainException($"a range of rates ends from its start ({from}) to 100, was {to}");
        if (double.IsNaN(step) || step <= 0) throw new DomainException($"a range of rates steps by more than 0, was {step}");
        if ((to - from) / step > RateChoiceWindow.MaxOfferedRates) throw new DomainException($"a range of rates makes at most {RateChoiceWindow.MaxOfferedRates} rates");
        From = from;
        To = to;
        Step = step;
    }

    public double From { get; }
    public double To { get; }
    public double Step { get; }

    /// <summary>The rates, ascending; each rounded to 6 decimals, so steps of 0.1 give 50.1 rather than 50.099999.</summary>
    public IReadOnlyList<double> Rates()
    {
        var rates = new List<double>();
        for (var i = 0; i <= RateChoiceWindow.MaxOfferedRates; i++)
        {
            var rate = Math.Round(From + (i * Step), 6);
            if (rate > To + 1e-9) break;
            rates.Add(rate);
        }

        return rates;
    }
}
