namespace BriData.Tests.Metrics;

public sealed class SeriesMetricsTests
{
    private static MetricSeries Series(params (int Year, decimal? Value)[] points) =>
        new("PER", "trade", "USD millions (nominal)", points.Select(p => new YearValue(p.Year, p.Value)), ["s2", "s1", "s2"]);

    [Fact]
    public void Points_are_sorted_and_sources_deduplicated()
    {
        var s = Series((2019, 3m), (2017, 1m), (2018, 2m));
        s.Select(p => p.Year).Should().Equal(2017, 2018, 2019);
        s.FirstYear.Should().Be(2017);
        s.LastYear.Should().Be(2019);
        s.SourceIds.Should().Equal("s1", "s2");
        s.ValueIn(2018).Should().Be(2m);
        s.ValueIn(2030).Should().BeNull();
        s.ToString().Should().Be("PER trade (USD millions (nominal)): 2017–2019");
    }

    [Fact]
    public void A_year_given_twice_is_an_error()
    {
        var act = () => Series((2017, 1m), (2017, 2m));
        act.Should().Throw<ArgumentException>().WithMessage("*2017*");
    }

    [Fact]
    public void Year_on_year_growth_keeps_missing_years_missing()
    {
        // 180 → 210 is +16.67 %; 2019 is missing, so 2019 and 2020 growth are missing.
        var growth = Series((2017, 180m), (2018, 210m), (2019, null), (2020, 250m)).YearOverYearGrowthPercent();
        growth.Unit.Should().Be("percent");
        growth.Measure.Should().Be("trade, year-on-year growth");
        growth.Select(p => p.Year).Should().Equal(2018, 2019, 2020);
        growth.ValueIn(2018).Should().BeApproximately(16.6667m, 0.0001m);
        growth.ValueIn(2019).Should().BeNull();
        growth.ValueIn(2020).Should().BeNull();
    }

    [Fact]
    public void Growth_over_a_gap_or_from_zero_is_missing()
    {
        Series((2017, 100m), (2019, 120m)).YearOverYearGrowthPercent().ValueIn(2019).Should().BeNull();
        Series((2017, 0m), (2018, 5m)).YearOverYearGrowthPercent().ValueIn(2018).Should().BeNull();
        Series((2017, 200m), (2018, 150m)).YearOverYearGrowthPercent().ValueIn(2018).Should().Be(-25m);
        Series().YearOverYearGrowthPercent().Should().BeEmpty();
    }

    [Fact]
    public void Cagr_uses_the_end_points_only()
    {
        // (250 / 180)^(1/3) − 1 = 0.1157215834…
        var s = Series((2017, 180m), (2018, 210m), (2019, null), (2020, 250m));
        s.CompoundAnnualGrowthRatePercent(2017, 2020).Should().BeApproximately(11.5721583m, 0.000001m);
        s.CompoundAnnualGrowthRatePercent(2017, 2018).Should().BeApproximately(16.6667m, 0.0001m);
        s.CompoundAnnualGrowthRatePercent(2017, 2019).Should().BeNull();
        s.CompoundAnnualGrowthRatePercent(2010, 2020).Should().BeNull();
        Series((2017, 0m), (2018, 5m)).CompoundAnnualGrowthRatePercent(2017, 2018).Should().BeNull();
        var backwards = () => s.CompoundAnnualGrowthRatePercent(2020, 2017);
        backwards.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Cumulative_becomes_unknown_after_a_missing_year()
    {
        var c = Series((2017, 1m), (2018, 2m), (2019, null), (2020, 4m)).Cumulative();
        c.Select(p => p.Value).Should().Equal(1m, 3m, null, null);
        c.Measure.Should().Be("trade, cumulative");
        c.Unit.Should().Be("USD millions (nominal)");
    }

    [Fact]
    public void Latest_available_returns_the_value_and_its_year()
    {
        var s = Series((2017, 1m), (2018, 2m), (2019, null));
        s.LatestAvailable().Should().Be(new YearValue(2018, 2m));
        s.LatestAvailable(onOrBefore: 2017).Should().Be(new YearValue(2017, 1m));
        s.LatestAvailable(onOrBefore: 2016).Should().BeNull();
        Series((2017, null)).LatestAvailable().Should().BeNull();
        Series().LatestAvailable().Should().BeNull();
    }

    [Fact]
    public void Between_cuts_the_series()
    {
        Series((2017, 1m), (2018, 2m), (2019, 3m)).Between(2018, 2030).Select(p => p.Year).Should().Equal(2018, 2019);
        new YearValue(2019, null).ToString().Should().Be("2019: missing");
        new YearValue(2019, 12.5m).ToString().Should().Be("2019: 12.5");
    }
}
