namespace BriData.DataTests;

/// <summary>
/// One real answer per metric from the embedded release (IMF DOTS 1960–2020, AidData GCDF 3.0, AEI tracker,
/// World Bank). Values are pinned to the data: a data refresh that changes them must change them here.
/// </summary>
public sealed class MetricsOnShippedDataTests
{
    private static BriDataset Data => BriDataset.Default;

    private static readonly CountryCode Per = CountryCode.Parse("PER");

    [Fact]
    public void Peru_trade_with_china_in_2020_by_reporter()
    {
        var partner = Data.BilateralTradeIn(Per, 2020, TradeReporter.PartnerReported);
        (partner.Total?.AmountUsdMillions).Should().BeApproximately(16_537.94m, 0.01m);
        (partner.Balance?.AmountUsdMillions).Should().BeApproximately(5_388.19m, 0.01m);
        (Data.BilateralTotalNominalUsd(Per, 2020, TradeReporter.ChinaReported)?.AmountUsdMillions).Should().BeApproximately(23_082.72m, 0.01m);
        (Data.BilateralTotalNominalUsd(Per, 2020, TradeReporter.MirrorAverage)?.AmountUsdMillions).Should().BeApproximately(19_810.33m, 0.01m);
    }

    [Fact]
    public void China_share_growth_and_latest_year_for_peru()
    {
        Data.ChinaShareOfExportsPercent(Per, 2020).Should().BeApproximately(28.29m, 0.01m);
        Data.ChinaShareOfImportsPercent(Per, 2020).Should().BeApproximately(18.01m, 0.01m);
        var series = Data.BilateralTotalSeriesUsdMillions(Per, TradeReporter.PartnerReported);
        series.LatestAvailable()!.Value.Year.Should().Be(2020);
        series.ValueIn(1982).Should().BeNull("Peru reports no trade with China for 1982: missing stays missing");
        series.YearOverYearGrowthPercent().ValueIn(2020).Should().BeApproximately(-31.18m, 0.01m);
        series.CompoundAnnualGrowthRatePercent(2010, 2020).Should().BeApproximately(4.31m, 0.01m);
    }

    [Fact]
    public void Brazil_mexico_and_chile_lead_in_2020_by_either_reporter()
    {
        foreach (var reporter in new[] { TradeReporter.PartnerReported, TradeReporter.ChinaReported })
        {
            Data.RankLacPartnersByTrade(2020, reporter).Take(4).Select(r => r.Country.Alpha3).Should().Equal("BRA", "MEX", "CHL", "PER");
        }

        var lac = Data.LacTradeWithChina(2020, TradeReporter.ChinaReported);
        (lac.Total?.AmountUsdMillions).Should().BeApproximately(314_736.28m, 0.01m);
        lac.IsComplete.Should().BeTrue();
        Data.LacTradeWithChina(2020, TradeReporter.PartnerReported).Missing.Select(c => c.Alpha3).Should().Equal("PRY");
    }

    [Fact]
    public void Development_finance_totals_shares_and_concentration()
    {
        var total = Data.Finance.TotalConstantUsd2021();
        // Issue 13: the Curaçao (4, no amount) and Sint Maarten (1, USD 121,312) records are dropped.
        (total.Amount?.AmountUsdMillions).Should().BeApproximately(116_391.06m, 0.01m);
        total.Amount!.Value.Basis.Should().Be(MoneyBasis.ConstantUsd2021);
        (total.RecordCount, total.RecordsWithoutAmount).Should().Be((1183, 491));
        var brazil = Data.Finance.TotalsByCountry().Single(g => g.Key.Alpha3 == "BRA");
        (brazil.Total.Amount?.AmountUsdMillions).Should().BeApproximately(39_926.8m, 0.1m);
        Data.Finance.TotalsByYear().MaxBy(g => g.Total.Amount?.AmountUsdMillions)!.Key.Should().Be(2014);
        Data.Finance.InfrastructureSharePercent().Should().BeApproximately(48.53m, 0.01m);
        Data.Finance.SectorConcentrationHhi().Should().BeApproximately(2632.90m, 0.01m);
        Data.Finance.CumulativeConstantUsd2021ByYear().LatestAvailable()!.Value.Value.Should().BeApproximately(116_391_060_401.38m, 0.01m);
    }

