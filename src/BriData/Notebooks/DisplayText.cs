namespace BriData.Notebooks;

/// <summary>
/// Culture-invariant text for the values that appear in tables: numbers, money, dates, enums, flags. A thin
/// adapter over <see cref="DisplayFormat"/> (rounding by unit) and <see cref="EnumWords"/> (enum members as words),
/// so that tables, cards and <c>ToString</c> round the same way.
/// </summary>
internal static class DisplayText
{
    /// <summary>A number of no named unit: thousands separators and at most two decimals (one from 100 up).</summary>
    public static string Number(decimal value) => DisplayFormat.Number(value, null);

    /// <summary>A number rounded for <paramref name="unit"/> (see <see cref="DisplayFormat.Number(decimal?, string?)"/>).</summary>
    public static string Number(decimal value, string? unit) => DisplayFormat.Number(value, unit);

    /// <summary>A double as <see cref="Number(decimal)"/>; NaN and infinities as missing.</summary>
    public static string Number(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e27 ? Number((decimal)value) : Cell.MissingText;

    /// <summary>An amount in millions of USD with one decimal, for example "2,343.6".</summary>
    public static string UsdMillions(decimal amountUsdMillions) => DisplayFormat.Number(amountUsdMillions, Units.UsdMillionsNominal);

    /// <summary>An amount in millions of USD followed by its basis, for example "2,343.6 (constant 2021)".</summary>
    public static string MoneyWithBasis(Money money) => UsdMillions(money.AmountUsdMillions) + " (" + DisplayFormat.Basis(money) + ")";

    /// <summary>"yes", "no", or missing for null.</summary>
    public static string? YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => null,
    };

    /// <summary>An enum member as words in sentence case (see <see cref="EnumWords.Sentence"/>).</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumWords.Sentence(value.ToString());

    /// <summary>A PascalCase identifier as words in sentence case (see <see cref="EnumWords.Sentence"/>).</summary>
    public static string Words(string identifier) => EnumWords.Sentence(identifier);

    /// <summary>A claim's figure in readable form, for example "over 200 projects", "about USD 37,690.0 m", "40.0 %", "dozens of facilities"; the as-of date is not included.</summary>
    public static string ClaimFigure(ClaimQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        return DisplayFormat.Quantity(quantity.Bound, quantity.Value, quantity.Unit.Symbol);
    }

    /// <summary>A bounded value with its unit (see <see cref="DisplayFormat.Quantity"/>).</summary>
    public static string Quantity(QuantityBound bound, decimal value, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return DisplayFormat.Quantity(bound, value, unit);
    }
}
