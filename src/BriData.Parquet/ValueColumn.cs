using Parquet;
using Parquet.Schema;

namespace BriData.Parquet;

/// <summary>
/// A column of one value per row (INT32, INT64, DECIMAL, DOUBLE, BOOLEAN, DATE, or STRING held as
/// <see cref="ReadOnlyMemory{T}"/> of <see cref="char"/>); optional when its field is nullable, required otherwise.
/// </summary>
/// <typeparam name="TValue">The value type Parquet.Net writes for the field.</typeparam>
/// <param name="field">The field; nullable exactly when some value is missing.</param>
/// <param name="values">One value per row; null when missing.</param>
internal sealed class ValueColumn<TValue>(DataField field, TValue?[] values) : ParquetColumn(field)
    where TValue : struct
{
    public override Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken)
    {
        var dataField = (DataField)Field;
        if (dataField.IsNullable)
        {
            return rowGroup.WriteAsync<TValue>(dataField, new ReadOnlyMemory<TValue?>(values), repetitionLevels: null, customMetadata: null, cancellationToken);
        }

        var required = Array.ConvertAll(values, v => v ?? throw new InvalidOperationException($"Column '{Field.Name}' is required but a value is missing."));
        return rowGroup.WriteAsync<TValue>(dataField, new ReadOnlyMemory<TValue>(required), repetitionLevels: null, customMetadata: null, cancellationToken);
    }
}
