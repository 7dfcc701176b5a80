namespace BriData;

/// <summary>A ranked result of <see cref="KeyedRecordList{TKey, T}.Search"/>.</summary>
/// <typeparam name="T">The record type.</typeparam>
/// <param name="Record">The record found.</param>
/// <param name="Key">The record's id, as text.</param>
/// <param name="MatchedName">The id or name that matched (for example a project's name or local name).</param>
/// <param name="Score">0..100, higher is closer, scored as <see cref="CountryCollection.Search"/> scores countries: 100 exact (ignoring case, accents, spaces and punctuation), 80 prefix, 60 contains, 50 to 40 by edit distance, 35 when the name appears inside the query.</param>
public sealed record RecordMatch<T>(T Record, string Key, string MatchedName, int Score)
{
    /// <summary>For example <c>chancay-port, matched "Port of Chancay", score 60</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Key}, matched \"{MatchedName}\", score {Score}");
}