    [Fact]
    public void Investments_and_construction_are_never_summed_together_by_default()
    {
        // Issue 13: kinds settled by one-to-one pairing with the 2019 files and the combined sheet's row order.
        (Data.Investments.TotalNominalUsd(InvestmentKind.Investment).Amount?.AmountUsdMillions).Should().Be(136_890m);
        (Data.Investments.TotalNominalUsd(InvestmentKind.Construction).Amount?.AmountUsdMillions).Should().Be(65_340m);
        var unknown = Data.Investments.TotalNominalUsd(InvestmentKind.Unknown);
        (unknown.Amount?.AmountUsdMillions, unknown.ExcludedRecordCount).Should().Be((3_850m, 11), "troubled rows are left out of totals; 10 of the 21 are now greenfield investments");
        (Data.Investments.TotalNominalUsdAllKinds().Amount?.AmountUsdMillions).Should().Be(206_080m);
        Data.Investments.TotalsByCountry(InvestmentKind.Investment).MaxBy(g => g.Total.Amount?.AmountUsdMillions)!.Key.Alpha3.Should().Be("BRA");
    }

    [Fact]
    public void Totals_by_kind_report_the_rows_of_unknown_kind_they_leave_out()
    {
        // Issue 13, item 5: rows of kind Unknown were silently missing from investment and construction totals.
        // docs/data-policy.md: 15 unknown rows (USD 3.85 bn) outside the troubled ones, 11 troubled (USD 23.4 bn).
        var investment = Data.Investments.TotalNominalUsd(InvestmentKind.Investment);
        (investment.UnknownKindExcludedCount, investment.UnknownKindExcludedAmount?.AmountUsdMillions).Should().Be((15, 3_850m));
        var construction = Data.Investments.TotalNominalUsd(InvestmentKind.Construction, AggregationScope.AllRecords);
        (construction.UnknownKindExcludedCount, construction.UnknownKindExcludedAmount?.AmountUsdMillions).Should().Be((26, 27_200m));
        investment.ToString().Should().Contain("15 rows of unknown kind left out: USD 3,850.0 m (nominal, mixed years)");
        var byCountry = Data.Investments.TotalsByCountry(InvestmentKind.Construction);
        byCountry.Sum(g => g.Total.UnknownKindExcludedCount).Should().BeLessThanOrEqualTo(15).And.BePositive();
    }

    [Fact]
    public void Scale_metrics_and_the_refusal_to_mix_price_bases()
    {
        Data.TradeShareOfGdpPercent(Per, 2020, TradeReporter.PartnerReported).Should().BeApproximately(8.21m, 0.01m);
        Data.TradePerCapitaUsd(Per, 2020, TradeReporter.PartnerReported).Should().BeApproximately(503.61m, 0.01m);
        var finance = Data.Finance.InCountry(Per).TotalConstantUsd2021().Amount!.Value;
        var act = () => Data.ShareOfGdpPercent(finance, Per, 2021);
        act.Should().Throw<InvalidOperationException>().WithMessage("*constant 2021 USD*current USD*");
        Data.LatestPopulation(Per)!.Value.Year.Should().BeGreaterThanOrEqualTo(2023);
    }

