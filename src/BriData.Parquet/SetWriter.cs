using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parquet;
using Parquet.Serialization;

namespace BriData.Parquet;

/// <summary>
/// Writes rows of one set to a Parquet stream: Zstandard compression, dictionary encoding on the columns marked
/// <see cref="DictionaryEncodedAttribute"/>, one row group, and key-value metadata naming the data release, the
/// set and the unit of every numeric column.
/// </summary>
internal static class SetWriter
{
    /// <summary>The metadata key of the data release version.</summary>
    public const string VersionKey = "bridata.data_version";

    /// <summary>The metadata key of the set name.</summary>
    public const string SetKey = "bridata.set";

    /// <summary>The metadata key of the units (a JSON object: column name to unit).</summary>
    public const string UnitsKey = "bridata.units";

    /// <summary>Writes <paramref name="rows"/> to <paramref name="destination"/>; returns the number of rows.</summary>
    public static async Task<int> WriteAsync<T>(IReadOnlyCollection<T> rows, string set, BriDataset dataset, Stream destination, CancellationToken cancellationToken)
    {
        var options = new ParquetOptions
        {
            CompressionMethod = CompressionMethod.Zstd,
            RowGroupSize = Math.Max(1, rows.Count),
        };
        var units = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? property.Name;
            if (property.GetCustomAttribute<DictionaryEncodedAttribute>() is not null)
            {
                var isList = property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>);
                options.ColumnEncodingHints[isList ? name + "/list/element" : name] = EncodingHint.Dictionary;
            }

            if (property.GetCustomAttribute<ColumnUnitAttribute>() is { } unit)
            {
                units[name] = unit.Unit;
            }
        }

        DecimalScaleCheck.Check(rows, set);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [VersionKey] = dataset.Version,
            [SetKey] = set,
            [UnitsKey] = JsonSerializer.Serialize(units, UnitsJsonContext.Default.SortedDictionaryStringString),
        };
        await ParquetSerializer.SerializeAsync(rows, destination, options, metadata, cancellationToken).ConfigureAwait(false);
        return rows.Count;
    }
}
