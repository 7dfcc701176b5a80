namespace BriData;

/// <summary>
/// Builds the points of a <see cref="MetricSeries"/> with plain loops into arrays: LINQ over the
/// <see cref="YearValue"/> struct would make the runtime compile generic framework code on a first answer (issue 15).
/// </summary>
internal static class YearValues
{
    /// <summary>One point per year from <paramref name="first"/> to <paramref name="last"/>, each valued by <paramref name="valueAt"/> (null = missing).</summary>
    public static YearValue[] Range(int first, int last, Func<int, decimal?> valueAt)
    {
        var points = new YearValue[Math.Max(0, last - first + 1)];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new YearValue(first + i, valueAt(first + i));
        }

        return points;
    }

    /// <summary>One point per item, its year and value given by <paramref name="yearOf"/> and <paramref name="valueOf"/>.</summary>
    public static YearValue[] From<T>(IReadOnlyList<T> items, Func<T, int> yearOf, Func<T, decimal?> valueOf)
    {
        var points = new YearValue[items.Count];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new YearValue(yearOf(items[i]), valueOf(items[i]));
        }

        return points;
    }

    /// <summary>The first and last year of <paramref name="items"/>; null when there are none.</summary>
    public static (int First, int Last)? Span<T>(IReadOnlyList<T> items, Func<T, int> yearOf)
    {
        if (items.Count == 0)
        {
            return null;
        }

        int first = int.MaxValue, last = int.MinValue;
        foreach (var item in items)
        {
            first = Math.Min(first, yearOf(item));
            last = Math.Max(last, yearOf(item));
        }

        return (first, last);
    }

    /// <summary><paramref name="points"/> copied and sorted by year (insertion sort: series hold tens of points).</summary>
    public static YearValue[] SortedByYear(IEnumerable<YearValue> points)
    {
        var sorted = points is YearValue[] array ? (YearValue[])array.Clone() : Collect(points);
        for (var i = 1; i < sorted.Length; i++)
        {
            var point = sorted[i];
            var j = i - 1;
            while (j >= 0 && sorted[j].Year > point.Year)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }

            sorted[j + 1] = point;
        }

        return sorted;
    }

    private static YearValue[] Collect(IEnumerable<YearValue> points)
    {
        var collected = new YearValue[16];
        var count = 0;
        foreach (var point in points)
        {
            if (count == collected.Length)
            {
                Array.Resize(ref collected, count * 2);
            }

            collected[count++] = point;
        }

        Array.Resize(ref collected, count);
        return collected;
    }
}
