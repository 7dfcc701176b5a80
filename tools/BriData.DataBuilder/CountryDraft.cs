namespace BriData.DataBuilder;

/// <summary>A country being assembled from several sources; importers of other sets add the spellings they meet.</summary>
internal sealed class CountryDraft
{
    public required CountryCode Code { get; init; }
    public required string Alpha2 { get; init; }
    public required int Numeric { get; init; }
    public required string Name { get; init; }
    public required string OfficialName { get; init; }
    public required LocalizedNames Names { get; init; }
    public required string Region { get; init; }
    public required string Subregion { get; init; }
    public string? IntermediateRegion { get; init; }
    public required bool IsLac { get; init; }
    public required string Capital { get; init; }
    public required string CurrencyCode { get; init; }
    public required string CurrencyName { get; init; }
    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    /// <summary>Folded aliases from the UN's own name lists (UNTERM, UNSD): they win a clash with another source's alias.</summary>
    public HashSet<string> AuthoritativeFolded { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> SourceIds { get; } = new(StringComparer.Ordinal);
}

/// <summary>The countries of the build, by code, with the spellings each data publisher uses.</summary>
internal sealed class CountryBook
{
    private readonly Dictionary<CountryCode, CountryDraft> byCode;

    public CountryBook(IEnumerable<CountryDraft> drafts) => byCode = drafts.ToDictionary(d => d.Code);

    public IEnumerable<CountryDraft> Drafts => byCode.Values.OrderBy(d => d.Code);

    public bool Contains(CountryCode code) => byCode.ContainsKey(code);

    /// <summary>Records that <paramref name="sourceId"/> calls country <paramref name="code"/> by <paramref name="name"/>.</summary>
    public void AddSpelling(CountryCode code, string name, string sourceId)
    {
        if (!byCode.TryGetValue(code, out var draft))
        {
            return;
        }

        name = name.Trim();
        if (name.Length > 0 && draft.Aliases.Add(name))
        {
            draft.SourceIds.Add(sourceId);
        }
    }

    /// <summary>The code for a name as a data file spells it, or throws naming the file.</summary>
    public CountryCode CodeForName(string name, string where)
    {
        var folded = NameFoldingAccess.Fold(name);
        var matches = byCode.Values.Where(d => AllNames(d).Any(n => string.Equals(NameFoldingAccess.Fold(n), folded, StringComparison.Ordinal))).ToList();
        return matches.Count == 1
            ? matches[0].Code
            : throw new InvalidDataException($"{where}: country name '{name}' matches {matches.Count} countries");
    }

    private static string[] Canonical(CountryDraft d) => [d.Name, d.OfficialName, d.Names.English, d.Names.Spanish, d.Names.Portuguese, d.Names.Chinese];

    public static IEnumerable<string> AllNames(CountryDraft d) =>
        new[] { d.Name, d.OfficialName, d.Names.English, d.Names.Spanish, d.Names.Portuguese, d.Names.Chinese }.Concat(d.Aliases);

    public IReadOnlyList<Country> Finish(List<string> report)
    {
        // Canonical names (English, official, es/pt/zh) must be unique across countries: a clash is a build error.
        var canonicalOwner = new Dictionary<string, CountryCode>(StringComparer.Ordinal);
        foreach (var d in Drafts)
        {
            foreach (var n in Canonical(d))
            {
                var key = NameFoldingAccess.Fold(n);
                if (canonicalOwner.TryGetValue(key, out var other) && other != d.Code)
                {
                    throw new InvalidDataException($"canonical name '{n}' of {d.Code} is also a canonical name of {other}");
                }

                canonicalOwner[key] = d.Code;
            }
        }

        // An alias that names another country (its canonical name or one of its aliases) is ambiguous or wrong:
        // drop it and report it, never guess.
        var aliasOwners = new Dictionary<string, HashSet<CountryCode>>(StringComparer.Ordinal);
        foreach (var d in Drafts)
        {
            foreach (var a in d.Aliases)
            {
                var key = NameFoldingAccess.Fold(a);
                if (!aliasOwners.TryGetValue(key, out var set))
                {
                    aliasOwners[key] = set = [];
                }

                set.Add(d.Code);
            }
        }

        var result = new List<Country>();
        foreach (var d in Drafts)
        {
            var seen = Canonical(d).Select(NameFoldingAccess.Fold).ToHashSet(StringComparer.Ordinal);
            var aliases = new List<string>();
            foreach (var a in d.Aliases)
            {
                var key = NameFoldingAccess.Fold(a);
                if (key.Length == 0)
                {
                    continue;
                }

                if (canonicalOwner.TryGetValue(key, out var owner) && owner != d.Code)
                {
                    report.Add($"countries: alias '{a}' of {d.Code} dropped: it is the name of {owner}");
                    continue;
                }

                var authoritative = aliasOwners[key].Where(c => byCode[c].AuthoritativeFolded.Contains(key)).ToList();
                if (aliasOwners[key].Count > 1 && authoritative.Count == 1)
                {
                    if (authoritative[0] != d.Code)
                    {
                        report.Add($"countries: alias '{a}' of {d.Code} dropped: the UN name lists give it to {authoritative[0]}");
                        continue;
                    }
                }
                else if (aliasOwners[key].Count > 1)
                {
                    report.Add($"countries: alias '{a}' of {d.Code} dropped: it also names {string.Join(", ", aliasOwners[key].Where(c => c != d.Code).Order())}");
                    continue;
                }

                if (seen.Add(key))
                {
                    aliases.Add(a);
                }
            }

            result.Add(new Country
            {
                Code = d.Code,
                Alpha2 = d.Alpha2,
                Numeric = d.Numeric,
                Name = d.Name,
                OfficialName = d.OfficialName,
                Names = d.Names,
                Aliases = aliases,
                FormerNames = [],
                Region = d.Region,
                Subregion = d.Subregion,
                IntermediateRegion = d.IntermediateRegion,
                IsLatinAmericaAndCaribbean = d.IsLac,
                Capital = d.Capital,
                CurrencyCode = d.CurrencyCode,
                CurrencyName = d.CurrencyName,
                SourceIds = d.SourceIds.ToList(),
            });
        }

        return result;
    }
}
