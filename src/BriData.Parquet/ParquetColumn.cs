using Parquet;
using Parquet.Schema;

namespace BriData.Parquet;

/// <summary>One column of a Parquet file: its schema field and the values of the rows being written, ready to write.</summary>
/// <param name="field">The field in the file's schema.</param>
internal abstract class ParquetColumn(Field field)
{
    /// <summary>The field in the file's schema (a <see cref="DataField"/> or a <see cref="ListField"/>).</summary>
    public Field Field { get; } = field;

    /// <summary>Writes the values to <paramref name="rowGroup"/>; columns are written in schema order.</summary>
    public abstract Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken);
}
