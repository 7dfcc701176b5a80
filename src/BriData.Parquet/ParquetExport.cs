namespace BriData.Parquet;

/// <summary>
/// Writes a BriData release as Parquet: one file per set (<c>countries.parquet</c>, <c>trade.parquet</c>, …) with
/// typed columns, for engines built for data larger than one process: DuckDB, Spark, Polars.
/// </summary>
/// <remarks>
/// <para>The columns of each file are those of the set's CSV, in the same order and with the same names (snake_case
/// with the unit: <c>value_usd_millions</c>, <c>amount_usd</c> with <c>amount_basis</c> and <c>amount_price_year</c>,
/// <c>gdp_current_usd</c>), derived from the set's column table. Amounts are DECIMAL (exactly BriData's values, so
/// sums match BriData's own to the last digit); years and ids are INTEGER (BIGINT for populations); flags BOOLEAN;
/// partial dates are kept as ISO text at their own precision (<c>2024</c>, <c>2024-11</c>) followed by a
/// <c>&lt;name&gt;_first_day</c> DATE column holding the first day they can denote; id lists (<c>source_ids</c>,
/// <c>finance_record_ids</c>) are LIST columns; other nested values (a project's milestones and measures, an event's
/// alternative dates) are their JSON text. Missing values are NULL, never zero. Codes and other text dimensions are
/// dictionary-encoded; pages are Zstandard-compressed.</para>
/// <para>Each file's key-value metadata holds <c>bridata.data_version</c>, <c>bridata.set</c> and
/// <c>bridata.units</c> (a JSON object from column name to unit; a money column's unit varies by row and is named by
/// its <c>…_basis</c> and <c>…_price_year</c> columns). Never add amounts of different bases together.</para>
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
    /// <exception cref="BriDataException">A value has more decimal places (or digits) than its DECIMAL column holds: it is refused, before anything is written, rather than truncated.</exception>
    public static Task<int> WriteSetAsync(BriDataset dataset, string set, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(destination);
        var descriptor = DataSets.Find(set)
            ?? throw new ArgumentException($"'{set}' is not a set; expected one of: {string.Join(", ", ParquetSetNames.All)}.", nameof(set));
        return descriptor.Accept(new SetWriter.Visitor(dataset, destination, cancellationToken));
    }
}
