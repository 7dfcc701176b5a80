using BriData.Parquet.Rows;

namespace BriData.Parquet;

/// <summary>
/// Writes a BriData release as Parquet: one file per set (<c>countries.parquet</c>, <c>trade.parquet</c>, …) with
/// typed columns, for engines built for data larger than one process: DuckDB, Spark, Polars.
/// </summary>
/// <remarks>
/// <para>Columns are snake_case and carry their unit in the name (<c>value_usd_millions</c>,
/// <c>amount_usd_constant_2021</c>, <c>gdp_current_usd</c>). Amounts are DECIMAL (exactly BriData's values, so sums
/// match BriData's own to the last digit); years are INTEGER; partial dates are kept as ISO text at their own
/// precision (<c>2024</c>, <c>2024-11</c>) beside a DATE column holding the first day they can denote; id lists
/// (<c>source_ids</c>) are LIST columns; a project's milestones and measures are lists of structs. Missing values are
/// NULL, never zero. Codes and other repetitive text columns are dictionary-encoded; pages are Zstandard-compressed.</para>
/// <para>Each file's key-value metadata holds <c>bridata.data_version</c>, <c>bridata.set</c> and
/// <c>bridata.units</c> (a JSON object from column name to unit). Money never mixes bases within a column: finance is
/// constant 2021 USD, investments nominal USD with <c>price_year</c>, project costs carry <c>cost_basis</c>.</para>
/// <para>Thread safety: the methods are safe to call concurrently for different destinations.</para>
/// </remarks>
public static class ParquetExport
{
    /// <summary>
    /// Writes every set of <paramref name="dataset"/> to <c>&lt;directory&gt;/&lt;set&gt;.parquet</c>, creating the folder
    /// when needed and replacing files of the same name. Each file is written under a temporary name in the folder
    /// (<c>&lt;set&gt;.parquet.&lt;guid&gt;.tmp</c>), flushed to disk and then moved over the target, so a failure (a full
    /// disk, a cancellation, a bad amount) never leaves a truncated <c>.parquet</c> file, nor a temporary one.
    /// </summary>
    /// <param name="dataset">The release to write, for example <see cref="BriDataset.Default"/>.</param>
    /// <param name="directory">The folder to write into.</param>
    /// <param name="cancellationToken">Stops between and within files.</param>
    /// <returns>The files written, in <see cref="ParquetSetNames.All"/> order, with row counts and sizes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">A money amount is not in the basis its column holds (a damaged custom release).</exception>
    /// <exception cref="BriDataException">A value has more decimal places (or digits) than its DECIMAL column holds: it is refused rather than truncated; the problems name the file, row and column. Files already written stay; no file is half-written.</exception>
    /// <exception cref="IOException">A file cannot be written (a full disk); no temporary or truncated file is left.</exception>
    public static async Task<IReadOnlyList<ParquetExportFile>> WriteAllAsync(BriDataset dataset, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(directory);
        Directory.CreateDirectory(directory);
        var files = new List<ParquetExportFile>(ParquetSetNames.All.Count);
        foreach (var set in ParquetSetNames.All)
        {
            var path = Path.GetFullPath(Path.Combine(directory, set + ".parquet"));
            var temporary = path + "." + Guid.NewGuid().ToString("N", System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
            int rows;
            try
            {
                var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                await using (stream.ConfigureAwait(false))
                {
                    rows = await WriteSetAsync(dataset, set, stream, cancellationToken).ConfigureAwait(false);
                    await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }

            files.Add(new ParquetExportFile(set, path, rows, new FileInfo(path).Length));
        }

        return files.AsReadOnly();
    }

    /// <summary>Writes one set of <paramref name="dataset"/> as a Parquet file to <paramref name="destination"/>.</summary>
    /// <param name="dataset">The release.</param>
    /// <param name="set">One of <see cref="ParquetSetNames.All"/>, for example <see cref="ParquetSetNames.Trade"/>.</param>
    /// <param name="destination">A writable stream; it is left open.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The number of rows written (one per record).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="set"/> is not one of <see cref="ParquetSetNames.All"/>.</exception>
    /// <exception cref="InvalidOperationException">A money amount is not in the basis its column holds.</exception>
    /// <exception cref="BriDataException">A value has more decimal places (or digits) than its DECIMAL column holds: it is refused, before anything is written, rather than truncated.</exception>
    public static Task<int> WriteSetAsync(BriDataset dataset, string set, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(destination);
        return set switch
        {
            ParquetSetNames.Countries => Write(dataset.Countries, CountryRow.From),
            ParquetSetNames.Events => Write(dataset.Events, EventRow.From),
            ParquetSetNames.Trade => Write(dataset.Trade, TradeRow.From),
            ParquetSetNames.Indicators => Write(dataset.Indicators, IndicatorRow.From),
            ParquetSetNames.Finance => Write(dataset.Finance, FinanceRow.From),
            ParquetSetNames.Investments => Write(dataset.Investments, InvestmentRow.From),
            ParquetSetNames.Projects => Write(dataset.Projects, ProjectRow.From),
            ParquetSetNames.Initiatives => Write(dataset.Initiatives, InitiativeRow.From),
            ParquetSetNames.TradeHighlights => Write(dataset.TradeHighlights, TradeHighlightRow.From),
            ParquetSetNames.Claims => Write(dataset.Claims, ClaimRow.From),
            ParquetSetNames.PublishedFigures => Write(dataset.PublishedFigures, PublishedFigureRow.From),
            ParquetSetNames.AidDataCountryYears => Write(dataset.AidDataCountryYears, AidDataCountryYearRow.From),
            ParquetSetNames.Sources => Write(dataset.Sources, SourceRow.From),
            _ => throw new ArgumentException($"'{set}' is not a set; expected one of: {string.Join(", ", ParquetSetNames.All)}.", nameof(set)),
        };

        Task<int> Write<TRecord, TRow>(IEnumerable<TRecord> records, Func<TRecord, TRow> map) =>
            SetWriter.WriteAsync(records.Select(map).ToArray(), set, dataset, destination, cancellationToken);
    }
}
