using System.Globalization;

namespace BriData;

/// <summary>A value for one year; <see cref="Value"/> is null when the year is missing (never zero).</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="Value">The value in the unit of the series it belongs to; null when missing.</param>
public readonly record struct YearValue(int Year, decimal? Value)
{
    /// <summary>True when the value is present.</summary>
    public bool HasValue => Value is not null;

    /// <summary>For example <c>2019: 12.5</c> or <c>2019: missing</c>; invariant culture.</summary>
    public override string ToString() =>
        DisplayFormat.Year(Year) + ": " + DisplayFormat.Number(Value, null);
}
