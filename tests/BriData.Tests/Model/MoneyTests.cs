namespace BriData.Tests.Model;

public sealed class MoneyTests
{
    [Fact]
    public void Adding_nominal_and_constant_amounts_throws()
    {
        var nominal = Money.NominalUsdMillions(230m, 2019);
        var constant = Money.ConstantUsd2021(1_000_000m);
        var act = () => nominal + constant;
        act.Should().Throw<MoneyBasisMismatchException>().Which.Message.Should().Contain("NominalUsd").And.Contain("ConstantUsd2021");
    }

    [Fact]
    public void Nominal_amounts_of_different_years_add_up_with_no_single_price_year()
    {
        var sum = Money.NominalUsdMillions(230m, 2019) + Money.NominalUsdMillions(780m, 2020);
        sum.AmountUsdMillions.Should().Be(1010m);
        sum.PriceYear.Should().BeNull();
        sum.Basis.Should().Be(MoneyBasis.NominalUsd);
    }

    [Fact]
    public void Same_year_sums_keep_the_year()
    {
        (Money.NominalUsd(1m, 2020) + Money.NominalUsd(2m, 2020)).PriceYear.Should().Be(2020);
    }

    [Fact]
    public void Sum_of_nothing_is_missing_not_zero()
    {
        Money.Sum([]).Should().BeNull();
        Money.Sum([Money.ConstantUsd2021(5m), Money.ConstantUsd2021(7m)])!.Value.AmountUsd.Should().Be(12m);
    }

    [Fact]
    public void Comparison_across_bases_throws()
    {
        var act = () => Money.NominalUsd(1m, 2020) < Money.ConstantUsd2021(2m);
        act.Should().Throw<MoneyBasisMismatchException>();
    }

    [Fact]
    public void Constant_2021_amounts_cannot_carry_a_price_year()
    {
        var act = () => new Money(1m, MoneyBasis.ConstantUsd2021, 2019);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Subtraction_keeps_basis_and_year_and_may_go_below_zero()
    {
        var deficit = Money.NominalUsdMillions(85m, 2018) - Money.NominalUsdMillions(130m, 2018);
        deficit.Should().Be(Money.NominalUsdMillions(-45m, 2018), "a trade balance is negative for a deficit");
        (Money.NominalUsd(5m, 2018) - Money.NominalUsd(2m, 2019)).Should().Be(new Money(3m, MoneyBasis.NominalUsd, null));
        (Money.ConstantUsd2021(5m) - Money.ConstantUsd2021(7m)).Should().Be(Money.ConstantUsd2021(-2m));
        var mixed = () => Money.ConstantUsd2021(5m) - Money.NominalUsd(1m, 2021);
        mixed.Should().Throw<MoneyBasisMismatchException>();
    }

    [Fact]
    public void ToString_is_culture_invariant()
    {
        Money.NominalUsdMillions(2300m, 2010).ToString().Should().Be("USD 2,300.0 m (nominal 2010)");
    }
}
