using BriData.Tests.Fixtures;

namespace BriData.Tests.Metrics;

public sealed class ScaleMetricsTests
{
    private static BriDataset Data => FixtureData.Dataset;

    private static readonly UsdDeflator Deflator = new("fixture index, 2021 = 100", new Dictionary<int, decimal> { [2018] = 90m, [2020] = 95m, [2021] = 100m });

    [Fact]
    public void Per_capita_divides_by_the_population_of_the_year_in_the_amounts_own_basis()
    {
        // Peru 2018: population 32 000 000.
        Data.PerCapitaUsd(Money.NominalUsdMillions(210m, 2018), FixtureData.Per, 2018).Should().Be(6.5625m);
        Data.PerCapitaUsd(Money.ConstantUsd2021(64_000_000m), FixtureData.Per, 2018).Should().Be(2m);
        Data.PerCapitaUsd(Money.NominalUsdMillions(1m, 2020), FixtureData.Per, 2020).Should().BeNull("the 2020 population is missing");
        var outside = () => Data.PerCapitaUsd(Money.NominalUsdMillions(1m, 2010), FixtureData.Per, 2010);
        outside.Should().Throw<YearNotCoveredException>().WithMessage("indicators covers 2017–2020; 2010 is outside it.*");
        var gdp = () => Data.ShareOfGdpPercent(Money.NominalUsdMillions(1m, 2021), FixtureData.Per, 2021);
        gdp.Should().Throw<YearNotCoveredException>().Which.Set.Should().Be("indicators");
    }

    [Fact]
    public void Share_of_gdp_needs_nominal_dollars_of_the_same_year()
    {
        // Peru 2018: GDP 220 bn current USD.
        Data.ShareOfGdpPercent(Money.NominalUsdMillions(220m, 2018), FixtureData.Per, 2018).Should().Be(0.1m);
        Data.ShareOfGdpPercent(Money.NominalUsdMillions(1m, 2019), FixtureData.Per, 2019).Should().BeNull("the 2019 GDP is missing");
    }

    [Fact]
    public void Constant_2021_dollars_are_refused_against_current_usd_gdp_with_the_reason()
    {
        var act = () => Data.ShareOfGdpPercent(Money.ConstantUsd2021(100_000_000m), FixtureData.Per, 2018);
        act.Should().Throw<InvalidOperationException>().WithMessage("*constant 2021 USD*current USD of 2018*UsdDeflator*");
        var otherYear = () => Data.ShareOfGdpPercent(Money.NominalUsdMillions(1m, 2017), FixtureData.Per, 2018);
        otherYear.Should().Throw<InvalidOperationException>().WithMessage("*nominal USD of 2017*2018*");
        var mixed = () => Data.ShareOfGdpPercent(Money.NominalUsdMillions(1m, 2017) + Money.NominalUsdMillions(1m, 2018), FixtureData.Per, 2018);
        mixed.Should().Throw<InvalidOperationException>().WithMessage("*several years*");
    }

    [Fact]
    public void An_explicit_deflator_converts_before_dividing()
    {
        // 100 m constant 2021 = 90 m nominal 2018; 90 m / 220 bn = 0.040909…%.
        Data.ShareOfGdpPercent(Money.ConstantUsd2021(100_000_000m), FixtureData.Per, 2018, Deflator).Should().BeApproximately(0.0409091m, 0.0000001m);
        // 100 m nominal 2020 = 105.263… m constant 2021 = 94.7368… m nominal 2018.
        Data.ShareOfGdpPercent(Money.NominalUsdMillions(100m, 2020), FixtureData.Per, 2018, Deflator).Should().BeApproximately(0.0430622m, 0.0000001m);
        Deflator.ToConstantUsd2021(Money.NominalUsdMillions(90m, 2018)).Should().Be(Money.ConstantUsd2021(100_000_000m));
        Deflator.ToString().Should().Be("fixture index, 2021 = 100");
    }

    [Fact]
    public void A_deflator_must_be_complete_and_positive()
    {
        var missingYear = () => Deflator.ToNominalUsd(Money.ConstantUsd2021(1m), 2015);
        missingYear.Should().Throw<ArgumentException>().WithMessage("*2015*");
        var no2021 = () => new UsdDeflator("x", new Dictionary<int, decimal> { [2020] = 1m });
        no2021.Should().Throw<ArgumentException>().WithMessage("*2021*");
        var negative = () => new UsdDeflator("x", new Dictionary<int, decimal> { [2021] = 0m });
        negative.Should().Throw<ArgumentException>();
        var blank = () => new UsdDeflator(" ", new Dictionary<int, decimal> { [2021] = 1m });
        blank.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Trade_to_scale()
    {
        Data.TradeShareOfGdpPercent(FixtureData.Per, 2018, TradeReporter.PartnerReported).Should().BeApproximately(0.0954545m, 0.0000001m);
        Data.TradePerCapitaUsd(FixtureData.Per, 2018, TradeReporter.PartnerReported).Should().Be(6.5625m);
        Data.TradeShareOfGdpPercent(FixtureData.Per, 2019, TradeReporter.PartnerReported).Should().BeNull();
        Data.TradeShareOfGdpPercent(FixtureData.Chl, 2020, TradeReporter.PartnerReported).Should().Be(0.192m);
    }

    [Fact]
    public void Latest_available_population_and_gdp_with_their_year()
    {
        Data.PopulationSeries(FixtureData.Per).Select(p => p.Value).Should().Equal(31_500_000m, 32_000_000m, 32_500_000m, null);
        Data.LatestPopulation(FixtureData.Per).Should().Be(new YearValue(2019, 32_500_000m));
        Data.LatestGdpCurrentUsd(FixtureData.Per).Should().Be(new YearValue(2020, 200_000_000_000m));
        Data.LatestGdpCurrentUsd(FixtureData.Per, onOrBefore: 2019).Should().Be(new YearValue(2018, 220_000_000_000m));
        Data.LatestPopulation(FixtureData.Nic).Should().BeNull();
        var unknown = () => Data.LatestPopulation(CountryCode.Parse("BRA"));
        unknown.Should().Throw<KeyNotFoundException>();
    }
}
