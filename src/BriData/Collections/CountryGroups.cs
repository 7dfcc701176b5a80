namespace BriData;

/// <summary>
/// Records grouped by country, in the order they were added: <c>groups[code]</c> is the records of that country (an
/// empty list when none), like an <see cref="ILookup{TKey, TElement}"/>. Keyed internally by the code's dense index in
/// a <c>Dictionary&lt;int, T[]&gt;</c>, whose code the runtime ships precompiled, where a lookup keyed by the
/// <see cref="CountryCode"/> struct would be compiled at start-up (issue 15). The builders take plain selectors, not
/// sequences of codes, for the same reason.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class CountryGroups<T>
    where T : class
{
    private readonly Dictionary<int, T[]> groups;

    private CountryGroups(Dictionary<int, List<T>> lists)
    {
        groups = new Dictionary<int, T[]>(lists.Count);
        foreach (var (key, list) in lists)
        {
            groups[key] = list.ToArray();
        }
    }

    /// <summary>The records of <paramref name="country"/>, in order; empty when it has none.</summary>
    public IReadOnlyList<T> this[CountryCode country] => groups.TryGetValue(country.DenseIndex, out var records) ? records : [];

    /// <summary>Groups <paramref name="records"/> by the one country <paramref name="countryOf"/> gives each; records without one are left out.</summary>
    public static CountryGroups<T> Build(IReadOnlyList<T> records, Func<T, CountryCode?> countryOf) =>
        Build(records, countryOf, static _ => null);

    /// <summary>
    /// Groups <paramref name="records"/> under both countries <paramref name="first"/> and <paramref name="second"/> give
    /// each (once when they are the same; a null leaves that side out).
    /// </summary>
    public static CountryGroups<T> Build(IReadOnlyList<T> records, Func<T, CountryCode?> first, Func<T, CountryCode?> second)
    {
        var lists = new Dictionary<int, List<T>>();
        foreach (var record in records)
        {
            Add(lists, first(record), record);
            Add(lists, second(record), record);
        }

        return new CountryGroups<T>(lists);
    }

    /// <summary>Groups <paramref name="records"/> under every country <paramref name="countriesOf"/> lists for each (each once per record).</summary>
    public static CountryGroups<T> Build(IReadOnlyList<T> records, Func<T, IReadOnlyList<CountryCode>> countriesOf)
    {
        var lists = new Dictionary<int, List<T>>();
        foreach (var record in records)
        {
            var countries = countriesOf(record);
            for (var i = 0; i < countries.Count; i++)
            {
                Add(lists, countries[i], record);
            }
        }

        return new CountryGroups<T>(lists);
    }

    /// <summary>Adds <paramref name="record"/> to its country's list, unless it is already that list's last record (a record naming a country twice).</summary>
    private static void Add(Dictionary<int, List<T>> lists, CountryCode? country, T record)
    {
        if (country is not CountryCode code)
        {
            return;
        }

        if (!lists.TryGetValue(code.DenseIndex, out var list))
        {
            lists[code.DenseIndex] = list = [];
        }

        if (list.Count == 0 || !ReferenceEquals(list[^1], record))
        {
            list.Add(record);
        }
    }
}
