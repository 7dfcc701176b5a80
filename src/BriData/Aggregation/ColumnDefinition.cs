namespace BriData;

/// <summary>One declared column of a <see cref="FactTableBuilder{TRow}"/>: makes a fresh encoder for each build.</summary>
internal abstract class ColumnDefinition<TRow>(string name)
{
    public string Name { get; } = name;

    public abstract ColumnEncoder<TRow> CreateEncoder(int capacity);
}

/// <summary>Reads rows into a column while a table is built; <see cref="Finish"/> returns the finished column.</summary>
internal abstract class ColumnEncoder<TRow>
{
    public abstract void Add(TRow row, int index);

    /// <summary>The finished column: a <see cref="FactDimension"/> or a <see cref="FactMeasure"/>.</summary>
    public abstract object Finish(int rowCount);

    protected static T[] Grow<T>(T[] array, int index)
    {
        if (index < array.Length)
        {
            return array;
        }

        var size = (int)Math.Min(Array.MaxLength, Math.Max(1024L, (long)array.Length * 2));
        Array.Resize(ref array, size);
        return array;
    }
}

internal sealed class DimensionDefinition<TRow, TKey>(string name, Func<TRow, TKey> keyOf) : ColumnDefinition<TRow>(name)
{
    public override ColumnEncoder<TRow> CreateEncoder(int capacity) => new DimensionEncoder<TRow, TKey>(Name, keyOf, capacity);
}

internal sealed class MeasureDefinition<TRow>(string name, Func<TRow, double?> valueOf) : ColumnDefinition<TRow>(name)
{
    public override ColumnEncoder<TRow> CreateEncoder(int capacity) => new MeasureEncoder<TRow>(Name, valueOf, capacity);
}

internal sealed class ExactMeasureDefinition<TRow>(string name, Func<TRow, decimal?> valueOf) : ColumnDefinition<TRow>(name)
{
    public override ColumnEncoder<TRow> CreateEncoder(int capacity) => new ExactMeasureEncoder<TRow>(Name, valueOf, capacity);
}
