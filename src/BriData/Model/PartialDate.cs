using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace BriData;

/// <summary>
/// A calendar date known to a year, a month or a day, with its <see cref="Precision"/>. Sources often give
/// only "2018" or "November 2024": BriData never invents the missing month or day.
/// </summary>
/// <remarks>
/// Text form is ISO 8601 truncated to the precision: <c>2024</c>, <c>2024-11</c>, <c>2024-11-14</c>.
/// Ordering compares the earliest day each value can denote (<see cref="Start"/>) and then the precision,
/// so <c>2024</c> sorts before <c>2024-01</c>, which sorts before <c>2024-01-01</c>.
/// Use <see cref="Start"/>/<see cref="End"/> to test a partial date against a day: a date known only as
/// "2018" is certainly on or before 2018-12-31 and certainly on or after 2018-01-01.
/// Years run from 1 to 9999.
/// </remarks>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, ISpanFormattable
{
    private readonly short year;
    private readonly byte month;
    private readonly byte day;

    /// <summary>A date known only to the year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1..9999.</exception>
    public PartialDate(int year)
        : this(year, null, null)
    {
    }

    /// <summary>A date known to the month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public PartialDate(int year, int month)
        : this(year, (int?)month, null)
    {
    }

    /// <summary>A date known to the day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist (for example 2023-02-29).</exception>
    public PartialDate(int year, int month, int day)
        : this(year, (int?)month, (int?)day)
    {
    }

    private PartialDate(int year, int? month, int? day)
    {
        if (year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Year must be between 1 and 9999.");
        }

        if (month is not null && month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "Month must be between 1 and 12.");
        }

        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"Day does not exist in {year:D4}-{month:D2}.");
        }

        this.year = (short)year;
        this.month = (byte)(month ?? 0);
        this.day = (byte)(day ?? 0);
    }

    /// <summary>The year (1..9999); 0 only for the default value.</summary>
    public int Year => year;

    /// <summary>The month (1..12), or null when the precision is <see cref="DatePrecision.Year"/>.</summary>
    public int? Month => month == 0 ? null : month;

    /// <summary>The day of the month, or null unless the precision is <see cref="DatePrecision.Day"/>.</summary>
    public int? Day => day == 0 ? null : day;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => day != 0 ? DatePrecision.Day : month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day the value can denote (1 January for a year, the 1st for a month).</summary>
    public DateOnly Start => new(Math.Max(1, (int)year), Math.Max(1, (int)month), Math.Max(1, (int)day));

    /// <summary>The last day the value can denote (31 December for a year, the month's last day for a month).</summary>
    public DateOnly End
    {
        get
        {
            var y = Math.Max(1, (int)year);
            if (day != 0)
            {
                return new DateOnly(y, month, day);
            }

            var m = month == 0 ? 12 : (int)month;
            return new DateOnly(y, m, DateTime.DaysInMonth(y, m));
        }
    }

    /// <summary>A day-precision partial date from a <see cref="DateOnly"/>.</summary>
    public static PartialDate FromDate(DateOnly date) => new(date.Year, date.Month, date.Day);

    /// <summary>True when the whole span of this value lies on or before <paramref name="date"/>.</summary>
    public bool IsCertainlyOnOrBefore(DateOnly date) => End <= date;

    /// <summary>
    /// Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> (ASCII digits, no whitespace).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not one of the three forms or names a date that does not exist.</exception>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text.AsSpan(), out var value, out var reason))
        {
            return value;
        }

        throw new FormatException($"'{text}' is not a valid partial date (YYYY, YYYY-MM or YYYY-MM-DD): {reason}");
    }

    /// <summary>Tries to parse <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate value)
    {
        if (text is null)
        {
            value = default;
            return false;
        }

        return TryParse(text.AsSpan(), out value, out _);
    }

    internal static bool TryParse(ReadOnlySpan<char> text, out PartialDate value, out string reason)
    {
        value = default;
        if (text.Length is not (4 or 7 or 10) || !Digits(text[..4], out var y) || y == 0)
        {
            reason = "expected a four-digit year from 0001";
            return false;
        }

        if (text.Length == 4)
        {
            value = new PartialDate(y);
            reason = string.Empty;
            return true;
        }

        if (text[4] != '-' || !Digits(text.Slice(5, 2), out var m) || m is < 1 or > 12)
        {
            reason = "expected '-MM' with a month from 01 to 12";
            return false;
        }

        if (text.Length == 7)
        {
            value = new PartialDate(y, m);
            reason = string.Empty;
            return true;
        }

        if (text[7] != '-' || !Digits(text.Slice(8, 2), out var d) || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            reason = "the day does not exist in that month";
            return false;
        }

        value = new PartialDate(y, m, d);
        reason = string.Empty;
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, out int number)
    {
        number = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        return true;
    }

    /// <inheritdoc />
    public bool Equals(PartialDate other) => year == other.year && month == other.month && day == other.day;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (year << 16) | (month << 8) | day;

    /// <summary>Orders by the earliest day denoted, then by precision (coarser first).</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <summary>ISO 8601 truncated to the precision, for example <c>2024-11</c>.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"),
        _ => year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>The ISO text; the format and provider are ignored (the text is culture-invariant).</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the ISO text without allocating.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) => Precision switch
    {
        DatePrecision.Day => destination.TryWrite(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}", out charsWritten),
        DatePrecision.Month => destination.TryWrite(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}", out charsWritten),
        _ => destination.TryWrite(CultureInfo.InvariantCulture, $"{year:D4}", out charsWritten),
    };

    /// <summary>True when year, month, day and precision are equal.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>True when the values differ.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>See <see cref="CompareTo"/>.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>See <see cref="CompareTo"/>.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>See <see cref="CompareTo"/>.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>See <see cref="CompareTo"/>.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;
}
