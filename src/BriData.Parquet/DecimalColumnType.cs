using System.Globalization;

namespace BriData.Parquet;

/// <summary>
/// The fixed DECIMAL(precision, scale) of a decimal column, chosen by its unit so that BriData's values fit
/// exactly: percentages DECIMAL(18,6); USD millions DECIMAL(38,20) (a millionth of a cent); every other amount,
/// whole units of USD or CNY, counts and quantities, DECIMAL(38,12). A value with more places is refused by
/// <see cref="DecimalScaleCheck"/>, never truncated. (The column tables hold no scale: when a decimal column gains
/// one, it replaces this rule.)
/// </summary>
/// <param name="Precision">The number of digits.</param>
/// <param name="Scale">The number of digits after the point.</param>
internal readonly record struct DecimalColumnType(int Precision, int Scale)
{
    /// <summary>The type of a column whose values have <paramref name="unit"/> (null when none or it varies by row).</summary>
    public static DecimalColumnType ForUnit(string? unit) => unit switch
    {
        Units.Percent => new(18, 6),
        Units.UsdMillionsNominal => new(38, 20),
        _ => new(38, 12),
    };

    /// <summary><c>DECIMAL(p,s)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"DECIMAL({Precision},{Scale})");
}
