namespace BriData;

/// <summary>
/// The exact decimal sum of each group of an <see cref="AggregateResult"/> over an exact measure
/// (<see cref="FactTableBuilder{TRow}.ExactMeasure"/>): one more pass over the rows that passed the filters, adding
/// each row's decimal into its group. Sequential and in row order, so the sums are exact and the same on every machine.
/// </summary>
internal static class ExactSums
{
    public static decimal[] Compute(FactTable table, FactDimension[] grouped, (int Dimension, bool[] Keep)[] filters, FactMeasure measure, AggregateResult result)
    {
        var exact = measure.Exact ?? throw new InvalidOperationException($"The measure '{measure.Name}' is not exact.");
        var bits = measure.MissingBits;
        var sums = new decimal[result.Count];
        if (result.Count == 0)
        {
            return sums;
        }

        // A group's position (+1) in the result, from its composite key.
        var rowKeys = new CompositeKeys(table, grouped, filters);
        var strides = rowKeys.Strides;
        var slots = rowKeys.Combinations;
        int[]? dense = null;
        Dictionary<Int128, int>? hashed = null;
        if (slots <= GroupAggregator.DenseSlotLimit)
        {
            dense = new int[(int)slots];
        }
        else
        {
            hashed = new Dictionary<Int128, int>(result.Count);
        }

        for (var i = 0; i < result.Count; i++)
        {
            Int128 key = 0;
            for (var g = 0; g < grouped.Length; g++)
            {
                key += result.CodeAt(g, i) * strides[g];
            }

            if (dense is not null)
            {
                dense[(int)key] = i + 1;
            }
            else
            {
                hashed![key] = i + 1;
            }
        }

        for (var row = 0; row < table.RowCount; row++)
        {
            if ((bits is not null && (bits[row >> 6] & (1UL << row)) != 0) || !rowKeys.TryKey(row, out var key))
            {
                continue;
            }

            var position = dense is not null ? dense[(int)key] : hashed!.GetValueOrDefault(key);
            sums[position - 1] += exact[row];
        }

        return sums;
    }
}
