using System.Globalization;
using System.Text;

namespace BriData.Cli.Arguments;

/// <summary>Text comparison for finding records by a word of their name: folding and edit distance.</summary>
internal static class TextMatch
{
    /// <summary>
    /// Lower case, accents removed, every run of characters other than letters and digits turned into one space,
    /// trimmed: <c>"Puerto de Chancay"</c> → <c>"puerto de chancay"</c>, <c>"São-Paulo"</c> → <c>"sao paulo"</c>.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>True when every word of <paramref name="query"/> (folded) occurs in one of the <paramref name="fields"/> (folded).</summary>
    public static bool ContainsAllWords(string query, params IEnumerable<string?> fields)
    {
        var words = Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var haystack = string.Join(" | ", fields.Where(f => f is not null).Select(f => Fold(f!)));
        return words.Length > 0 && words.All(w => haystack.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The smallest edit distance between the folded query and any word (or the whole) of any field.</summary>
    public static int Distance(string query, params IEnumerable<string?> fields)
    {
        var q = Fold(query);
        var best = int.MaxValue;
        foreach (var field in fields)
        {
            if (field is null)
            {
                continue;
            }

            var folded = Fold(field);
            best = Math.Min(best, Levenshtein(q, folded));
            foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                best = Math.Min(best, Levenshtein(q, word));
            }
        }

        return best;
    }

    /// <summary>The Levenshtein distance (insertions, deletions, substitutions) between two strings.</summary>
    public static int Levenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
