namespace BriData;

/// <summary>
/// Amounts put to scale: per person and as a share of GDP, and the latest population and GDP available.
/// GDP is in current USD of each year, so only nominal USD of the same year is divided by it; constant 2021 USD
/// (development finance) is refused with an explanation unless a <see cref="UsdDeflator"/> is supplied.
/// Missing population or GDP gives null. Formulas in docs/metrics.md.
/// </summary>
public static class ScaleMetrics
{
    /// <summary>
    /// <paramref name="amount"/> per person of <paramref name="country"/>'s population in <paramref name="year"/>:
    /// <c>amount (USD) / population</c>, in USD of the amount's own basis (a per-person figure does not mix bases).
    /// Null when the population of that year is missing.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    /// <exception cref="YearNotCoveredException"><paramref name="year"/> is outside the years the indicators cover (<see cref="DataCoverage.Indicators"/>); a missing population or GDP inside them is null.</exception>
    public static decimal? PerCapitaUsd(this BriDataset data, Money amount, CountryCode country, int year)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.Countries.Get(country);
        data.Coverage.RequireIndicatorYear(year);
        return data.Indexes.FindIndicators(country, year) is { } r && r.Population is long p && p > 0
            ? amount.AmountUsd / p
            : null;
    }

    /// <summary>
    /// <paramref name="amount"/> as a share of <paramref name="country"/>'s GDP in <paramref name="year"/>, percent:
    /// <c>100 × amount (nominal USD of year) / GDP (current USD of year)</c>. Null when that year's GDP is missing.
    /// </summary>
    /// <param name="data">The dataset.</param>
    /// <param name="amount">Nominal USD of <paramref name="year"/>; any other basis needs <paramref name="deflator"/>.</param>
    /// <param name="country">The country whose GDP divides.</param>
    /// <param name="year">The GDP year.</param>
    /// <param name="deflator">Converts the amount to nominal USD of <paramref name="year"/> when it is constant 2021 USD or nominal USD of another year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    /// <exception cref="InvalidOperationException">The amount is not nominal USD of <paramref name="year"/> and no deflator is given; the message says why.</exception>
    /// <exception cref="ArgumentException">The deflator lacks a year it needs, or the amount sums nominal dollars of several years.</exception>
    /// <exception cref="YearNotCoveredException"><paramref name="year"/> is outside the years the indicators cover (<see cref="DataCoverage.Indicators"/>); a missing population or GDP inside them is null.</exception>
    public static decimal? ShareOfGdpPercent(this BriDataset data, Money amount, CountryCode country, int year, UsdDeflator? deflator = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.Countries.Get(country);
        data.Coverage.RequireIndicatorYear(year);
        var comparable = ToNominalOfYear(amount, year, deflator);
        return data.Indexes.FindIndicators(country, year) is { } r && r.Gdp is Money gdp && gdp.AmountUsd > 0
            ? 100m * comparable.AmountUsd / gdp.AmountUsd
            : null;
    }

    /// <summary>The state's goods trade with China (exports plus imports) as a share of its GDP in <paramref name="year"/>, percent; null when trade or GDP is missing.</summary>
    /// <exception cref="ArgumentException">The country is China, or the reporter is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    /// <exception cref="YearNotCoveredException"><paramref name="year"/> is outside the years the trade set or the indicators cover (<see cref="DataCoverage.Trade"/>, <see cref="DataCoverage.Indicators"/>).</exception>
    public static decimal? TradeShareOfGdpPercent(this BriDataset data, CountryCode country, int year, TradeReporter reporter) =>
        data.BilateralTotalNominalUsd(country, year, reporter) is Money total
            ? data.ShareOfGdpPercent(total, country, year)
            : null;

    /// <summary>The state's goods trade with China per person in <paramref name="year"/>, nominal USD; null when trade or population is missing.</summary>
    /// <exception cref="ArgumentException">The country is China, or the reporter is not defined.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    /// <exception cref="YearNotCoveredException"><paramref name="year"/> is outside the years the trade set or the indicators cover (<see cref="DataCoverage.Trade"/>, <see cref="DataCoverage.Indicators"/>).</exception>
    public static decimal? TradePerCapitaUsd(this BriDataset data, CountryCode country, int year, TradeReporter reporter) =>
        data.BilateralTotalNominalUsd(country, year, reporter) is Money total
            ? data.PerCapitaUsd(total, country, year)
            : null;

    /// <summary>The population series of a country (persons), over the years the indicators cover; missing years are null.</summary>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    public static MetricSeries PopulationSeries(this BriDataset data, CountryCode country) =>
        IndicatorSeries(data, country, "population", Units.Persons, r => r.Population);

    /// <summary>The GDP series of a country, current USD of each year (plain dollars); missing years are null.</summary>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    public static MetricSeries GdpCurrentUsdSeries(this BriDataset data, CountryCode country) =>
        IndicatorSeries(data, country, "GDP", "USD (current)", r => r.GdpCurrentUsd);

    /// <summary>The latest population available (persons) and its year, optionally up to <paramref name="onOrBefore"/>; null when none.</summary>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    public static YearValue? LatestPopulation(this BriDataset data, CountryCode country, int? onOrBefore = null) =>
        data.PopulationSeries(country).LatestAvailable(onOrBefore);

    /// <summary>The latest GDP available (current USD) and its year, optionally up to <paramref name="onOrBefore"/>; null when none.</summary>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    public static YearValue? LatestGdpCurrentUsd(this BriDataset data, CountryCode country, int? onOrBefore = null) =>
        data.GdpCurrentUsdSeries(country).LatestAvailable(onOrBefore);

    internal static Money ToNominalOfYear(Money amount, int year, UsdDeflator? deflator)
    {
        if (amount.Basis == MoneyBasis.NominalUsd && amount.PriceYear == year)
        {
            return amount;
        }

        if (deflator is not null)
        {
            return deflator.ToNominalUsd(amount, year);
        }

        var why = amount.Basis == MoneyBasis.ConstantUsd2021
            ? $"{amount} is in constant 2021 USD but GDP is in current USD of {year}; dividing one by the other would mix price levels. Pass a UsdDeflator (a documented price index) to convert it, or compare with a nominal amount of {year}."
            : amount.PriceYear is int other
                ? $"{amount} is nominal USD of {other} but GDP is in current USD of {year}; pass the amount's own year, or a UsdDeflator to convert it."
                : $"{amount} sums nominal dollars of several years and cannot be compared with GDP of one year; divide each year by its own GDP instead.";
        throw new InvalidOperationException(why);
    }

    private static MetricSeries IndicatorSeries(BriDataset data, CountryCode country, string measure, string unit, Func<CountryYearIndicators, decimal?> valueOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.Countries.Get(country);
        var rows = data.Indexes.IndicatorsByCountry[country].ToArray();
        if (rows.Length == 0)
        {
            return new MetricSeries(country.Alpha3, measure, unit, []);
        }

        var (first, last) = YearValues.Span(rows, r => r.Year)!.Value;
        return new MetricSeries(country.Alpha3, measure, unit,
            YearValues.Range(first, last, y => data.Indexes.FindIndicators(country, y) is { } r ? valueOf(r) : null),
            rows.Where(r => valueOf(r) is not null).SelectMany(r => r.SourceIds));
    }
}
