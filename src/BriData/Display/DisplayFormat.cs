using System.Globalization;

namespace BriData;

/// <summary>
/// The one place where BriData decides how a number is shown, keyed by its unit: percentages with one decimal,
/// US dollars as millions with one decimal (an amount in plain dollars is divided by a million first), counts,
/// persons and ranks as integers, other units with at most two decimals. Every <c>ToString</c>, the notebook
/// formatters, the plain-text tables and the demo use it, and so can any program that prints BriData's numbers;
/// the values themselves keep their full precision. Always invariant culture and the Gregorian calendar.
/// </summary>
public static class DisplayFormat
{
    /// <summary>The text shown for a missing value.</summary>
    public const string MissingText = "missing";

    private const decimal Million = 1_000_000m;

    /// <summary>How numbers in a unit are rounded and labelled.</summary>
    internal enum UnitKind
    {
        /// <summary>Any other unit (km, MW, projects, …): at most two decimals, the unit after the number.</summary>
        Other,

        /// <summary>Percent: one decimal and a percent sign.</summary>
        Percent,

        /// <summary>Amounts already in millions of US dollars: one decimal.</summary>
        UsdMillions,

        /// <summary>Amounts in plain US dollars: shown in millions with one decimal.</summary>
        Usd,

        /// <summary>Counts, persons, ranks: integers with thousands separators.</summary>
        Count,

        /// <summary>Yes/no flags stored as 1 and 0.</summary>
        Flag,
    }

    /// <summary>Which rounding rule applies to <paramref name="unit"/> (ordinal, case-insensitive).</summary>
    internal static UnitKind KindOf(string? unit)
    {
        if (string.IsNullOrEmpty(unit))
        {
            return UnitKind.Other;
        }

        if (unit.Equals(Units.Percent, StringComparison.OrdinalIgnoreCase) || unit.Equals("%", StringComparison.Ordinal))
        {
            return UnitKind.Percent;
        }

        if (unit.StartsWith("USD million", StringComparison.OrdinalIgnoreCase) || unit.Equals("USD m", StringComparison.OrdinalIgnoreCase))
        {
            return UnitKind.UsdMillions;
        }

        if (unit.Equals("USD", StringComparison.OrdinalIgnoreCase) || unit.StartsWith("USD (", StringComparison.OrdinalIgnoreCase))
        {
            return UnitKind.Usd;
        }

        if (unit.Equals(Units.Count, StringComparison.OrdinalIgnoreCase) || unit.Equals(Units.Persons, StringComparison.OrdinalIgnoreCase)
            || unit.Equals(Units.Rank, StringComparison.OrdinalIgnoreCase) || unit.Equals("records", StringComparison.OrdinalIgnoreCase))
        {
            return UnitKind.Count;
        }

        return unit.Equals(Units.Flag, StringComparison.OrdinalIgnoreCase) ? UnitKind.Flag : UnitKind.Other;
    }

    /// <summary>
    /// The unit a member's name declares by BriData's naming convention: "…Percent" is percent, "…UsdMillions"
    /// USD millions, "…Usd" plain USD, "…Count" a count, "Rank" a rank; null when the name declares none.
    /// </summary>
    internal static string? UnitOfMember(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.EndsWith("Percent", StringComparison.Ordinal) ? Units.Percent
            : name.EndsWith("UsdMillions", StringComparison.Ordinal) ? Units.UsdMillionsNominal
            : name.EndsWith("Usd", StringComparison.Ordinal) ? "USD"
            : name.EndsWith("Count", StringComparison.Ordinal) || string.Equals(name, "Rank", StringComparison.Ordinal) ? Units.Count
            : null;
    }

    /// <summary>
    /// The number alone, rounded for its unit: "28.3" (percent), "3,255.9" (USD millions), "35.5" (plain USD, in
    /// millions), "1,183" (count), "yes"/"no" (flag), "12.35" (other); <see cref="MissingText"/> for null.
    /// </summary>
    public static string Number(decimal? value, string? unit) => value is not decimal v
        ? MissingText
        : KindOf(unit) switch
        {
            UnitKind.Percent => OneDecimal(v),
            UnitKind.UsdMillions => OneDecimal(v),
            UnitKind.Usd => OneDecimal(v / Million),
            UnitKind.Count => Integer(v),
            UnitKind.Flag => v == 0m ? "no" : "yes",
            _ => Plain(v),
        };

    /// <summary>A double as <see cref="Number(decimal?, string?)"/>; NaN, infinities and null as missing.</summary>
    public static string Number(double? value, string? unit) =>
        value is double d && double.IsFinite(d) && Math.Abs(d) < 7.9e27 ? Number((decimal)d, unit) : MissingText;

    /// <summary>
    /// The number with its unit, rounded for the unit: "28.3 %", "USD 3,255.9 m", "USD 35.5 m" (a plain-dollar
    /// amount), "1,183 records", "rank 1", "12.35 km"; <see cref="MissingText"/> for null. Labels in parentheses such as
    /// "(nominal)" are kept after the amount.
    /// </summary>
    public static string WithUnit(decimal? value, string? unit)
    {
        if (value is not decimal v)
        {
            return MissingText;
        }

        var kind = KindOf(unit);
        var qualifier = Qualifier(unit);
        return kind switch
        {
            UnitKind.Percent => OneDecimal(v) + " %",
            UnitKind.UsdMillions => "USD " + OneDecimal(v) + " m" + qualifier,
            UnitKind.Usd => "USD " + OneDecimal(v / Million) + " m" + qualifier,
            UnitKind.Count => string.Equals(unit, Units.Count, StringComparison.OrdinalIgnoreCase) ? Integer(v)
                : string.Equals(unit, Units.Rank, StringComparison.OrdinalIgnoreCase) ? "rank " + Integer(v)
                : Integer(v) + " " + unit,
            UnitKind.Flag => v == 0m ? "no" : "yes",
            _ => string.IsNullOrEmpty(unit) ? Plain(v) : Plain(v) + " " + unit,
        };
    }

