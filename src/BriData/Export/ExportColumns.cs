using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using BriData.Serialization;
using static System.FormattableString;

namespace BriData.Export;

/// <summary>
/// Factory methods for <see cref="ExportColumn{T}"/> that format values culture-independently: numbers in invariant
/// form, dates as ISO 8601, enums by member name, country codes as alpha-3, lists and nested records as JSON.
/// </summary>
internal static class ExportColumns
{
    /// <summary>A text column.</summary>
    public static ExportColumn<T> Text<T>(string name, Func<T, string?> value, string description) =>
        new(name, ExportColumnKind.Text, value, description);

    /// <summary>A whole-number column.</summary>
    public static ExportColumn<T> Integer<T>(string name, Func<T, long?> value, string description)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, ExportColumnKind.Integer, r => value(r)?.ToString(CultureInfo.InvariantCulture), description);
    }

    /// <summary>A decimal column (invariant text, trailing zeros kept: <c>1.50</c> stays <c>1.50</c>).</summary>
    public static ExportColumn<T> Decimal<T>(string name, Func<T, decimal?> value, string description)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, ExportColumnKind.Decimal, r => value(r)?.ToString(CultureInfo.InvariantCulture), description);
    }

    /// <summary>A floating-point column (shortest round-trippable invariant form).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Thrown while writing when a value is NaN or infinite, which neither CSV readers nor JSON agree on.</exception>
    public static ExportColumn<T> Double<T>(string name, Func<T, double?> value, string description)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, ExportColumnKind.Decimal, r => value(r) is double d
            ? double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : throw new ArgumentOutOfRangeException(nameof(value), d, Invariant($"Column '{name}' got a value that is not finite."))
            : null, description);
    }

    /// <summary>A <c>true</c>/<c>false</c> column.</summary>
    public static ExportColumn<T> Boolean<T>(string name, Func<T, bool?> value, string description)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, ExportColumnKind.Boolean, r => value(r) is bool b ? (b ? "true" : "false") : null, description);
    }

    /// <summary>A partial-date column in ISO 8601 form truncated to the date's precision.</summary>
    public static ExportColumn<T> Date<T>(string name, Func<T, PartialDate?> value, string description)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, ExportColumnKind.Date, r => value(r)?.ToString(), description);
    }

    /// <summary>A country-code column (ISO 3166-1 alpha-3).</summary>
    public static ExportColumn<T> Country<T>(string name, Func<T, CountryCode?> value, string description)
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, ExportColumnKind.Text, r => value(r) is CountryCode c && !c.IsEmpty ? c.Alpha3 : null, description);
    }

    /// <summary>An enum column written as the member name (for example <c>ExportsFob</c>).</summary>
    public static ExportColumn<T> Enum<T, TEnum>(string name, Func<T, TEnum?> value, string description)
        where TEnum : struct, System.Enum
    {
        ArgumentNullException.ThrowIfNull(value);
        return new(name, ExportColumnKind.Text, r => value(r) is TEnum e ? StrictEnumConverter<TEnum>.NameOf(e) ?? e.ToString() : null, description);
    }

    /// <summary>A JSON column (a list or nested record) serialized with <paramref name="typeInfo"/>, compact, UTF-8 kept unescaped.</summary>
    public static ExportColumn<T> Json<T, TValue>(string name, Func<T, TValue?> value, JsonTypeInfo<TValue> typeInfo, string description)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return new(name, ExportColumnKind.Json, r => value(r) is TValue v ? System.Text.Json.JsonSerializer.Serialize(v, typeInfo) : null, description);
    }
}
