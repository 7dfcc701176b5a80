namespace BriData;

/// <summary>
/// Reads one exact (decimal) measure while rows are read: the decimal value and its double, or a missing bit (null)
/// with 0 stored in both places. The doubles serve min, max and mean; the decimals give exact sums.
/// </summary>
internal sealed class ExactMeasureEncoder<TRow>(string name, Func<TRow, decimal?> valueOf, int capacity) : ColumnEncoder<TRow>
{
    private decimal[] exact = new decimal[Math.Max(capacity, 1)];
    private double[] values = new double[Math.Max(capacity, 1)];
    private ulong[] missing = new ulong[(Math.Max(capacity, 1) + 63) >> 6];
    private int missingCount;

    public override void Add(TRow row, int index)
    {
        var value = valueOf(row);
        exact = Grow(exact, index);
        values = Grow(values, index);
        if (value is decimal v)
        {
            exact[index] = v;
            values[index] = (double)v;
            return;
        }

        exact[index] = 0m;
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
        Array.Resize(ref exact, rowCount);
        Array.Resize(ref values, rowCount);
        ulong[]? bits = null;
        if (missingCount > 0)
        {
            bits = missing;
            Array.Resize(ref bits, (rowCount + 63) >> 6);
        }

        missing = [];
        return new FactMeasure(name, values, bits, missingCount, exact);
    }
}
