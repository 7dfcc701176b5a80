namespace BriData;

/// <summary>A ranked result of <see cref="CountryCollection.Search"/>.</summary>
/// <param name="Country">The country.</param>
/// <param name="MatchedName">The name or alias that matched.</param>
/// <param name="Score">0..100, higher is closer: 100 exact (ignoring case, accents and punctuation), 80 prefix, 60 contains, 50 to 40 by edit distance, 35 when the name appears inside the query.</param>
public sealed record CountryMatch(Country Country, string MatchedName, int Score)
{
    /// <summary>For example <c>Peru (PER), matched "Perú", score 100</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Country.Name} ({Country.Code}), matched \"{MatchedName}\", score {Score}");
}
