namespace BriData;

/// <summary>A ranked result of <see cref="CountryCollection.Search"/>.</summary>
public sealed class CountryMatch
{
    internal CountryMatch(Country country, string matchedName, int score)
    {
        Country = country;
        MatchedName = matchedName;
        Score = score;
    }

    /// <summary>The country.</summary>
    public Country Country { get; }

    /// <summary>The name or alias that matched.</summary>
    public string MatchedName { get; }

    /// <summary>0..100, higher is closer: 100 exact (ignoring case, accents and punctuation), 80 prefix, 60 contains, 50 to 40 by edit distance, 35 when the name appears inside the query.</summary>
    public int Score { get; }

    /// <summary>For example <c>Peru (PER), matched "Perú", score 100</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Country.Name} ({Country.Code}), matched \"{MatchedName}\", score {Score}");
}
