using System.Runtime.CompilerServices;

namespace BriData;

/// <summary>
/// The fact tables of a dataset's numeric sets: trade, indicators, development finance and investments. Each is built
/// from the records on first use, once per dataset (thread-safe), and shared afterwards.
/// </summary>
/// <remarks>
/// Column names are the constants of <see cref="TradeFactColumns"/>, <see cref="IndicatorFactColumns"/>,
/// <see cref="FinanceFactColumns"/> and <see cref="InvestmentFactColumns"/>. Measures are doubles (about 15
/// significant digits); for exact decimal totals use the metrics on the records.
/// </remarks>
public static class BriDatasetFacts
{
    private static readonly ConditionalWeakTable<BriDataset, DatasetFactTables> Tables = new();

    /// <summary>Trade (IMF DOTS): one row per trade record; see <see cref="TradeFactColumns"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static FactTable TradeFacts(this BriDataset dataset) => For(dataset).Trade.Value;

    /// <summary>Population and GDP: one row per country-year; see <see cref="IndicatorFactColumns"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static FactTable IndicatorFacts(this BriDataset dataset) => For(dataset).Indicators.Value;

    /// <summary>Development finance (AidData GCDF): one row per commitment; see <see cref="FinanceFactColumns"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="InvalidOperationException">A record's amount is not in constant 2021 USD.</exception>
    public static FactTable FinanceFacts(this BriDataset dataset) => For(dataset).Finance.Value;

    /// <summary>Investments and construction contracts (AEI CGIT): one row per deal; see <see cref="InvestmentFactColumns"/>.</summary>
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
