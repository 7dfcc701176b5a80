using System.Globalization;

namespace BriData.Parquet;

/// <summary>
/// The fixed DECIMAL(precision, scale) of a decimal column: the scale is the column's
/// <see cref="SetColumn{T}.DecimalPlaces"/> (stated in its column table), the precision 18 for up to 6 places
/// (percentages: 12 digits before the point) and 38 otherwise. A value with more places is refused by
/// <see cref="DecimalScaleCheck"/>, never truncated.
/// </summary>
/// <param name="Precision">The number of digits.</param>
/// <param name="Scale">The number of digits after the point.</param>
internal readonly record struct DecimalColumnType(int Precision, int Scale)
{
    /// <summary>The most digits after the point that fit the narrow DECIMAL(18, s).</summary>
    private const int NarrowPlaces = 6;

    /// <summary>The type of <paramref name="column"/>, from the places its column table states.</summary>
    public static DecimalColumnType For<T>(SetColumn<T> column) =>
        new(column.DecimalPlaces <= NarrowPlaces ? 18 : 38, column.DecimalPlaces);

    /// <summary><c>DECIMAL(p,s)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"DECIMAL({Precision},{Scale})");
}
