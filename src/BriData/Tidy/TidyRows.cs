using BriData.Loading;

namespace BriData;

/// <summary>
/// The records of every set as long-format <see cref="TidyRow"/>s, derived from the set's columns (the same names as in
/// CSV and JSON Lines; docs/exports.md lists every column with its role):
/// <list type="bullet">
/// <item><description>one row per record and <i>measure</i> column: <see cref="TidyRow.Measure"/> is the column name
/// (<c>value_usd_millions</c>, <c>amount_usd</c>, <c>population_persons</c>, …), <see cref="TidyRow.Value"/> its value
/// (null when missing), <see cref="TidyRow.Unit"/> its unit for that record ("USD (constant 2021)", "USD (nominal 2019)",
/// a claim's own unit; "unknown" for a missing value whose unit comes with the value);</description></item>
/// <item><description>a set without a measure column (sources, countries, events, initiatives, trade highlights) gives one
/// row per record with measure "records", value 1 and unit "count", so it can be counted and joined;</description></item>
/// <item><description>the <see cref="TidyRow.Dimensions"/> are the <i>dimension</i> columns, in column order, with their
/// invariant text (as in CSV);</description></item>
/// <item><description>the <see cref="TidyRow.Entity"/> is the record's <i>key</i> column (its id; a country's code),
/// or, for a set without one, its first dimension (trade: the reporter; indicators and AidData's country-years: the
/// country);</description></item>
/// <item><description>the <see cref="TidyRow.SourceIds"/> are the record's <c>source_ids</c>; a source, which has none,
/// is its own source.</description></item>
/// </list>
/// </summary>
public static class TidyRows
{
    /// <summary>Every set of the dataset, one after another, in load order (sources first).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static IEnumerable<TidyRow> ToTidyRows(this BriDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var content = data.ToContent();
        return DataSets.All.SelectMany(set => set.TidyRowsOf(content));
    }

    /// <summary>The records of a set (or some of them) as tidy rows: <c>data.Trade.ToTidyRows()</c>, <c>data.Finance.Where(…).ToTidyRows()</c>.</summary>
    /// <typeparam name="T">The record type of a set: <see cref="TradeRecord"/>, <see cref="FinanceRecord"/>, <see cref="Country"/>, ….</typeparam>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> is not the record type of a set; the message names those that are.</exception>
    public static IEnumerable<TidyRow> ToTidyRows<T>(this IEnumerable<T> records)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(records);
        var set = DataSets.All.OfType<DataSetDescriptor<T>>().FirstOrDefault()
            ?? throw new NotSupportedException(
                "ToTidyRows takes the records of BriData's sets, not " + typeof(T).FullName + ": "
                + string.Join(", ", DataSets.All.Select(d => d.RecordType.Name)) + ".");
        return Of(set, records);
    }

    /// <summary>The rows of <paramref name="records"/> of <paramref name="set"/> (see the class summary).</summary>
    internal static IEnumerable<TidyRow> Of<T>(DataSetDescriptor<T> set, IEnumerable<T> records)
        where T : class
    {
        var layout = new SetTidyLayout<T>(set.Name, set.Schema);
        return records.SelectMany(layout.Rows);
    }
}
