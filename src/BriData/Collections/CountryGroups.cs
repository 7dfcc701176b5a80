namespace BriData;

/// <summary>
/// Records grouped by country, in the order they were added: <c>groups[code]</c> is the records of that country (an
/// empty list when none), like an <see cref="ILookup{TKey, TElement}"/>. Keyed internally by the code's dense index in
/// a <c>Dictionary&lt;int, T[]&gt;</c>, whose code the runtime ships precompiled, where a lookup keyed by the
/// <see cref="CountryCode"/> struct would be compiled at start-up (issue 15).
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
internal sealed class CountryGroups<T>
    where T : class
{
    private readonly Dictionary<int, T[]> groups;

    private CountryGroups(Dictionary<int, T[]> groups) => this.groups = groups;

    /// <summary>The records of <paramref name="country"/>, in order; empty when it has none.</summary>
    public IReadOnlyList<T> this[CountryCode country] => groups.TryGetValue(country.DenseIndex, out var records) ? records : [];

    /// <summary>Groups <paramref name="records"/> by the countries <paramref name="countriesOf"/> gives each (each country once per record).</summary>
    public static CountryGroups<T> Build(IEnumerable<T> records, Func<T, IEnumerable<CountryCode>> countriesOf)
    {
        var lists = new Dictionary<int, List<T>>();
        foreach (var record in records)
        {
            foreach (var country in countriesOf(record))
            {
                if (!lists.TryGetValue(country.DenseIndex, out var list))
                {
                    lists[country.DenseIndex] = list = [];
                }

                // A record naming a country twice is listed once: it would be the group's last record.
                if (list.Count == 0 || !ReferenceEquals(list[^1], record))
                {
                    list.Add(record);
                }
            }
        }

        var groups = new Dictionary<int, T[]>(lists.Count);
        foreach (var (key, list) in lists)
        {
            groups[key] = list.ToArray();
        }

        return new CountryGroups<T>(groups);
    }

    /// <summary>Groups <paramref name="records"/> by the one country <paramref name="countryOf"/> gives each; records without one are left out.</summary>
    public static CountryGroups<T> Build(IEnumerable<T> records, Func<T, CountryCode?> countryOf) =>
        Build(records, r => countryOf(r) is CountryCode code ? [code] : []);
}
