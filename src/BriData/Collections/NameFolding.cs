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

    // Folded form of U+0000..U+024F: \0 = skip the char, otherwise the lower-case base letter or digit. Written out
    // (generated once from the Unicode canonical decompositions, NFD) rather than computed with string.Normalize, so
    // that folding needs no ICU and gives the same results under invariant globalization
    // (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1, common in AOT and container apps). A test checks it against
    // string.Normalize where ICU is present. Letters that do not decompose but have an obvious base (ß, ø, đ, ł)
    // fold to it.
    private const string TableText =
        "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" // U+0000
        + "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" // U+0010
        + "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" // U+0020
        + "0123456789\0\0\0\0\0\0" // U+0030
        + "\0abcdefghijklmno" // U+0040
        + "pqrstuvwxyz\0\0\0\0\0" // U+0050
        + "\0abcdefghijklmno" // U+0060
        + "pqrstuvwxyz\0\0\0\0\0" // U+0070
        + "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" // U+0080
        + "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" // U+0090
        + "\0\0\0\0\0\0\0\0\0\0\u00AA\0\0\0\0\0" // U+00A0
        + "\0\0\0\0\0\u00B5\0\0\0\0\u00BA\0\0\0\0\0" // U+00B0
        + "aaaaaa\u00E6ceeeeiiii" // U+00C0
        + "\u00F0nooooo\0ouuuuy\u00FEs" // U+00D0
        + "aaaaaa\u00E6ceeeeiiii" // U+00E0
        + "\u00F0nooooo\0ouuuuy\u00FEy" // U+00F0
        + "aaaaaaccccccccdd" // U+0100
        + "ddeeeeeeeeeegggg" // U+0110
        + "gggghh\u0127\u0127iiiiiiii" // U+0120
        + "i\u0131\u0133\u0133jjkk\u0138llllll\u0140" // U+0130
        + "\u0140llnnnnnn\u0149\u014B\u014Boooo" // U+0140
        + "oo\u0153\u0153rrrrrrssssss" // U+0150
        + "sstttt\u0167\u0167uuuuuuuu" // U+0160
        + "uuuuwwyyyzzzzzz\u017F" // U+0170
        + "\u0180\u0253\u0183\u0183\u0185\u0185\u0254\u0188\u0188\u0256\u0257\u018C\u018C\u018D\u01DD\u0259" // U+0180
        + "\u025B\u0192\u0192\u0260\u0263\u0195\u0269\u0268\u0199\u0199\u019A\u019B\u026F\u0272\u019E\u0275" // U+0190
        + "oo\u01A3\u01A3\u01A5\u01A5\u0280\u01A8\u01A8\u0283\u01AA\u01AB\u01AD\u01AD\u0288u" // U+01A0
        + "u\u028A\u028B\u01B4\u01B4\u01B6\u01B6\u0292\u01B9\u01B9\u01BA\u01BB\u01BD\u01BD\u01BE\u01BF" // U+01B0
        + "\u01C0\u01C1\u01C2\u01C3\u01C6\u01C6\u01C6\u01C9\u01C9\u01C9\u01CC\u01CC\u01CCaai" // U+01C0
        + "ioouuuuuuuuuu\u01DDaa" // U+01D0
        + "aa\u00E6\u00E6\u01E5\u01E5ggkkoooo\u0292\u0292" // U+01E0
        + "j\u01F3\u01F3\u01F3gg\u0195\u01BFnnaa\u00E6\u00E6\u00F8\u00F8" // U+01F0
        + "aaaaeeeeiiiioooo" // U+0200
        + "rrrruuuusstt\u021D\u021Dhh" // U+0210
        + "\u019E\u0221\u0223\u0223\u0225\u0225aaeeoooooo" // U+0220
        + "ooyy\u0234\u0235\u0236\u0237\u0238\u0239\u2C65\u023C\u023C\u019A\u2C66\u023F" // U+0230
        + "\u0240\u0242\u0242\u0180\u0289\u028C\u0247\u0247\u0249\u0249\u024B\u024B\u024D\u024D\u024F\u024F"; // U+0240

    private static readonly char[] Table = TableText.ToCharArray();

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
