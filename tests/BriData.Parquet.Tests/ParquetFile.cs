using Parquet;
using Parquet.Serialization;

namespace BriData.Parquet.Tests;

/// <summary>Reads a Parquet file back with Parquet.Net's own reader (dates as <see cref="DateOnly"/>).</summary>
internal static class ParquetFile
{
    public static async Task<DeserializationResult<Dictionary<string, object>>> ReadAsync(Stream stream) =>
        await ParquetSerializer.DeserializeUntypedAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }, rowGroupIndex: null, TestContext.Current.CancellationToken);

    public static async Task<DeserializationResult<Dictionary<string, object>>> ReadAsync(string path)
    {
        await using var stream = File.OpenRead(path);
        return await ReadAsync(stream);
    }

    /// <summary>The value of a column in a row read back; null when the reader left it out (a NULL).</summary>
    public static object? Get(this Dictionary<string, object> row, string column) => row.TryGetValue(column, out var value) ? value : null;
}
