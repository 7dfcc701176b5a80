using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace BriData;

/// <summary>
/// An ISO 3166-1 country code, held as its alpha-3 form (for example <c>PER</c>). A small value type: two codes
/// are equal when their alpha-3 letters are equal.
/// </summary>
/// <remarks>
/// <para>Parsing is strict: <see cref="Parse"/> accepts exactly three ASCII letters (alpha-3, any case),
/// exactly two ASCII letters (alpha-2) or one to three ASCII digits (numeric), with no surrounding
/// whitespace. Alpha-2 and numeric codes are translated through the ISO table of the 34 states BriData
/// covers (33 Latin American and Caribbean states and China); any other alpha-2 or numeric code is rejected.
/// Alpha-3 codes outside that table (territories such as Curaçao, <c>CUW</c>, that appear in upstream
/// finance records) are accepted because they are self-describing; use
/// <see cref="CountryCollection.Contains(CountryCode)"/> to ask whether a dataset holds the country.</para>
/// <para><see cref="World"/> (<c>WLD</c>) is the partner code used for a country's trade with the whole world.</para>
/// </remarks>
public readonly struct CountryCode : IEquatable<CountryCode>, IComparable<CountryCode>, ISpanFormattable
{
    private readonly int packed;

    private CountryCode(int packed) => this.packed = packed;

    /// <summary>The pseudo-code <c>WLD</c>: the world as a trade partner (not a country).</summary>
    public static CountryCode World { get; } = FromAlpha3Unchecked("WLD");

    /// <summary>China (<c>CHN</c>), the partner of every bilateral record in BriData.</summary>
    public static CountryCode China { get; } = FromAlpha3Unchecked("CHN");

    /// <summary>True for the default value, which holds no code.</summary>
    public bool IsEmpty => packed == 0;

    /// <summary>The alpha-3 code, upper case (for example <c>PER</c>); an empty string for the default value.</summary>
    public string Alpha3 => packed == 0 ? string.Empty : string.Create(3, packed, static (span, p) =>
    {
        span[0] = (char)((p >> 16) & 0xFF);
        span[1] = (char)((p >> 8) & 0xFF);
        span[2] = (char)(p & 0xFF);
    });

    /// <summary>The alpha-2 code (for example <c>PE</c>), or null when the code is not in BriData's ISO table.</summary>
    public string? Alpha2 => IsoCountryTable.TryGetByAlpha3(this, out var row) ? row.Alpha2 : null;

    /// <summary>The ISO numeric code (for example 604), or null when the code is not in BriData's ISO table.</summary>
    public int? Numeric => IsoCountryTable.TryGetByAlpha3(this, out var row) ? row.Numeric : null;

    /// <summary>A dense index 0..17575 of the three letters, used by lookup tables. -1 for the default value.</summary>
    internal int DenseIndex => packed == 0
        ? -1
        : ((((packed >> 16) & 0xFF) - 'A') * 676) + ((((packed >> 8) & 0xFF) - 'A') * 26) + ((packed & 0xFF) - 'A');

    /// <summary>Parses an alpha-3, alpha-2 or numeric code (see the remarks on <see cref="CountryCode"/>).</summary>
    /// <param name="text">The code, for example <c>"PER"</c>, <c>"pe"</c> or <c>"604"</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a well-formed code, or an alpha-2/numeric code is unknown.</exception>
    public static CountryCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text.AsSpan(), out var code, out var reason))
        {
            return code;
        }

        throw new FormatException($"'{text}' is not a valid country code: {reason}");
    }

    /// <summary>Tries to parse an alpha-3, alpha-2 or numeric code; false (and the default value) when it fails.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out CountryCode code)
    {
        if (text is null)
        {
            code = default;
            return false;
        }

        return TryParse(text.AsSpan(), out code, out _);
    }

    /// <summary>Tries to parse a code from a span without allocating; false (and the default value) when it fails.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out CountryCode code) => TryParse(text, out code, out _);

    private static bool TryParse(ReadOnlySpan<char> text, out CountryCode code, out string reason)
    {
        code = default;
        if (text.Length == 3 && IsAsciiLetter(text[0]) && IsAsciiLetter(text[1]) && IsAsciiLetter(text[2]))
        {
            code = new CountryCode((Upper(text[0]) << 16) | (Upper(text[1]) << 8) | Upper(text[2]));
            reason = string.Empty;
            return true;
        }

        if (text.Length == 2 && IsAsciiLetter(text[0]) && IsAsciiLetter(text[1]))
        {
            if (IsoCountryTable.TryGetByAlpha2(Upper(text[0]), Upper(text[1]), out code))
            {
                reason = string.Empty;
                return true;
            }

            reason = "the alpha-2 code is not one of the 34 countries BriData covers";
            return false;
        }

        if (text.Length is >= 1 and <= 3 && AllAsciiDigits(text))
        {
            var number = int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
            if (IsoCountryTable.TryGetByNumeric(number, out code))
            {
                reason = string.Empty;
                return true;
            }

            reason = "the numeric code is not one of the 34 countries BriData covers";
            return false;
        }

        reason = "expected three letters (alpha-3), two letters (alpha-2) or one to three digits (numeric), without spaces";
        return false;
    }

    internal static CountryCode FromAlpha3Unchecked(string alpha3) =>
        new((alpha3[0] << 16) | (alpha3[1] << 8) | alpha3[2]);

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static int Upper(char c) => c & ~0x20;

    private static bool AllAsciiDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public bool Equals(CountryCode other) => packed == other.packed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => packed;

    /// <summary>Orders codes alphabetically by their alpha-3 letters.</summary>
    public int CompareTo(CountryCode other) => packed.CompareTo(other.packed);

    /// <summary>The alpha-3 code.</summary>
    public override string ToString() => Alpha3;

    /// <summary>The alpha-3 code; the format and provider are ignored.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => Alpha3;

    /// <summary>Writes the alpha-3 code into <paramref name="destination"/> without allocating.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (packed == 0)
        {
            charsWritten = 0;
            return true;
        }

        if (destination.Length < 3)
        {
            charsWritten = 0;
            return false;
        }

        destination[0] = (char)((packed >> 16) & 0xFF);
        destination[1] = (char)((packed >> 8) & 0xFF);
        destination[2] = (char)(packed & 0xFF);
        charsWritten = 3;
        return true;
    }

    /// <summary>True when both codes are equal.</summary>
    public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);

    /// <summary>True when the codes differ.</summary>
    public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);

    /// <summary>Alphabetical order of the alpha-3 letters.</summary>
    public static bool operator <(CountryCode left, CountryCode right) => left.packed < right.packed;

    /// <summary>Alphabetical order of the alpha-3 letters.</summary>
    public static bool operator >(CountryCode left, CountryCode right) => left.packed > right.packed;

    /// <summary>Alphabetical order of the alpha-3 letters.</summary>
    public static bool operator <=(CountryCode left, CountryCode right) => left.packed <= right.packed;

    /// <summary>Alphabetical order of the alpha-3 letters.</summary>
    public static bool operator >=(CountryCode left, CountryCode right) => left.packed >= right.packed;
}