    /// <summary>A percentage with one decimal and a percent sign, for example "28.3 %"; missing for null.</summary>
    public static string Percent(decimal? percent) => WithUnit(percent, Units.Percent);

    /// <summary>An amount in millions of US dollars with one decimal, for example "USD 3,255.9 m"; missing for null.</summary>
    public static string UsdMillions(decimal? amountUsdMillions) => amountUsdMillions is decimal v ? "USD " + OneDecimal(v) + " m" : MissingText;

    /// <summary>A money amount with its basis, for example "USD 2,343.6 m (constant 2021)".</summary>
    internal static string Money(Money money) => UsdMillions(money.AmountUsdMillions) + " (" + Basis(money) + ")";

    /// <summary>The basis of an amount: "constant 2021", "nominal 2019" or "nominal, mixed years".</summary>
    internal static string Basis(Money money) => money.Basis == MoneyBasis.ConstantUsd2021
        ? "constant 2021"
        : money.PriceYear is int year ? "nominal " + year.ToString(CultureInfo.InvariantCulture) : "nominal, mixed years";

    /// <summary>A count with thousands separators, for example "1,183".</summary>
    public static string Count(long count) => count.ToString("#,##0", CultureInfo.InvariantCulture);

    /// <summary>"1 record" or "2 records": the count and the noun, plural unless the count is one.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="singular"/> is null.</exception>
    public static string Count(long count, string singular, string? plural = null)
    {
        ArgumentNullException.ThrowIfNull(singular);
        return Count(count) + " " + (count == 1 ? singular : plural ?? singular + "s");
    }

    /// <summary>A day as ISO 8601 (yyyy-MM-dd) in the Gregorian calendar, whatever the current culture.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A year as four digits without separators.</summary>
    internal static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>An enum member as lower-case words (acronyms and place names kept): <c>ConstructionStarted</c> → "construction started".</summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumWords.Words(EnumMembers<TEnum>.NameOf(value) ?? value.ToString());

    /// <summary>Whose figure a trade value is: "partner-reported figure", "China-reported figure", "mirror-average figure".</summary>
    internal static string ReporterFigure(TradeReporter reporter) => reporter switch
    {
        TradeReporter.PartnerReported => "partner-reported figure",
        TradeReporter.ChinaReported => "China-reported figure",
        _ => "mirror-average figure",
    };

    /// <summary>
    /// A claim verdict in words, the one place that says it: the member as words ("not comparable"), and for
    /// <see cref="ClaimVerdict.ConsistentWithOneReporter"/> with one matched reporter "consistent with the
    /// partner-reported figure only".
    /// </summary>
    internal static string Verdict(ClaimVerdict verdict, IReadOnlyList<TradeReporter> matched) =>
        verdict == ClaimVerdict.ConsistentWithOneReporter && matched.Count == 1
            ? "consistent with the " + ReporterFigure(matched[0]) + " only"
            : Words(verdict);

    /// <summary>A group key as text: an enum member as words, a number or date in invariant culture, null as "(none)".</summary>
    internal static string Key(object? key) => key switch
    {
        null => "(none)",
        Enum member => EnumWords.Words(member.ToString()),
        DateOnly day => Date(day),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => key.ToString() ?? "(none)",
    };

    /// <summary>A list of items joined by ", ", or "none" when empty.</summary>
    internal static string List<T>(IEnumerable<T> items, Func<T, string> text)
    {
        var joined = string.Join(", ", items.Select(text));
        return joined.Length == 0 ? "none" : joined;
    }

    /// <summary>
    /// How a quantity's bound reads before its figure: "about ", "over ", "nearly ", "at least ", "at most ", or
    /// empty for an exact figure. A multiple ("dozens") is written by <see cref="Quantity"/>.
    /// </summary>
    internal static string BoundPrefix(QuantityBound bound) => bound switch
    {
        QuantityBound.About => "about ",
        QuantityBound.Over => "over ",
        QuantityBound.Nearly => "nearly ",
        QuantityBound.AtLeast => "at least ",
        QuantityBound.AtMost => "at most ",
        _ => string.Empty,
    };

    /// <summary>
    /// A bounded quantity in words, rounded for its unit: "over 200 projects", "about USD 37,690.0 m", "40.0 %",
    /// "dozens of facilities" (a multiple of 12), "thousands of jobs".
    /// </summary>
    internal static string Quantity(QuantityBound bound, decimal value, string unit)
    {
        if (bound == QuantityBound.MultipleOf)
        {
            var multiple = value switch
            {
                10m => "tens",
                12m => "dozens",
                100m => "hundreds",
                1_000m => "thousands",
                1_000_000m => "millions",
                _ => null,
            };
            return multiple is null ? "several times " + WithUnit(value, unit) : multiple + " of " + unit;
        }

        return BoundPrefix(bound) + WithUnit(value, unit);
    }

    private static string Qualifier(string? unit)
    {
        if (unit is null)
        {
            return string.Empty;
        }

        var open = unit.IndexOf('(', StringComparison.Ordinal);
        return open < 0 ? string.Empty : " " + unit[open..];
    }

    private static string OneDecimal(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("#,##0.0", CultureInfo.InvariantCulture);

    private static string Integer(decimal value) => Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Plain(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        if (rounded == 0m && value != 0m)
        {
            return value > 0m ? "<0.01" : ">-0.01";
        }

        return rounded.ToString(Math.Abs(rounded) >= 100m ? "#,##0.#" : "#,##0.##", CultureInfo.InvariantCulture);
    }
}
