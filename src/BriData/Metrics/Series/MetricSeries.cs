using System.Collections;

namespace BriData;

/// <summary>
/// A yearly series of one measure for one entity (for example Peru's bilateral trade with China, partner-reported,
/// in USD millions): one <see cref="YearValue"/> per year, in year order, with missing years kept as null values
/// (never zero, never dropped inside the range).
/// </summary>
/// <remarks>
/// Series functions (<see cref="SeriesMetrics"/>) derive growth, CAGR, cumulative totals and the latest value.
/// Enumerate it with LINQ or as long-format rows with <see cref="MetricTidyRows.ToTidyRows(MetricSeries)"/>.
/// </remarks>
public sealed class MetricSeries : IReadOnlyList<YearValue>
{
    private readonly YearValue[] points;

    /// <summary>Creates a series; the points are sorted by year.</summary>
    /// <param name="entity">What the series is about (for example a country code, "LAC" or "selection").</param>
    /// <param name="measure">What is measured (for example "trade with China, total (partner reported)").</param>
    /// <param name="unit">The unit of the values (for example "USD millions (nominal)", "percent").</param>
    /// <param name="points">One value per year; null values are missing years.</param>
    /// <param name="sourceIds">Ids of the sources of the values; empty when none.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A year appears twice.</exception>
    public MetricSeries(string entity, string measure, string unit, IEnumerable<YearValue> points, IEnumerable<string>? sourceIds = null)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(points);
        this.points = YearValues.SortedByYear(points);
        for (var i = 1; i < this.points.Length; i++)
        {
            if (this.points[i].Year == this.points[i - 1].Year)
            {
                throw new ArgumentException($"Year {this.points[i].Year} appears twice in the series.", nameof(points));
            }
        }

        Entity = entity;
        Measure = measure;
        Unit = unit;
        SourceIds = Array.AsReadOnly(SortedIds.Of(sourceIds ?? []));
    }

    /// <summary>What the series is about (a country code, "LAC", "selection", …).</summary>
    public string Entity { get; }

    /// <summary>What is measured.</summary>
    public string Measure { get; }

    /// <summary>The unit of every value.</summary>
    public string Unit { get; }

    /// <summary>Ids of the sources the values come from, sorted ordinally.</summary>
    public IReadOnlyList<string> SourceIds { get; }

    /// <summary>The number of years (missing years included).</summary>
    public int Count => points.Length;

    /// <summary>The first year; null for an empty series.</summary>
    public int? FirstYear => points.Length == 0 ? null : points[0].Year;

    /// <summary>The last year; null for an empty series.</summary>
    public int? LastYear => points.Length == 0 ? null : points[^1].Year;

    /// <summary>The point at <paramref name="index"/> in year order.</summary>
    /// <exception cref="IndexOutOfRangeException">The index is outside 0..Count-1.</exception>
    public YearValue this[int index] => points[index];

    /// <summary>The value of <paramref name="year"/>; null when the year is missing or outside the series.</summary>
    public decimal? ValueIn(int year)
    {
        var i = IndexOf(year);
        return i >= 0 ? points[i].Value : null;
    }

    /// <summary>Enumerates the points in year order.</summary>
    public IEnumerator<YearValue> GetEnumerator() => ((IEnumerable<YearValue>)points).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>For example <c>PER trade with China, total (partner reported) (USD millions (nominal)): 1990–2020</c>.</summary>
    public override string ToString() =>
        Entity + " " + Measure + " (" + Unit + "): " + (Count == 0 ? "empty" : FormattableString.Invariant($"{FirstYear}–{LastYear}"));

    internal int IndexOf(int year)
    {
        int lo = 0, hi = points.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var y = points[mid].Year;
            if (y == year)
            {
                return mid;
            }

            if (y < year)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    internal MetricSeries With(string measure, string unit, IEnumerable<YearValue> newPoints) =>
        new(Entity, measure, unit, newPoints, SourceIds);
}
