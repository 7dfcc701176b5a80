namespace BriData;

/// <summary>Reads one measure while rows are read: the value, or a missing bit (null or NaN) with 0 stored in its place.</summary>
internal sealed class MeasureEncoder<TRow>(string name, Func<TRow, double?> valueOf, int capacity) : ColumnEncoder<TRow>
{
    private double[] values = new double[Math.Max(capacity, 1)];
    private ulong[] missing = new ulong[(Math.Max(capacity, 1) + 63) >> 6];
    private int missingCount;

    public override void Add(TRow row, int index)
    {
        var value = valueOf(row);
        values = Grow(values, index);
        if (value is double v && !double.IsNaN(v))
        {
            values[index] = v;
            return;
        }

        values[index] = 0;
        var word = index >> 6;
        if (word >= missing.Length)
        {
            Array.Resize(ref missing, Math.Max(word + 1, missing.Length * 2));
        }

        missing[word] |= 1UL << index;
        missingCount++;
    }

    public override object Finish(int rowCount)
    {
        if (values.Length != rowCount)
        {
            Array.Resize(ref values, rowCount);
        }

        ulong[]? bits = null;
        if (missingCount > 0)
        {
            bits = missing;
            var words = (rowCount + 63) >> 6;
            if (bits.Length != words)
            {
                Array.Resize(ref bits, words);
            }
        }

        missing = [];
        return new FactMeasure(name, values, bits, missingCount);
    }
}
