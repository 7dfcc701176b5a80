using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using BriData.Formats.Json;

namespace BriData;

/// <summary>
/// The period a claim's figure is about: one partial date (a year <c>2023</c>, a month <c>2014-07</c>, a day) or
/// an interval of two, written the ISO 8601 way with a slash (<c>2019/2021</c>, <c>2024-01/2024-10</c>).
/// </summary>
/// <remarks>
/// <see cref="Start"/> never lies after <see cref="End"/>; a single date has <c>Start == End</c>. Equality compares
/// both ends, precision included (<c>2023</c> is not <c>2023/2023-12</c>).
/// </remarks>
[JsonConverter(typeof(ClaimPeriodJsonConverter))]
public readonly record struct ClaimPeriod
{
    /// <summary>A period from <paramref name="start"/> to <paramref name="end"/> (equal for a single date).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> ends before <paramref name="start"/> begins, or either is the empty default.</exception>
    public ClaimPeriod(PartialDate start, PartialDate end)
    {
        if (start.Year == 0 || end.Year == 0)
        {
            throw new ArgumentOutOfRangeException(start.Year == 0 ? nameof(start) : nameof(end), "A period's ends are dates with a year.");
        }

        if (end.End < start.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"The period ends ({end}) before it starts ({start}).");
        }

        Start = start;
        End = end;
    }

    /// <summary>A period of one partial date (a year, a month or a day).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is the empty default.</exception>
    public ClaimPeriod(PartialDate date)
        : this(date, date)
    {
    }

    /// <summary>The first date of the period, at its precision.</summary>
    public PartialDate Start { get; }

    /// <summary>The last date of the period, at its precision (equal to <see cref="Start"/> for a single date).</summary>
    public PartialDate End { get; }

    /// <summary>True when both ends are whole calendar years (<c>2023</c>, <c>2019/2021</c>): the periods yearly data can answer.</summary>
    public bool IsWholeYears => Start.Precision == DatePrecision.Year && End.Precision == DatePrecision.Year;

    /// <summary>The calendar year the period starts in.</summary>
    public int FirstYear => Start.Year;

    /// <summary>The calendar year the period ends in.</summary>
    public int LastYear => End.Year;

    /// <summary>Parses <c>2023</c>, <c>2014-07</c>, <c>2019/2021</c> or <c>2024-01/2024-10</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a partial date or two joined by one slash, or ends before it starts.</exception>
    public static ClaimPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var period, out var reason)
            ? period
            : throw new FormatException($"'{text}' is not a period (YYYY, YYYY-MM, YYYY-MM-DD, or two of them joined by '/'): {reason}");
    }

    /// <summary>Tries to parse a period; false (and the default) when <paramref name="text"/> is null or not a period.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ClaimPeriod period) => TryParse(text, out period, out _);

    internal static bool TryParse(string? text, out ClaimPeriod period, out string reason)
    {
        period = default;
        if (text is null)
        {
            reason = "no text";
            return false;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var first = slash < 0 ? text.AsSpan() : text.AsSpan(0, slash);
        var second = slash < 0 ? first : text.AsSpan(slash + 1);
        if (!PartialDate.TryParse(first, out var start, out reason))
        {
            reason = "start: " + reason;
            return false;
        }

        if (!PartialDate.TryParse(second, out var end, out reason))
        {
            reason = "end: " + reason;
            return false;
        }

        if (end.End < start.Start)
        {
            reason = $"it ends ({end}) before it starts ({start})";
            return false;
        }

        period = new ClaimPeriod(start, end);
        reason = string.Empty;
        return true;
    }

    /// <summary><c>2023</c> for a single date, <c>2019/2021</c> for an interval; empty for the default value.</summary>
    public override string ToString() => Start.Year == 0 ? string.Empty : Start == End ? Start.ToString() : Start.ToString() + "/" + End.ToString();
}
