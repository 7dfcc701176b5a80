namespace BriData;

/// <summary>A ranked result of <see cref="KeyedRecordList{TKey, T}.Search"/>.</summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class RecordMatch<T>
{
    internal RecordMatch(T record, string key, string matchedName, int score)
    {
        Record = record;
        Key = key;
        MatchedName = matchedName;
        Score = score;
    }

    /// <summary>The record found.</summary>
    public T Record { get; }

    /// <summary>The record's id, as text.</summary>
    public string Key { get; }

    /// <summary>The id or name that matched (for example a project's name or local name).</summary>
    public string MatchedName { get; }

    /// <summary>0..100, higher is closer, scored as <see cref="CountryCollection.Search"/> scores countries: 100 exact (ignoring case, accents, spaces and punctuation), 80 prefix, 60 contains, 50 to 40 by edit distance, 35 when the name appears inside the query.</summary>
    public int Score { get; }

    /// <summary>For example <c>chancay-port, matched "Port of Chancay", score 60</c>.</summary>
    public override string ToString() => FormattableString.Invariant($"{Key}, matched \"{MatchedName}\", score {Score}");
}
