using System.Globalization;

namespace BriData;

/// <summary>
/// One long-format ("tidy") row: an entity, the values of its dimensions, one measure, its value and unit, and
/// the sources. Every set of a dataset and every metric result can be enumerated as these rows
/// (<see cref="TidyRows"/>, <see cref="MetricTidyRows"/>), ready for a notebook table, CSV or a DataFrame.
/// </summary>
/// <remarks>
/// Within one <see cref="Set"/>, every row has the same dimension names in the same order, so a writer can turn
/// them into columns. Dimension values are invariant-culture text (years "2019", dates ISO 8601, booleans
/// "true"/"false", enums by name); a dimension with no value is null. <see cref="Value"/> is null when the
/// measure is missing (never zero).
/// </remarks>
public sealed class TidyRow
{
    /// <summary>Records are made by BriData (read from a release or computed), never by callers.</summary>
    internal TidyRow()
    {
    }

    /// <summary>The set or metric the row comes from (for example "trade", "finance", "bilateral-trade", "series").</summary>
    public string Set { get; internal init; } = null!;

    /// <summary>What the row is about: a record id, a country code, a group key, "LAC", …</summary>
    public string Entity { get; internal init; } = null!;

    /// <summary>The dimension values, as (name, value) pairs in a fixed order per set; a value is null when missing.</summary>
    public IReadOnlyList<KeyValuePair<string, string?>> Dimensions { get; internal init; } = null!;

    /// <summary>What is measured (for example "value", "commitment", "total").</summary>
    public string Measure { get; internal init; } = null!;

    /// <summary>The value in <see cref="Unit"/>; null when missing.</summary>
    public decimal? Value { get; internal init; }

    /// <summary>The unit of <see cref="Value"/> (for example "USD millions (nominal)", "USD (constant 2021)", "percent", "count").</summary>
    public string Unit { get; internal init; } = null!;

    /// <summary>Ids of the sources of the value; empty for derived rows without sources.</summary>
    public IReadOnlyList<string> SourceIds { get; internal init; } = null!;

    /// <summary>The value of a dimension; null when the row has no such dimension or its value is missing.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public string? Dimension(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var d in Dimensions)
        {
            if (string.Equals(d.Key, name, StringComparison.Ordinal))
            {
                return d.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// For example <c>trade PER (partner=CHN, flow=exports FOB, year=2019): value = USD 13,551.3 m (nominal)</c>; the
    /// value rounded for its unit (see <see cref="Value"/> for full precision), enum members as words (the
    /// <see cref="Dimensions"/> keep their names), "missing" when null.
    /// </summary>
    public override string ToString() =>
        Set + " " + Entity + " (" + string.Join(", ", Dimensions.Select(d => d.Key + "=" + (EnumWords.WordsIfIdentifier(d.Value) ?? DisplayFormat.MissingText))) + "): " + Measure + " = " + DisplayFormat.WithUnit(Value, Unit);
}
