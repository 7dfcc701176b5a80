using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace BriData.Parquet;

/// <summary>
/// Writes the records of one set to a Parquet stream with the columns of the set's <see cref="ColumnTable{T}"/>
/// (see <see cref="ColumnMapping"/>): Zstandard compression, dictionary encoding on the text columns whose role is
/// <see cref="ColumnRole.Dimension"/>, one row group, and key-value metadata naming the data release, the set and
/// the unit of every measure (<see cref="ColumnUnits"/>).
/// </summary>
internal static class SetWriter
{
    /// <summary>The metadata key of the data release version.</summary>
    public const string VersionKey = "bridata.data_version";

    /// <summary>The metadata key of the set name.</summary>
    public const string SetKey = "bridata.set";

    /// <summary>The metadata key of the units (a JSON object: column name to unit).</summary>
    public const string UnitsKey = "bridata.units";

    /// <summary>The Parquet columns of <paramref name="rows"/>, in schema order.</summary>
    /// <exception cref="BriDataException">A decimal value does not fit its column; nothing is returned.</exception>
    public static IReadOnlyList<ParquetColumn> Columns<T>(string set, ColumnTable<T> table, IReadOnlyList<T> rows)
    {
        var problems = new List<DataProblem>();
        var columns = table.Columns.SelectMany(c => ColumnMapping.For(set, c, rows, problems)).ToList();
        return problems.Count > 0 ? throw new BriDataException(problems) : columns;
    }

    /// <summary>Writes <paramref name="rows"/> to <paramref name="destination"/>; returns the number of rows.</summary>
    /// <param name="set">The set name, for the metadata and problems.</param>
    /// <param name="table">The set's columns.</param>
    /// <param name="rows">The records.</param>
    /// <param name="version">The data release version.</param>
    /// <param name="destination">A writable, seekable stream; left open.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <exception cref="BriDataException">A decimal value does not fit its column: refused before anything is written.</exception>
    public static async Task<int> WriteAsync<T>(string set, ColumnTable<T> table, IReadOnlyList<T> rows, string version, Stream destination, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var columns = Columns(set, table, rows);
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Zstd };
        foreach (var column in table.Columns.Where(c => c.Kind == ColumnKind.Text && c.Role == ColumnRole.Dimension))
        {
            options.ColumnEncodingHints[column.Name] = EncodingHint.Dictionary;
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [VersionKey] = version,
            [SetKey] = set,
            [UnitsKey] = JsonSerializer.Serialize(ColumnUnits.Of(table, rows), UnitsJsonContext.Default.SortedDictionaryStringString),
        };
        var schema = new ParquetSchema(columns.Select(c => c.Field));
        var writer = await ParquetWriter.CreateAsync(schema, destination, options, append: false, cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            writer.CustomMetadata = metadata;
            using var rowGroup = writer.CreateRowGroup();
            foreach (var column in columns)
            {
                await column.WriteAsync(rowGroup, cancellationToken).ConfigureAwait(false);
            }
        }

        return rows.Count;
    }

    /// <summary>Writes one set of a dataset (see <see cref="DataSetDescriptor.Accept{TResult}"/>).</summary>
    /// <param name="dataset">The release.</param>
    /// <param name="destination">The stream.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    internal sealed class Visitor(BriDataset dataset, Stream destination, CancellationToken cancellationToken) : IDataSetVisitor<Task<int>>
    {
        public Task<int> Visit<T>(DataSetDescriptor<T> set)
            where T : class =>
            WriteAsync(set.Name, set.Schema, set.Typed(dataset.ToContent()), dataset.Version, destination, cancellationToken);
    }
}
