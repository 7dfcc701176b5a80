using System.Globalization;

namespace BriData.Parquet.Tests;

/// <summary>
/// Sums DuckDB computes from the Parquet files equal the sums BriData computes from its own records and metrics.
/// Decimal columns hold BriData's values exactly; results are compared rounded to 8 decimals (one millionth of a
/// cent for USD, a hundredth of a dollar-cent for USD millions) so that neither side's last-digit rounding matters.
/// </summary>
public sealed class SumsAgainstMetricsTests(ExportFixture export)
{
    private BriDataset Data => export.Dataset;

    [Fact]
    public void The_sum_of_all_trade_values_is_BriData_s()
    {
        var duck = Rounded($"SELECT sum(value_usd_millions) FROM {export.Table(ParquetSetNames.Trade)}");

        duck.Should().Be(Math.Round(Data.Trade.Sum(t => t.ValueUsdMillions), 8));
    }

    [Theory]
    [InlineData(2000)]
    [InlineData(2019)]
    [InlineData(2020)]
    public void Latin_America_s_partner_reported_trade_with_China_is_the_metric(int year)
    {
        // Each state's own exports FOB to China plus imports CIF from China, for the states that report both flows.
        var sql = $"""
            SELECT sum(total) FROM (
              SELECT reporter_iso3, sum(value_usd_millions) AS total
              FROM {export.Table(ParquetSetNames.Trade)}
              WHERE partner_iso3 = 'CHN' AND reporter_iso3 <> 'CHN' AND year = {year}
              GROUP BY reporter_iso3
              HAVING count(DISTINCT flow) = 2)
            """;
        var metric = Data.LacTradeWithChina(year, TradeReporter.PartnerReported);

        metric.Total.Should().NotBeNull();
        Rounded(sql).Should().Be(Math.Round(metric.Total!.Value.AmountUsdMillions, 8));
    }

    [Fact]
    public void China_s_share_of_Peru_s_exports_in_2019_is_the_metric()
    {
        var sql = $"""
            SELECT 100 * sum(value_usd_millions) FILTER (WHERE partner_iso3 = 'CHN') / sum(value_usd_millions) FILTER (WHERE partner_iso3 = 'WLD')
            FROM {export.Table(ParquetSetNames.Trade)}
            WHERE reporter_iso3 = 'PER' AND flow = 'ExportsFob' AND year = 2019
            """;
        var duck = Convert.ToDecimal(export.Scalar(sql), CultureInfo.InvariantCulture);
        var metric = Data.ChinaShareOfExportsPercent(CountryCode.Parse("PER"), 2019);

        metric.Should().NotBeNull();
        duck.Should().BeApproximately(metric!.Value, 1e-9m);
        duck.Should().BeInRange(1m, 100m);
    }

    [Fact]
    public void The_aggregation_safe_finance_total_is_the_metric_and_missing_amounts_stay_null()
    {
        var total = Data.Finance.TotalConstantUsd2021();
        var duck = Rounded($"SELECT sum(amount_usd) FROM {export.Table(ParquetSetNames.Finance)} WHERE is_aggregation_safe AND amount_basis = 'ConstantUsd2021'");
        var nulls = Count($"SELECT count(*) FROM {export.Table(ParquetSetNames.Finance)} WHERE is_aggregation_safe AND amount_usd IS NULL");
        var zeros = Count($"SELECT count(*) FROM {export.Table(ParquetSetNames.Finance)} WHERE amount_usd = 0");

        total.Amount.Should().NotBeNull();
        duck.Should().Be(Math.Round(total.Amount!.Value.AmountUsd, 8));
        nulls.Should().Be(total.RecordsWithoutAmount);
        zeros.Should().Be(Data.Finance.Count(f => f.Amount is { AmountUsd: 0m }));
    }

    [Fact]
    public void Finance_totals_by_sector_are_the_metric()
    {
        var duck = export.Rows($"""
            SELECT sector, CAST(round(sum(amount_usd), 8) AS DECIMAL(38, 8)) AS total
            FROM {export.Table(ParquetSetNames.Finance)}
            WHERE is_aggregation_safe AND amount_usd IS NOT NULL
            GROUP BY sector
            """).ToDictionary(r => (string)r["sector"]!, r => (decimal)r["total"]!, StringComparer.Ordinal);
        var metric = Data.Finance.TotalsBySector()
            .Where(g => g.Total.Amount is not null)
            .ToDictionary(g => g.Key, g => Math.Round(g.Total.Amount!.Value.AmountUsd, 8), StringComparer.Ordinal);

        duck.Should().HaveCountGreaterThan(3).And.BeEquivalentTo(metric);
    }

    [Theory]
    [InlineData(InvestmentKind.Investment)]
    [InlineData(InvestmentKind.Construction)]
    public void Investment_totals_of_untroubled_records_are_the_metric(InvestmentKind kind)
    {
        var duck = Rounded($"SELECT sum(amount_usd) FROM {export.Table(ParquetSetNames.Investments)} WHERE NOT is_troubled AND kind = '{kind}'");
        var metric = Data.Investments.TotalNominalUsd(kind);

        metric.Amount.Should().NotBeNull();
        duck.Should().Be(Math.Round(metric.Amount!.Value.AmountUsd, 8));
    }

    [Fact]
    public void Population_and_GDP_sums_and_missing_counts_are_BriData_s()
    {
        var table = export.Table(ParquetSetNames.Indicators);

        Count($"SELECT sum(population_persons) FROM {table}").Should().Be(Data.Indicators.Sum(i => i.Population ?? 0L));
        Rounded($"SELECT sum(gdp_current_usd) FROM {table}")
            .Should().Be(Math.Round(Data.Indicators.Sum(i => i.GdpCurrentUsd ?? 0m), 8));
        Count($"SELECT count(*) FROM {table} WHERE population_persons IS NULL").Should().Be(Data.Indicators.Count(i => i.Population is null));
        Count($"SELECT count(*) FROM {table} WHERE gdp_current_usd IS NULL").Should().Be(Data.Indicators.Count(i => i.GdpCurrentUsd is null));
    }

    [Fact]
    public void Every_project_milestone_and_linked_record_survives()
    {
        var projects = export.Table(ParquetSetNames.Projects);

        Count($"SELECT sum(json_array_length(milestones)) FROM {projects}").Should().Be(Data.Projects.Sum(p => p.Milestones.Count));
        Count($"SELECT sum(json_array_length(measures)) FROM {projects}").Should().Be(Data.Projects.Sum(p => p.Measures.Count));
        Count($"SELECT count(*) FROM (SELECT unnest(finance_record_ids) AS id FROM {projects})").Should().Be(Data.Projects.Sum(p => p.FinanceRecordIds.Count));
        Count($"""
            SELECT count(*) FROM (SELECT unnest(finance_record_ids) AS id FROM {projects}) l
            ANTI JOIN {export.Table(ParquetSetNames.Finance)} f ON f.id = l.id
            """).Should().Be(0, "every linked AidData record is in finance.parquet");
    }

    private decimal Rounded(string sumSql) =>
        Convert.ToDecimal(export.Scalar($"SELECT CAST(round(({sumSql}), 8) AS DECIMAL(38, 8))"), CultureInfo.InvariantCulture);

    private long Count(string sql) => Convert.ToInt64(export.Scalar($"SELECT CAST(({sql}) AS BIGINT)"), CultureInfo.InvariantCulture);
}