    [Fact]
    public void Claims_about_years_the_data_holds_get_a_verdict_and_later_years_are_not_comparable()
    {
        var checks = Data.CheckClaims();
        checks.Should().HaveCount(Data.Claims.Count);
        foreach (var check in checks.Where(c => c.Claim.Topic is ClaimTopic.BilateralTrade or ClaimTopic.ExportsToChina
                     && c.Claim.Country is not null && c.Claim.Quantity.Unit == MeasureUnit.Usd && c.Claim.Period is { IsWholeYears: true } p && p.FirstYear == p.LastYear))
        {
            var year = check.Claim.Period!.Value.FirstYear;
            if (year > 2020)
            {
                // After the series: published figures can confirm a claim, never refute it; without one, not comparable.
                check.Verdict.Should().NotBe(ClaimVerdict.Inconsistent, check.Claim.Id);
                if (check.Verdict == ClaimVerdict.Consistent)
                {
                    check.Figures[0].Label.Should().Contain("published by", check.Claim.Id);
                }
                else
                {
                    check.Reason.Should().Match(r => r.Contains("ends in 2020", StringComparison.Ordinal) || r.Contains("cannot refute", StringComparison.Ordinal), check.Claim.Id);
                }
            }
            else
            {
                check.Verdict.Should().NotBe(ClaimVerdict.NotComparable, check.Claim.Id);
                check.ComputedValue.Should().NotBeNull();
            }
        }

        var brazil2023 = Data.CheckClaim(Data.Claims.Get("news-bra-2023-total-trade"));
        brazil2023.Verdict.Should().Be(ClaimVerdict.Consistent, "China's customs figure for 2023 (USD 181 bn, pub-p004) is over USD 180 bn");
        brazil2023.ComputedValue.Should().Be(181_000_000_000m);
        checks.Count(c => c.Verdict == ClaimVerdict.NotComparable).Should().Be(23, "25 before published figures were used for years after 2020");

        var peru2023 = Data.Claims.Where(c => c.Country == Per && c.Period == new ClaimPeriod(new PartialDate(2023)) && c.Topic == ClaimTopic.BilateralTrade).ToList();
        peru2023.Should().NotBeEmpty();
        peru2023.Select(c => Data.CheckClaim(c).Verdict).Should().OnlyContain(v => v == ClaimVerdict.NotComparable);
    }

    [Fact]
    public void The_seed_articles_infrastructure_and_bridge_claims_against_the_data()
    {
        // "Over 200 infrastructure projects": 384 safe AidData infrastructure commitments form 284 distinct projects
        // (385 and 285 before issue 13 dropped the Sint Maarten record and split OpenStreetMap links packed into one string).
        var infrastructure = Data.Claims.Where(c => c.Topic == ClaimTopic.InfrastructureProjects && c.Country is null
            && c.Quantity.Bound == QuantityBound.Over && c.Quantity.Value == 200m).ToList();
        infrastructure.Should().NotBeEmpty();
        foreach (var claim in infrastructure)
        {
            var check = Data.CheckClaim(claim);
            check.Verdict.Should().Be(ClaimVerdict.Consistent);
            check.ComputedValue.Should().Be(284m);
            check.Figures[1].Value.Should().Be(384m);
        }

        // "Nearly 100 bridges and tunnels": the curated projects count some, which cannot settle "nearly".
        var bridges = Data.Claims.Where(c => c.Topic == ClaimTopic.BridgesAndTunnels).ToList();
        bridges.Should().NotBeEmpty();
        bridges.Select(c => Data.CheckClaim(c)).Should().OnlyContain(c => c.Verdict == ClaimVerdict.NotComparable && c.ComputedValue > 0);
        Data.Claims.Where(c => c.Topic == ClaimTopic.JobsCreated).Select(c => Data.CheckClaim(c).Verdict).Should().OnlyContain(v => v == ClaimVerdict.NotComparable);
    }

    public static TheoryData<Type, string> DocumentedApis() => new()
    {
        { typeof(SeriesMetrics), "metrics.md" },
        { typeof(TradeMetrics), "metrics.md" },
        { typeof(FinanceMetrics), "metrics.md" },
        { typeof(InvestmentMetrics), "metrics.md" },
        { typeof(ScaleMetrics), "metrics.md" },
        { typeof(ClaimChecks), "metrics.md" },
        { typeof(StatusQueries), "querying.md" },
        { typeof(DatasetNavigation), "querying.md" },
        { typeof(RecordFilters), "querying.md" },
    };

    [Theory]
    [MemberData(nameof(DocumentedApis))]
    public void Every_public_helper_is_documented(Type type, string doc)
    {
        var text = File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "docs", doc));
        foreach (var name in type.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static).Select(m => m.Name).Distinct())
        {
            text.Should().Contain(name, $"{type.Name}.{name} must be described in docs/{doc}");
        }
    }
}
