namespace BriData;

/// <summary>
/// Pure functions over a yearly <see cref="MetricSeries"/>: year-on-year growth, compound annual growth rate,
/// cumulative totals and the latest available value. Missing years stay missing: a function that needs a
/// missing value returns null for that year instead of inventing one. Formulas in docs/metrics.md.
/// </summary>
public static class SeriesMetrics
{
    /// <summary>
    /// Year-on-year growth in percent: <c>g(y) = (v(y) / v(y−1) − 1) × 100</c>, one point per year of the series
    /// from its second year. Null when either value is missing, when year y−1 is not in the series, or when
    /// v(y−1) is zero.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static MetricSeries YearOverYearGrowthPercent(this MetricSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var result = new List<YearValue>(series.Count);
        for (var i = 1; i < series.Count; i++)
        {
            var (year, current) = series[i];
            var previous = series[i - 1].Year == year - 1 ? series[i - 1].Value : null;
            result.Add(new YearValue(year, current is decimal c && previous is decimal p && p != 0 ? ((c / p) - 1m) * 100m : null));
        }

        return series.With(series.Measure + ", year-on-year growth", "percent", result);
    }

    /// <summary>
    /// Compound annual growth rate in percent from <paramref name="fromYear"/> to <paramref name="toYear"/>:
    /// <c>((v(to) / v(from))^(1 / (to − from)) − 1) × 100</c>. Only the two end values are used. Null when either
    /// is missing, when v(from) ≤ 0 or when v(to) &lt; 0 (the rate is undefined).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="toYear"/> is not after <paramref name="fromYear"/>.</exception>
    public static decimal? CompoundAnnualGrowthRatePercent(this MetricSeries series, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (toYear <= fromYear)
        {
            throw new ArgumentOutOfRangeException(nameof(toYear), toYear, $"The end year must be after the start year ({fromYear}).");
        }

        if (series.ValueIn(fromYear) is not decimal first || series.ValueIn(toYear) is not decimal last || first <= 0 || last < 0)
        {
            return null;
        }

        var rate = Math.Pow((double)(last / first), 1.0 / (toYear - fromYear)) - 1.0;
        return (decimal)rate * 100m;
    }

    /// <summary>
    /// Running total: <c>c(y) = Σ v(t) for t ≤ y</c> over the years of the series. A missing value makes that
    /// year and every later year missing (the running total is then unknown). Years absent from the series are
    /// not added.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static MetricSeries Cumulative(this MetricSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        decimal? running = 0m;
        var result = new List<YearValue>(series.Count);
        foreach (var (year, value) in series)
        {
            running = running is decimal r && value is decimal v ? r + v : null;
            result.Add(new YearValue(year, running));
        }

        return series.With(series.Measure + ", cumulative", series.Unit, result);
    }

    /// <summary>
    /// The latest year with a value, and that value; null when every year is missing. With
    /// <paramref name="onOrBefore"/>, only years up to it are considered.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static YearValue? LatestAvailable(this MetricSeries series, int? onOrBefore = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        for (var i = series.Count - 1; i >= 0; i--)
        {
            var point = series[i];
            if (point.Value is not null && (onOrBefore is not int limit || point.Year <= limit))
            {
                return point;
            }
        }

        return null;
    }

    /// <summary>The points from <paramref name="from"/> to <paramref name="to"/>, both included, as a new series.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static MetricSeries Between(this MetricSeries series, int from, int to)
    {
        ArgumentNullException.ThrowIfNull(series);
        FilterArguments.Years(from, to);
        return series.With(series.Measure, series.Unit, series.Where(p => p.Year >= from && p.Year <= to));
    }
}
