using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace BriData;

/// <summary>
/// Compares names the way people type them: case-insensitive, accent-insensitive, ignoring spaces and
/// punctuation ("Perú" = "peru", "Bahamas, The" = "bahamas the"). Works char by char without allocating.
/// </summary>
/// <remarks>
/// Speed (exact-name resolution is budgeted at 100 ns): ASCII folds through a table, CJK ideographs fold to
/// themselves without a Unicode lookup, equal spans compare with one vectorised call before any folding, and the hash
/// reads only the first and last <see cref="HashedEnds"/> folded chars, so long names hash in constant time. Names
/// that agree on both ends still land in one bucket and are told apart by <see cref="Equals(ReadOnlySpan{char}, string)"/>.
/// </remarks>
internal sealed class NameFolding : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
{
    public static readonly NameFolding Instance = new();

    /// <summary>The number of folded chars hashed at each end of a name.</summary>
    internal const int HashedEnds = 8;

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
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char Fold(char c)
    {
        var table = Table;
        if (c < (uint)table.Length)
        {
            return table[c];
        }

        return FoldRare(c);
    }

    private static char FoldRare(char c)
    {
        // CJK unified ideographs (and extension A) are letters without case: they fold to themselves.
        if (c is >= '\u3400' and <= '\u9FFF')
        {
            return c;
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
        var b = other.AsSpan();
        if (alternate.SequenceEqual(b))
        {
            return true;
        }

        int i = 0, j = 0;
        while (true)
        {
            var x = NextFolded(alternate, ref i);
            var y = NextFolded(b, ref j);
            if (x != y)
            {
                return false;
            }

            if (x == '\0')
            {
                return true;
            }
        }
    }

    public int GetHashCode(ReadOnlySpan<char> alternate)
    {
        // FNV-1a over the first and the last HashedEnds folded chars (they may overlap in a short name): a function of
        // the folded sequence alone, so names equal after folding hash alike. Deterministic and allocation-free.
        var hash = 2166136261u;
        var taken = 0;
        for (var i = 0; i < alternate.Length && taken < HashedEnds; i++)
        {
            var f = Fold(alternate[i]);
            if (f != '\0')
            {
                hash = (hash ^ f) * 16777619u;
                taken++;
            }
        }

        taken = 0;
        for (var i = alternate.Length - 1; i >= 0 && taken < HashedEnds; i--)
        {
            var f = Fold(alternate[i]);
            if (f != '\0')
            {
                hash = (hash ^ f) * 16777619u;
                taken++;
            }
        }

        return (int)hash;
    }

    public string Create(ReadOnlySpan<char> alternate) => alternate.ToString();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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
