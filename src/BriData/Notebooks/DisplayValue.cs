using System.Collections;
using System.Globalization;

namespace BriData.Notebooks;

/// <summary>Turns an arbitrary property value into a cell: codes get their names, money its basis, null is missing.</summary>
internal static class DisplayValue
{
    /// <summary>The cell of <paramref name="value"/>.</summary>
    /// <param name="value">Any value; null is shown as missing.</param>
    /// <param name="context">Country names and sources.</param>
    /// <param name="plainInteger">True to write integers without thousands separators (years, ids).</param>
    /// <param name="unit">The unit of a number, for its rounding (see <see cref="DisplayFormat"/>); null for none.</param>
    public static Cell CellOf(object? value, DisplayContext context, bool plainInteger = false, string? unit = null) => value switch
    {
        null => Cell.Missing,
        string s => Cell.Text(s),
        CountryCode code => Cell.Text(context.CountryLabel(code)),
        Money money => Cell.Text(DisplayText.MoneyWithBasis(money)),
        PartialDate date => Cell.Text(date.ToString()),
        MeasureUnit measureUnit => Cell.Text(measureUnit.Symbol),
        DateOnly date => Cell.Text(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime time => Cell.Text(time.ToString(time.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)),
        bool flag => Cell.Text(DisplayText.YesNo(flag)),
        Enum member => Cell.Text(DisplayText.Words(member.ToString())),
        decimal d => Cell.Text(DisplayText.Number(d, unit)),
        double d => double.IsFinite(d) && Math.Abs(d) < 7.9e27 ? Cell.Text(DisplayText.Number((decimal)d, unit)) : Cell.Missing,
        float f => float.IsFinite(f) ? Cell.Text(DisplayText.Number((decimal)f, unit)) : Cell.Missing,
        int or long or short or byte or uint or ulong or ushort or sbyte => Cell.Text(((IFormattable)value).ToString(plainInteger ? "0" : "#,##0", CultureInfo.InvariantCulture)),
        IEnumerable<string> texts => Cell.Text(string.Join("; ", texts)),
        IEnumerable<CountryCode> codes => Cell.Text(string.Join("; ", codes.Select(context.CountryLabel))),
        IEnumerable items => Cell.Text(Count(items).ToString("#,##0", CultureInfo.InvariantCulture) + " items"),
        IFormattable formattable => Cell.Text(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => Cell.Text(value.ToString()),
    };

    /// <summary>True for the types <see cref="CellOf"/> writes as numbers (aligned right).</summary>
    public static bool IsNumeric(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(decimal) || t == typeof(double) || t == typeof(float) || t == typeof(int) || t == typeof(long)
            || t == typeof(short) || t == typeof(byte) || t == typeof(uint) || t == typeof(ulong) || t == typeof(ushort)
            || t == typeof(sbyte);
    }

    private static int Count(IEnumerable items)
    {
        var n = 0;
        foreach (var unused in items)
        {
            n++;
        }

        return n;
    }
}
