using System.Globalization;
using System.Text;

namespace BriData;

/// <summary>
/// Compares names the way people type them: case-insensitive, accent-insensitive, ignoring spaces and
/// punctuation ("Perú" = "peru", "Bahamas, The" = "bahamas the"). Works char by char without allocating.
/// </summary>
internal sealed class NameFolding : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static readonly NameFolding Instance = new();

    // Folded form of U+0000..U+024F: 0 = skip the char, otherwise the lower-case base letter or digit.
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            if (!char.IsLetterOrDigit(ch))
            {
                continue;
            }

            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed[0];
            table[c] = char.ToLowerInvariant(baseChar);
        }

        // Letters that do not decompose but have an obvious base.
        table['ß'] = 's';
        table['ø'] = 'o';
        table['Ø'] = 'o';
        table['đ'] = 'd';
        table['Đ'] = 'd';
        table['ł'] = 'l';
        table['Ł'] = 'l';
        return table;
    }

    /// <summary>Folds one char: 0 means "ignore it" (spaces, punctuation, combining marks).</summary>
    internal static char Fold(char c)
    {
        if (c < Table.Length)
        {
            return Table[c];
        }

        if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.OtherPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
            or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.Format)
        {
            return '\0';
        }

        // Full-width ASCII letters and digits fold to ASCII.
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return Fold((char)(c - 0xFEE0));
        }

        return char.ToLowerInvariant(c);
    }

    /// <summary>The folded form of a name, as a new string (used when building indexes and for display).</summary>
    internal static string FoldToString(ReadOnlySpan<char> name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            var f = Fold(c);
            if (f != '\0')
            {
                builder.Append(f);
            }
        }

        return builder.ToString();
    }

    public bool Equals(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return ReferenceEquals(x, y);
        }

        return Equals(x.AsSpan(), y);
    }

    public int GetHashCode(string obj) => GetHashCode(obj.AsSpan());

    public bool Equals(ReadOnlySpan<char> alternate, string other)
    {
        int i = 0, j = 0;
        while (true)
        {
            var a = NextFolded(alternate, ref i);
            var b = NextFolded(other.AsSpan(), ref j);
            if (a != b)
            {
                return false;
            }

            if (a == '\0')
            {
                return true;
            }
        }
    }

    public int GetHashCode(ReadOnlySpan<char> alternate)
    {
        // FNV-1a over the folded chars: deterministic and allocation-free.
        var hash = 2166136261u;
        foreach (var c in alternate)
        {
            var f = Fold(c);
            if (f == '\0')
            {
                continue;
            }

            hash = (hash ^ f) * 16777619u;
        }

        return (int)hash;
    }

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    private static char NextFolded(ReadOnlySpan<char> s, ref int index)
    {
        while (index < s.Length)
        {
            var f = Fold(s[index++]);
            if (f != '\0')
            {
                return f;
            }
        }

        return '\0';
    }
}
