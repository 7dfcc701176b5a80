using System.Runtime.CompilerServices;
using BriData.Loading;

namespace BriData;

/// <summary>
/// The fact tables of a dataset's numeric sets: trade, indicators, development finance and investments. Each is built
/// from the records on first use, once per dataset (thread-safe), and shared afterwards.
/// </summary>
/// <remarks>
/// <para>Each table is derived from its set's columns: the columns whose role is <i>dimension</i> are its dimensions
/// and those whose role is <i>measure</i> its measures, under the same names as in CSV and JSON Lines
/// (<c>country_iso3</c>, <c>commitment_year</c>, <c>amount_usd</c>, …). docs/exports.md lists every column of every set
/// with its role and unit; at run time <see cref="FactTable.Dimensions"/> and <see cref="FactTable.Measures"/> list a
/// table's columns (their names, key types and missing counts).</para>
/// <para>Dimension keys are the columns' typed values: <see cref="CountryCode"/> for countries, <see cref="int"/> for
/// years, the enum for kinds and flows, <see cref="bool"/> for flags (<see cref="Nullable{Boolean}"/> where a flag may be
/// unknown), strings for names; filter with them, for example <c>Where("partner_iso3", CountryCode.China)</c>.
/// Measures are doubles (about 15 significant digits), missing where the record has no value; for exact decimal totals
/// use the metrics on the records. Money measures are plain US dollars (not millions) of one basis per table.</para>
/// </remarks>
public static class BriDatasetFacts
{
    private static readonly ConditionalWeakTable<BriDataset, DatasetFactTables> Tables = new();

    /// <summary>Trade (IMF DOTS): one row per trade record; for example dimensions <c>reporter_iso3</c>, <c>partner_iso3</c>, <c>flow</c>, <c>year</c>, measure <c>value_usd_millions</c> (nominal USD millions). Every column: the trade table of docs/exports.md.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static FactTable TradeFacts(this BriDataset dataset) => For(dataset).Trade.Value;

    /// <summary>Population and GDP: one row per country-year; dimensions <c>country_iso3</c>, <c>year</c>; measures <c>population_persons</c> and <c>gdp_current_usd</c> (current USD), missing where the source has none. Every column: the indicators table of docs/exports.md.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static FactTable IndicatorFacts(this BriDataset dataset) => For(dataset).Indicators.Value;

    /// <summary>Development finance (AidData GCDF): one row per commitment; for example dimensions <c>recipient_iso3</c>, <c>commitment_year</c>, <c>sector</c>, <c>status</c>, measure <c>amount_usd</c> (constant 2021 USD, missing where AidData gives no amount). Every column: the finance table of docs/exports.md.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The records' amounts are not all of one basis.</exception>
    public static FactTable FinanceFacts(this BriDataset dataset) => For(dataset).Finance.Value;

    /// <summary>Investments and construction contracts (AEI CGIT): one row per deal; for example dimensions <c>country_iso3</c>, <c>year</c>, <c>sector</c>, <c>kind</c>, <c>is_troubled</c>, measure <c>amount_usd</c> (nominal USD of each deal's year, not millions). Every column: the investments table of docs/exports.md.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The records' amounts are not all of one basis.</exception>
    public static FactTable InvestmentFacts(this BriDataset dataset) => For(dataset).Investments.Value;

    private static DatasetFactTables For(BriDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Tables.GetValue(dataset, static d => new DatasetFactTables(d));
    }

    private static Lazy<FactTable> Facts<T>(DataSetDescriptor<T> set, Func<IReadOnlyList<T>> records)
        where T : class => new(() => EmbeddedFactTables.Build(set.Schema, records()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The four lazily built tables of one dataset.</summary>
    private sealed class DatasetFactTables(BriDataset dataset)
    {
        public Lazy<FactTable> Trade { get; } = Facts(DataSets.Trade, () => dataset.Trade);

        public Lazy<FactTable> Indicators { get; } = Facts(DataSets.Indicators, () => dataset.Indicators);

        public Lazy<FactTable> Finance { get; } = Facts(DataSets.Finance, () => dataset.Finance);

        public Lazy<FactTable> Investments { get; } = Facts(DataSets.Investments, () => dataset.Investments);
    }
}
