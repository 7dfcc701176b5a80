namespace BriData;

/// <summary>The unit labels metric results and tidy rows carry, spelled one way everywhere.</summary>
internal static class Units
{
    public const string UsdMillionsNominal = "USD millions (nominal)";
    public const string UsdNominal = "USD (nominal)";
    public const string UsdConstant2021 = "USD (constant 2021)";
    public const string UsdCurrent = "USD (current)";
    public const string Percent = "percent";
    public const string HhiPoints = "HHI points (0-10000)";
    public const string Count = "count";
    public const string Persons = "persons";
    public const string Rank = "rank";
    public const string Flag = "flag (1 = yes, 0 = no)";

    /// <summary>The unit of a missing value whose unit comes with the value (a missing amount of money, a claim without a figure).</summary>
    public const string Unknown = "unknown";

    /// <summary>The unit of a money amount: "USD (constant 2021)", "USD (nominal 2019)" or "USD (nominal)" for mixed years.</summary>
    public static string Of(Money money) => money.Basis == MoneyBasis.ConstantUsd2021
        ? UsdConstant2021
        : money.PriceYear is int y ? FormattableString.Invariant($"USD (nominal {y})") : UsdNominal;

    /// <summary>The unit of amounts in <paramref name="basis"/> without a single price year.</summary>
    public static string Of(MoneyBasis basis) => basis == MoneyBasis.ConstantUsd2021 ? UsdConstant2021 : UsdNominal;
}
