using System.Text;

namespace BriData;

/// <summary>
/// Enum members (and other PascalCase identifiers) as words, the one helper every display uses:
/// <c>ConstructionStarted</c> → "construction started", <c>FtaInForce</c> → "FTA in force",
/// <c>PeoplesRepublicOfChina</c> → "People's Republic of China". Acronyms BriData uses stay upper case and place
/// names keep their capital.
/// </summary>
internal static class EnumWords
{
    private static readonly string[] Acronyms = ["PRC", "BRI", "FTA", "AIIB", "CELAC", "HS", "ID", "USD", "IMF", "LAC", "FOB", "CIF"];

    private static readonly string[] ProperNouns = ["China", "Taipei", "Latin", "America", "Caribbean"];

    private static readonly Dictionary<string, string> WholeNames = new(StringComparer.Ordinal)
    {
        ["PeoplesRepublicOfChina"] = "People's Republic of China",
    };

    /// <summary>The identifier as lower-case words, acronyms and place names kept: "construction started".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="identifier"/> is null.</exception>
    public static string Words(string identifier) => Join(identifier, capitalFirst: false);

    /// <summary>The identifier as words in sentence case: "Construction started", "FTA in force".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="identifier"/> is null.</exception>
    public static string Sentence(string identifier) => Join(identifier, capitalFirst: true);

    /// <summary>
    /// A text value as words when it is a compound PascalCase identifier (an enum member written by name, such as
    /// "ExportsFob" → "exports FOB"); any other text (codes like "PER", years, ids, booleans, single words) unchanged.
    /// </summary>
    /// <remarks>Null stays null.</remarks>
    public static string? WordsIfIdentifier(string? value) => value is not null && IsCompoundIdentifier(value) ? Words(value) : value;

    private static bool IsCompoundIdentifier(string value)
    {
        if (value.Length < 2 || !char.IsAsciiLetterUpper(value[0]))
        {
            return false;
        }

        var humps = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }

            if (i > 0 && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(value[i - 1]))
            {
                humps++;
            }
        }

        return humps > 0;
    }

    private static string Join(string identifier, bool capitalFirst)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        if (WholeNames.TryGetValue(identifier, out var whole))
        {
            return whole;
        }

        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= identifier.Length; i++)
        {
            if (i == identifier.Length || (char.IsAsciiLetterUpper(identifier[i]) && !char.IsAsciiLetterUpper(identifier[i - 1])))
            {
                words.Add(identifier[start..i]);
                start = i;
            }
        }

        var text = new StringBuilder(identifier.Length + words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length == 0)
            {
                continue;
            }

            var acronym = Array.Find(Acronyms, a => string.Equals(a, word, StringComparison.OrdinalIgnoreCase));
            if (i > 0)
            {
                text.Append(' ');
            }

            if (acronym is not null)
            {
                text.Append(acronym);
            }
            else if (Array.Exists(ProperNouns, n => string.Equals(n, word, StringComparison.Ordinal)))
            {
                text.Append(word);
            }
            else if (i == 0 && capitalFirst)
            {
                text.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1).ToString().ToLowerInvariant());
            }
            else
            {
                text.Append(word.ToLowerInvariant());
            }
        }

        return text.ToString();
    }
}
