namespace BriData;

/// <summary>What a <see cref="Money"/> amount is measured in.</summary>
public enum MoneyBasis
{
    /// <summary>Current (nominal) US dollars of a given year (<see cref="Money.PriceYear"/>).</summary>
    NominalUsd = 1,

    /// <summary>Constant 2021 US dollars (AidData GCDF 3.0 deflated amounts).</summary>
    ConstantUsd2021 = 2,
}
