namespace BriData;

/// <summary>
/// The composite group key of a row, Σ code × stride over the grouped dimensions (last dimension fastest), and
/// whether the row passes the filters: the row walk shared by the hashed group-by and the exact sums.
/// </summary>
internal sealed class CompositeKeys
{
    private readonly (CodeColumn Codes, bool[] Keep)[] filterColumns;
    private readonly CodeColumn[] groupColumns;

    /// <exception cref="NotSupportedException">The grouped dimensions have more than 2^127 combinations of keys.</exception>
    public CompositeKeys(FactTable table, FactDimension[] grouped, (int Dimension, bool[] Keep)[] filters)
    {
        Strides = new Int128[grouped.Length];
        Int128 stride = 1;
        for (var g = grouped.Length - 1; g >= 0; g--)
        {
            Strides[g] = stride;
            try
            {
                stride = checked(stride * grouped[g].Cardinality);
            }
            catch (OverflowException)
            {
                throw new NotSupportedException("The grouped dimensions have too many combinations of keys (more than 2^127); group by fewer dimensions.");
            }
        }

        Combinations = stride;
        filterColumns = filters.Select(f => (table.DimensionAt(f.Dimension).Codes, f.Keep)).ToArray();
        groupColumns = grouped.Select(d => d.Codes).ToArray();
    }

    /// <summary>The stride of each grouped dimension.</summary>
    public Int128[] Strides { get; }

    /// <summary>The number of possible keys (the product of the grouped cardinalities).</summary>
    public Int128 Combinations { get; }

    /// <summary>The key of <paramref name="row"/>; false when a filter excludes the row.</summary>
    public bool TryKey(int row, out Int128 key)
    {
        key = 0;
        foreach (var (codes, keep) in filterColumns)
        {
            if (!keep[codes[row]])
            {
                return false;
            }
        }

        for (var g = 0; g < groupColumns.Length; g++)
        {
            key += groupColumns[g][row] * Strides[g];
        }

        return true;
    }
}
