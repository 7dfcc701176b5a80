using BriData.Parquet.Rows;

namespace BriData.Parquet.Tests;

/// <summary>Row mapping rules that the shipped data cannot exercise: a column never mixes money bases.</summary>
public sealed class RowMappingTests
{
    private static FinanceRecord Finance(Money? amount) => new()
    {
        Id = 1,
        Recipient = CountryCode.Parse("PER"),
        Title = "A loan",
        Amount = amount,
        CommitmentYear = 2015,
        Status = FinanceStatus.Implementation,
        Sector = "ENERGY",
        IsInfrastructure = true,
        IsAggregationSafe = true,
        LinkedRecordIds = [],
        OsmLinks = [],
        SourceIds = ["s"],
    };

    [Fact]
    public void A_finance_amount_in_nominal_USD_is_refused_rather_than_mixed_into_the_constant_2021_column()
    {
        var map = () => FinanceRow.From(Finance(Money.NominalUsd(1_000_000m, 2015)));

        map.Should().Throw<InvalidOperationException>().WithMessage("*AidData record 1*constant 2021*");
    }

    [Fact]
    public void A_missing_finance_amount_stays_null_and_a_constant_one_is_kept_in_dollars()
    {
        FinanceRow.From(Finance(null)).AmountUsdConstant2021.Should().BeNull();
        FinanceRow.From(Finance(Money.ConstantUsd2021(2_500_000.25m))).AmountUsdConstant2021.Should().Be(2_500_000.25m);
    }

    [Fact]
    public void A_partial_date_keeps_its_text_and_its_first_day()
    {
        DateColumns.Text(new PartialDate(2024, 11)).Should().Be("2024-11");
        DateColumns.FirstDay(new PartialDate(2024, 11)).Should().Be(new DateOnly(2024, 11, 1));
        DateColumns.Precision(new PartialDate(2024)).Should().Be("year");
        DateColumns.Text(null).Should().BeNull();
        DateColumns.FirstDay(null).Should().BeNull();
    }
}
