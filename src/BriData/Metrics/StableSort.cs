namespace BriData;

/// <summary>A stable in-place sort of the small arrays the money metrics produce (groups by key, ranks).</summary>
internal static class StableSort
{
    /// <summary>Up to this many items, sorting (and ranking, in <see cref="Aggregation"/>) use simple quadratic loops: no buffer, and fewer steps than merging.</summary>
    public const int SmallCount = 32;

    /// <summary>
    /// Sorts <paramref name="items"/> in place, equal items keeping their order (a merge sort, O(n log n): lenders
    /// number in the hundreds). Plain code rather than LINQ's OrderBy, whose generic code over the key types would be
    /// compiled at start-up (issue 15).
    /// </summary>
    public static void Sort<TItem>(TItem[] items, Comparison<TItem> compare)
    {
        if (items.Length <= SmallCount)
        {
            // Insertion sort: no buffer, and fewer comparisons than merging for a handful of groups.
            for (var i = 1; i < items.Length; i++)
            {
                var item = items[i];
                var j = i - 1;
                while (j >= 0 && compare(items[j], item) > 0)
                {
                    items[j + 1] = items[j];
                    j--;
                }

                items[j + 1] = item;
            }

            return;
        }

        var buffer = new TItem[items.Length];
        for (var width = 1; width < items.Length; width *= 2)
        {
            for (var low = 0; low < items.Length; low += 2 * width)
            {
                int middle = Math.Min(low + width, items.Length), high = Math.Min(low + (2 * width), items.Length);
                int left = low, right = middle, to = low;
                while (left < middle && right < high)
                {
                    buffer[to++] = compare(items[right], items[left]) < 0 ? items[right++] : items[left++];
                }

                while (left < middle)
                {
                    buffer[to++] = items[left++];
                }

                while (right < high)
                {
                    buffer[to++] = items[right++];
                }
            }

            Array.Copy(buffer, items, items.Length);
        }
    }
}
