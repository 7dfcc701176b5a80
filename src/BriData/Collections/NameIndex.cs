namespace BriData;

/// <summary>The folded-name index behind <see cref="CountryCollection.Resolve"/> and <see cref="CountryCollection.Search"/>.</summary>
internal sealed class NameIndex
{
    private readonly Dictionary<string, Country[]> byName;
    private readonly Dictionary<string, Country[]>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private readonly Dictionary<string, Country[]>.AlternateLookup<ReadOnlySpan<char>> byExactSpan;
    private readonly (string Folded, string Name, Country Country)[] all;

    internal readonly record struct Outcome(Country? Country, IReadOnlyList<Country>? Ambiguous);

    public NameIndex(IReadOnlyList<Country> countries)
    {
        var groups = new Dictionary<string, List<Country>>(NameFolding.Instance);
        var list = new List<(string, string, Country)>();
        foreach (var country in countries)
        {
            foreach (var name in NamesOf(country))
            {
                if (NameFolding.FoldToString(name).Length == 0)
                {
                    continue;
                }

                if (!groups.TryGetValue(name, out var owners))
                {
                    groups[name] = owners = [];
                }

                if (!owners.Contains(country))
                {
                    owners.Add(country);
                }

                list.Add((NameFolding.FoldToString(name), name, country));
            }
        }

        byName = groups.ToDictionary(g => g.Key, g => g.Value.ToArray(), NameFolding.Instance);
        bySpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();

        // Fast path for text typed exactly as the data spells it (ordinal hashing is cheaper than folding).
        var exact = new Dictionary<string, Country[]>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            foreach (var name in NamesOf(country))
            {
                if (bySpan.TryGetValue(name.AsSpan(), out var owners))
                {
                    exact.TryAdd(name, owners);
                }
            }
        }

        byExactSpan = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        all = list.ToArray();
    }

    /// <summary>Every name a country answers to: English, official, four languages, aliases, former names.</summary>
    internal static IEnumerable<string> NamesOf(Country c)
    {
        yield return c.Name;
        yield return c.OfficialName;
        yield return c.Names.English;
        yield return c.Names.Spanish;
        yield return c.Names.Portuguese;
        yield return c.Names.Chinese;
        foreach (var a in c.Aliases)
        {
            yield return a;
        }

        foreach (var f in c.FormerNames)
        {
            yield return f;
        }
    }

    public Outcome Lookup(ReadOnlySpan<char> text, CountryCollection countries)
    {
        var trimmed = text.Trim();
        if (trimmed.Length is >= 1 and <= 3 && CountryCode.TryParse(trimmed, out var code) && countries.TryGet(code, out var byCode))
        {
            return new Outcome(byCode, null);
        }

        if (byExactSpan.TryGetValue(trimmed, out var owners) || bySpan.TryGetValue(trimmed, out owners))
        {
            return owners.Length == 1 ? new Outcome(owners[0], null) : new Outcome(null, owners);
        }

        return default;
    }

    /// <summary>
    /// The distinct countries (in code order) that have a name starting with the folded <paramref name="text"/>;
    /// empty when the folded text is shorter than two characters.
    /// </summary>
    public IReadOnlyList<Country> CountriesStartingWith(string text)
    {
        var folded = NameFolding.FoldToString(text);
        if (folded.Length < 2)
        {
            return [];
        }

        return all
            .Where(n => n.Folded.StartsWith(folded, StringComparison.Ordinal))
            .Select(n => n.Country)
            .DistinctBy(c => c.Code)
            .OrderBy(c => c.Code)
            .ToArray();
    }

    public IReadOnlyList<CountryMatch> Search(string query, int maxResults)
    {
        var folded = NameFolding.FoldToString(query);
        if (folded.Length == 0)
        {
            return [];
        }

        var best = new Dictionary<CountryCode, CountryMatch>();
        foreach (var (name, original, country) in all)
        {
            var score = NameScoring.Score(folded, name);
            if (score <= 0)
            {
                continue;
            }

            if (!best.TryGetValue(country.Code, out var current) || current.Score < score)
            {
                best[country.Code] = new CountryMatch(country, original, score);
            }
        }

        return best.Values
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Country.Code)
            .Take(maxResults)
            .ToArray();
    }
}
