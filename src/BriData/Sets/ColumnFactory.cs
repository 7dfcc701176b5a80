using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using BriData.Formats.Json;
using BriData.Notebooks;
using static System.FormattableString;

namespace BriData.Sets;

/// <summary>
/// Factory methods for <see cref="SetColumn{T}"/> that format values culture-independently: numbers in invariant
/// form, dates as ISO 8601, enums by member name, country codes as alpha-3, lists and nested records as JSON.
/// Each takes an optional <c>label</c> (what notebooks call the column; null derives it from the name, see
/// <see cref="ColumnDefaults.Label"/>) and <c>show</c> (where notebooks show it; null for the default of its role, see
/// <see cref="ColumnDefaults.Placement"/>): a table sets them only where the default is wrong.
/// </summary>
internal static class ColumnFactory
{
    /// <summary>A text column; when <paramref name="value"/> reads a member (<c>r => r.Title</c>), validation checks that member's text (control characters, bidi overrides, broken UTF-16) at its JSON path.</summary>
    /// <remarks><c>getter</c> is filled in by the compiler with the source text of <paramref name="value"/>; leave it out.</remarks>
    public static SetColumn<T> Text<T>(string name, Func<T, string?> value, string description, ColumnRole role = ColumnRole.Detail, string? unit = null, string? label = null, ColumnPlacement? show = null, [CallerArgumentExpression(nameof(value))] string? getter = null) =>
        new(name, ColumnKind.Text, value, description, value, role, unit, label: label, show: show) { JsonPath = MemberPath.FromGetter(getter) };

