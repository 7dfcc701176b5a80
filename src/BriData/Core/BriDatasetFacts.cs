using System.Runtime.CompilerServices;

namespace BriData;

/// <summary>
/// The fact tables of a dataset's numeric sets: trade, indicators, development finance and investments. Each is built
/// from the records on first use, once per dataset (thread-safe), and shared afterwards.
/// </summary>
/// <remarks>
/// Each table lists its columns in <see cref="FactTable.Dimensions"/> and <see cref="FactTable.Measures"/> (their
/// names, key types and missing counts); the summary of each method below names them. Measures are doubles (about 15
/// significant digits); for exact decimal totals use the metrics on the records.
/// </remarks>
public static class BriDatasetFacts
{
    private static readonly ConditionalWeakTable<BriDataset, DatasetFactTables> Tables = new();

    /// <summary>Trade (IMF DOTS): one row per trade record: dimensions <c>reporter</c>, <c>partner</c>, <c>flow</c>, <c>year</c>, <c>isEstimate</c>; measure <c>valueUsdMillions</c> (nominal USD millions).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static FactTable TradeFacts(this BriDataset dataset) => For(dataset).Trade.Value;

    /// <summary>Population and GDP: one row per country-year: dimensions <c>country</c>, <c>year</c>; measures <c>population</c> (people) and <c>gdpCurrentUsd</c> (current USD), missing where the source has none.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static FactTable IndicatorFacts(this BriDataset dataset) => For(dataset).Indicators.Value;

    /// <summary>Development finance (AidData GCDF): one row per commitment: dimensions <c>recipient</c>, <c>commitmentYear</c>, <c>sector</c>, <c>status</c>, <c>lender</c>, <c>flowClass</c>, <c>isInfrastructure</c>, <c>isAggregationSafe</c>; measure <c>amountConstantUsd2021</c> (constant 2021 USD, missing where AidData gives no amount).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A record's amount is not in constant 2021 USD.</exception>
    public static FactTable FinanceFacts(this BriDataset dataset) => For(dataset).Finance.Value;

    /// <summary>Investments and construction contracts (AEI CGIT): one row per deal: dimensions <c>country</c>, <c>year</c>, <c>sector</c>, <c>kind</c>, <c>investor</c>, <c>isTroubled</c>, <c>isBri</c>, <c>isGreenfield</c>; measure <c>amountUsdMillions</c> (nominal USD millions).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A record's amount is not in nominal USD.</exception>
    public static FactTable InvestmentFacts(this BriDataset dataset) => For(dataset).Investments.Value;

    private static DatasetFactTables For(BriDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Tables.GetValue(dataset, static d => new DatasetFactTables(d));
    }

    /// <summary>The four lazily built tables of one dataset.</summary>
    private sealed class DatasetFactTables(BriDataset dataset)
    {
        public Lazy<FactTable> Trade { get; } = new(() => EmbeddedFactTables.Trade(dataset.Trade), LazyThreadSafetyMode.ExecutionAndPublication);

        public Lazy<FactTable> Indicators { get; } = new(() => EmbeddedFactTables.Indicators(dataset.Indicators), LazyThreadSafetyMode.ExecutionAndPublication);

        public Lazy<FactTable> Finance { get; } = new(() => EmbeddedFactTables.Finance(dataset.Finance), LazyThreadSafetyMode.ExecutionAndPublication);

        public Lazy<FactTable> Investments { get; } = new(() => EmbeddedFactTables.Investments(dataset.Investments), LazyThreadSafetyMode.ExecutionAndPublication);
    }
}
