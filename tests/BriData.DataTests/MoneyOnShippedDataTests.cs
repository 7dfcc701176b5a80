namespace BriData.DataTests;

/// <summary>
/// Issue 12 on the embedded release: every amount of money is a <see cref="Money"/> with the right basis and price
/// year, and the trade metrics' amounts are exactly the sums (and differences) of their records' amounts.
/// </summary>
public sealed class MoneyOnShippedDataTests
{
    private static BriDataset Data => BriDataset.Default;

    [Fact]
    public void Bilateral_trade_is_the_money_of_its_records_nominal_of_the_year()
    {
        var checkedTotals = 0;
        foreach (var country in Data.Countries.LatinAmericaAndCaribbean.Select(c => c.Code))
        {
            for (var year = 2000; year <= 2020; year++)
            {
                foreach (var (reporter, exportsOf, importsOf) in new[]
                {
                    (TradeReporter.PartnerReported, Record(country, CountryCode.China, TradeFlow.ExportsFob, year), Record(country, CountryCode.China, TradeFlow.ImportsCif, year)),
                    (TradeReporter.ChinaReported, Record(CountryCode.China, country, TradeFlow.ImportsCif, year), Record(CountryCode.China, country, TradeFlow.ExportsFob, year)),
                })
                {
                    var t = Data.BilateralTradeIn(country, year, reporter);
                    t.ExportsToChina.Should().Be(exportsOf?.Value, $"{country} {year} {reporter} exports");
                    t.ImportsFromChina.Should().Be(importsOf?.Value, $"{country} {year} {reporter} imports");
                    if (exportsOf is null || importsOf is null)
                    {
                        t.Total.Should().BeNull();
                        t.Balance.Should().BeNull();
                        continue;
                    }

                    t.Total.Should().Be(exportsOf.Value + importsOf.Value, $"{country} {year} {reporter} total");
                    t.Balance.Should().Be(exportsOf.Value - importsOf.Value, $"{country} {year} {reporter} balance");
                    t.Total!.Value.Basis.Should().Be(MoneyBasis.NominalUsd);
                    t.Total.Value.PriceYear.Should().Be(year);
                    t.Total.Value.AmountUsdMillions.Should().Be(exportsOf.Value.AmountUsdMillions + importsOf.Value.AmountUsdMillions);
                    checkedTotals++;
                }
            }
        }

        checkedTotals.Should().BeGreaterThan(1000, "most states report trade with China in most years since 2000");
    }

    [Fact]
    public void Mexico_runs_a_deficit_with_china_a_negative_balance()
    {
        var mex = CountryCode.Parse("MEX");
        var balance = Data.TradeBalanceNominalUsd(mex, 2020, TradeReporter.PartnerReported);
        var exports = Record(mex, CountryCode.China, TradeFlow.ExportsFob, 2020)!.Value;
        var imports = Record(mex, CountryCode.China, TradeFlow.ImportsCif, 2020)!.Value;

        balance.Should().Be(new Money(exports.AmountUsd - imports.AmountUsd, MoneyBasis.NominalUsd, 2020));
        balance!.Value.AmountUsd.Should().BeNegative("Mexico imports far more from China than it exports to it");
    }

    [Fact]
    public void The_regional_total_is_the_sum_of_the_included_states()
    {
        foreach (var reporter in new[] { TradeReporter.PartnerReported, TradeReporter.ChinaReported, TradeReporter.MirrorAverage })
        {
            var region = Data.LacTradeWithChina(2019, reporter);
            region.Total.Should().Be(Money.Sum(region.Included.Select(c => Data.BilateralTotalNominalUsd(c, 2019, reporter)!.Value)));
            region.Total!.Value.PriceYear.Should().Be(2019);
            region.Total.Value.Basis.Should().Be(MoneyBasis.NominalUsd);
        }
    }

    [Fact]
    public void AidData_country_years_are_constant_2021_dollars_adjusted_or_not()
    {
        Data.AidDataCountryYears.Should().NotBeEmpty();
        foreach (var r in Data.AidDataCountryYears)
        {
            foreach (var amount in new[] { r.OdaLike, r.OofLike, r.VagueOfficialFinance, r.OdaLikeAdjusted, r.OofLikeAdjusted, r.VagueOfficialFinanceAdjusted, r.Total, r.TotalAdjusted })
            {
                amount.Basis.Should().Be(MoneyBasis.ConstantUsd2021, "AidData's amount and adjusted amount are both 'Constant USD 2021'");
                amount.PriceYear.Should().BeNull();
            }

            r.Total.Should().Be(r.OdaLike + r.OofLike + r.VagueOfficialFinance);
            r.TotalAdjusted.Should().Be(r.OdaLikeAdjusted + r.OofLikeAdjusted + r.VagueOfficialFinanceAdjusted);
            r.OdaLike.AmountUsd.Should().Be(r.OdaLikeUsd, "the Money is the stored dollars, not millions");
        }

        // Adjusted amounts leave out the rollovers of rescue loans: over LAC they sum to less (USD 286 bn against 388 bn).
        var adjusted = Money.Sum(Data.AidDataCountryYears.Select(r => r.TotalAdjusted))!.Value;
        var plain = Money.Sum(Data.AidDataCountryYears.Select(r => r.Total))!.Value;
        (adjusted < plain).Should().BeTrue();
        adjusted.Basis.Should().Be(MoneyBasis.ConstantUsd2021);
    }

    [Fact]
    public void Gdp_is_nominal_dollars_of_its_year()
    {
        var withGdp = Data.Indicators.Where(i => i.Gdp is not null).ToList();
        withGdp.Should().HaveCount(1976);
        foreach (var i in withGdp)
        {
            i.Gdp!.Value.Basis.Should().Be(MoneyBasis.NominalUsd);
            i.Gdp.Value.PriceYear.Should().Be(i.Year);
            i.Gdp.Value.AmountUsd.Should().Be(i.GdpCurrentUsd!.Value, "GDP is stored in dollars, not millions");
        }
    }

    private static TradeRecord? Record(CountryCode reporter, CountryCode partner, TradeFlow flow, int year) =>
        Data.Trade.SingleOrDefault(t => t.Reporter == reporter && t.Partner == partner && t.Flow == flow && t.Year == year);
}