    /// <summary>A whole-number column of 32-bit values (years, ids, counts); the typed value is an <see cref="int"/>.</summary>
    public static SetColumn<T> Integer<T>(string name, Func<T, int?> value, string description, ColumnRole role = ColumnRole.Detail, string? unit = null, string? label = null, ColumnPlacement? show = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, ColumnKind.Integer, r => value(r)?.ToString(CultureInfo.InvariantCulture), description, r => value(r), role, unit, label: label, show: show, valueType: typeof(int));
    }

    /// <summary>A whole-number column of 64-bit values (populations); the typed value is a <see cref="long"/>.</summary>
    public static SetColumn<T> Integer<T>(string name, Func<T, long?> value, string description, ColumnRole role = ColumnRole.Detail, string? unit = null, string? label = null, ColumnPlacement? show = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, ColumnKind.Integer, r => value(r)?.ToString(CultureInfo.InvariantCulture), description, r => value(r), role, unit, label: label, show: show, valueType: typeof(long));
    }

    /// <summary>The digits after the point a decimal column holds unless its table states otherwise (see <see cref="SetColumn{T}.DecimalPlaces"/>): whole units of USD or CNY to a trillionth, counts and quantities.</summary>
    public const int DefaultDecimalPlaces = 12;

    /// <summary>A decimal column (invariant text, trailing zeros kept: <c>1.50</c> stays <c>1.50</c>).</summary>
    /// <remarks>A measure whose unit is given by each row (a claim's unit) passes <c>unitOf</c>; otherwise <c>unit</c> names the unit of every value.
    /// The digits after the point every value fits in are <c>places</c> (see <see cref="SetColumn{T}.DecimalPlaces"/>).</remarks>
    public static SetColumn<T> Decimal<T>(string name, Func<T, decimal?> value, string description, ColumnRole role = ColumnRole.Detail, string? unit = null, Func<T, string?>? unitOf = null, string? label = null, ColumnPlacement? show = null, int places = DefaultDecimalPlaces)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentOutOfRangeException.ThrowIfNegative(places);
        return new(name, ColumnKind.Decimal, r => value(r)?.ToString(CultureInfo.InvariantCulture), description, r => value(r), role, unit, unitOf, label, show, typeof(decimal))
        {
            DecimalPlaces = places,
        };
    }

    /// <summary>A floating-point column (shortest round-trippable invariant form).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown while writing when a value is NaN or infinite, which neither CSV readers nor JSON agree on.</exception>
    public static SetColumn<T> Double<T>(string name, Func<T, double?> value, string description, ColumnRole role = ColumnRole.Detail, string? unit = null, string? label = null, ColumnPlacement? show = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, ColumnKind.Decimal, r => value(r) is double d
            ? double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : throw new ArgumentOutOfRangeException(nameof(value), d, Invariant($"Column '{name}' got a value that is not finite."))
            : null, description, r => value(r), role, unit, label: label, show: show, valueType: typeof(double));
    }

    /// <summary>A <c>true</c>/<c>false</c> column.</summary>
    public static SetColumn<T> Boolean<T>(string name, Func<T, bool?> value, string description, ColumnRole role = ColumnRole.Detail, string? label = null, ColumnPlacement? show = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, ColumnKind.Boolean, r => value(r) is bool b ? (b ? "true" : "false") : null, description, r => value(r), role, label: label, show: show, valueType: typeof(bool));
    }

    /// <summary>A partial-date column in ISO 8601 form truncated to the date's precision.</summary>
    public static SetColumn<T> Date<T>(string name, Func<T, PartialDate?> value, string description, ColumnRole role = ColumnRole.Detail, string? label = null, ColumnPlacement? show = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, ColumnKind.Date, r => value(r)?.ToString(), description, r => value(r), role, label: label, show: show, valueType: typeof(PartialDate));
    }

    /// <summary>A country-code column (ISO 3166-1 alpha-3).</summary>
    public static SetColumn<T> Country<T>(string name, Func<T, CountryCode?> value, string description, ColumnRole role = ColumnRole.Dimension, string? label = null, ColumnPlacement? show = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, ColumnKind.Text, r => value(r) is CountryCode c && !c.IsEmpty ? c.Alpha3 : null, description, r => value(r) is CountryCode c && !c.IsEmpty ? c : null, role, label: label, show: show, valueType: typeof(CountryCode));
    }

    /// <summary>A unit column, written as the unit's symbol (<c>km</c>, <c>USD</c>); the typed value is the symbol too. Units are a closed vocabulary, so their text needs no check of its own.</summary>
    public static SetColumn<T> Unit<T>(string name, Func<T, MeasureUnit?> value, string description, ColumnRole role = ColumnRole.Detail, string? label = null, ColumnPlacement? show = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, ColumnKind.Text, r => value(r) is MeasureUnit u && !u.IsMissing ? u.Symbol : null, description, role: role, label: label, show: show);
    }

    /// <summary>An enum column written as the member name (for example <c>ExportsFob</c>).</summary>
    public static SetColumn<T> Enum<T, TEnum>(string name, Func<T, TEnum?> value, string description, ColumnRole role = ColumnRole.Dimension, string? label = null, ColumnPlacement? show = null)
        where TEnum : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, ColumnKind.Text, r => value(r) is TEnum e ? StrictEnumConverter<TEnum>.NameOf(e) ?? e.ToString() : null, description, r => value(r), role, label: label, show: show, valueType: typeof(TEnum));
    }

    /// <summary>A JSON column (a list or nested record) serialized with <paramref name="typeInfo"/>, compact, UTF-8 kept unescaped.</summary>
    public static SetColumn<T> Json<T, TValue>(string name, Func<T, TValue?> value, JsonTypeInfo<TValue> typeInfo, string description, string? label = null, ColumnPlacement? show = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new(name, ColumnKind.Json, r => value(r) is TValue v ? System.Text.Json.JsonSerializer.Serialize(v, typeInfo) : null, description, r => value(r), label: label, show: show, valueType: typeof(TValue));
    }

    /// <summary>
    /// The three columns of an amount of money named <paramref name="prefix"/>: <c>{prefix}_usd</c> (plain US dollars,
    /// not millions; a measure whose unit follows the row's basis and price year), <c>{prefix}_basis</c> (<see cref="MoneyBasis"/>
    /// name) and <c>{prefix}_price_year</c> (the year of a nominal amount; empty for constant 2021 USD). All three are
    /// empty when the amount is missing.
    /// </summary>
    /// <param name="prefix">The amount's name, for example <c>amount</c>.</param>
    /// <param name="value">The amount of a row; null when missing.</param>
    /// <param name="description">What the amount is, for example <c>commitment</c>.</param>
    /// <param name="label">The label of the amount in notebooks (for example "Stated cost"); null derives it from <paramref name="prefix"/>. Notebooks show the three columns as one cell, the amount with its basis.</param>
    /// <param name="show">Where notebooks show the amount; null for the table.</param>
    /// <param name="basis">The basis every amount of the set has (validation enforces it), named in the description, the set-wide <see cref="SetColumn{T}.Unit"/> of <c>{prefix}_usd</c> and the unit of a missing amount; null when amounts of both bases occur.</param>
    public static IEnumerable<SetColumn<T>> Money<T>(string prefix, Func<T, Money?> value, string description, string? label = null, ColumnPlacement? show = null, MoneyBasis? basis = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        var missingUnit = basis is MoneyBasis b ? Units.Of(b) : null;
        yield return new(prefix + "_usd", ColumnKind.Decimal, r => value(r)?.AmountUsd.ToString(CultureInfo.InvariantCulture),
            description + ", in US dollars (not millions) of the basis in " + prefix + "_basis; empty when missing",
            r => value(r)?.AmountUsd, ColumnRole.Measure, missingUnit, r => value(r) is Money m ? Units.Of(m) : missingUnit, label, show, typeof(decimal));
        yield return Enum<T, MoneyBasis>(prefix + "_basis", r => value(r)?.Basis, "money basis of " + prefix + "_usd (" + (basis?.ToString() ?? "ConstantUsd2021 or NominalUsd") + ")", ColumnRole.Detail);
        yield return Integer<T>(prefix + "_price_year", r => value(r)?.PriceYear, "price year of a nominal " + prefix + "_usd; empty for constant 2021 USD");
    }
}
