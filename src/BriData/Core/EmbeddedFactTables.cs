namespace BriData;

/// <summary>How the records of each numeric set become a <see cref="FactTable"/>.</summary>
internal static class EmbeddedFactTables
{
    public static FactTable Trade(IReadOnlyList<TradeRecord> records) => FactTable.Create<TradeRecord>()
        .Dimension(TradeFactColumns.Reporter, r => r.Reporter)
        .Dimension(TradeFactColumns.Partner, r => r.Partner)
        .Dimension(TradeFactColumns.Flow, r => r.Flow)
        .Dimension(TradeFactColumns.Year, r => r.Year)
        .Dimension(TradeFactColumns.IsEstimate, r => r.IsEstimate)
        .Measure(TradeFactColumns.ValueUsdMillions, r => (double)r.ValueUsdMillions)
        .Build(records);

    public static FactTable Indicators(IReadOnlyList<CountryYearIndicators> records) => FactTable.Create<CountryYearIndicators>()
        .Dimension(IndicatorFactColumns.Country, r => r.Country)
        .Dimension(IndicatorFactColumns.Year, r => r.Year)
        .Measure(IndicatorFactColumns.Population, r => r.Population)
        .Measure(IndicatorFactColumns.GdpCurrentUsd, r => (double?)r.GdpCurrentUsd)
        .Build(records);

    public static FactTable Finance(IReadOnlyList<FinanceRecord> records) => FactTable.Create<FinanceRecord>()
        .Dimension(FinanceFactColumns.Recipient, r => r.Recipient)
        .Dimension(FinanceFactColumns.CommitmentYear, r => r.CommitmentYear)
        .Dimension(FinanceFactColumns.Sector, r => r.Sector)
        .Dimension(FinanceFactColumns.Status, r => r.Status)
        .Dimension(FinanceFactColumns.Lender, r => r.Lender)
        .Dimension(FinanceFactColumns.FlowClass, r => r.FlowClass)
        .Dimension(FinanceFactColumns.IsInfrastructure, r => r.IsInfrastructure)
        .Dimension(FinanceFactColumns.IsAggregationSafe, r => r.IsAggregationSafe)
        .Measure(FinanceFactColumns.AmountConstantUsd2021, r => r.Amount is Money m ? (double)Expect(m, MoneyBasis.ConstantUsd2021, r).AmountUsd : null)
        .Build(records);

    public static FactTable Investments(IReadOnlyList<InvestmentRecord> records) => FactTable.Create<InvestmentRecord>()
        .Dimension(InvestmentFactColumns.Country, r => r.Country)
        .Dimension(InvestmentFactColumns.Year, r => r.Date.Year)
        .Dimension(InvestmentFactColumns.Sector, r => r.Sector)
        .Dimension(InvestmentFactColumns.Kind, r => r.Kind)
        .Dimension(InvestmentFactColumns.Investor, r => r.Investor)
        .Dimension(InvestmentFactColumns.IsTroubled, r => r.IsTroubled)
        .Dimension(InvestmentFactColumns.IsBri, r => r.IsBri)
        .Dimension(InvestmentFactColumns.IsGreenfield, r => r.IsGreenfield)
        .Measure(InvestmentFactColumns.AmountUsdMillions, r => (double)Expect(r.Amount, MoneyBasis.NominalUsd, r).AmountUsdMillions)
        .Build(records);

    private static Money Expect(Money money, MoneyBasis basis, object record) => money.Basis == basis
        ? money
        : throw new InvalidOperationException($"{record}: the amount is in {money.Basis}, expected {basis}.");
}
