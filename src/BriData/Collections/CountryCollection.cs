using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace BriData;

/// <summary>
/// The countries of a dataset, with O(1) lookup by code and name resolution from the data (names in English,
/// Spanish, Portuguese and Chinese, aliases and former names; any case, with or without accents).
/// </summary>
public sealed class CountryCollection : IReadOnlyList<Country>
{
    /// <summary>The longest query <see cref="Search"/> accepts: 256 characters, far above any country name, so that a
    /// hostile query cannot take seconds of CPU (a search costs a few microseconds per character).</summary>
    public const int MaxQueryLength = 256;

    private const int CodeSpace = 26 * 26 * 26;
    private readonly Country[] items;
    private readonly short[] byDenseCode = new short[CodeSpace];
    private readonly Lazy<NameIndex> names;

    internal CountryCollection(IEnumerable<Country> countries)
    {
        items = countries.ToArray();
        for (var i = 0; i < items.Length; i++)
        {
            var dense = items[i].Code.DenseIndex;
            if (dense >= 0 && byDenseCode[dense] == 0)
            {
                byDenseCode[dense] = (short)(i + 1);
            }
        }

        names = new Lazy<NameIndex>(() => new NameIndex(items), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The number of countries (34 in the embedded data).</summary>
    public int Count => items.Length;

    /// <summary>The country at <paramref name="index"/>, in alphabetical order of alpha-3 code.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Count"/>.</exception>
    public Country this[int index] => (uint)index < (uint)items.Length ? items[index] : throw new ArgumentOutOfRangeException(nameof(index), index, FormattableString.Invariant($"The index must be 0..{items.Length - 1}."));

    /// <summary>The 33 Latin American and Caribbean states (every country but China).</summary>
    public IEnumerable<Country> LatinAmericaAndCaribbean => items.Where(c => c.IsLatinAmericaAndCaribbean);

    /// <summary>The country with <paramref name="code"/>. O(1), no allocation.</summary>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    public Country Get(CountryCode code) => TryGet(code, out var country)
        ? country
        : throw new KeyNotFoundException($"No country with code '{code}' in this dataset (it covers the 33 Latin American and Caribbean states and China).");

    /// <summary>The country with an alpha-3, alpha-2 or numeric code (for example "PER", "pe", "604").</summary>
    /// <exception cref="FormatException">The text is not a well-formed code; use <see cref="Resolve"/> for names.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    public Country Get(string code) => Get(CountryCode.Parse(code));

    /// <summary>Looks a country up by code without throwing. O(1), no allocation.</summary>
    public bool TryGet(CountryCode code, [NotNullWhen(true)] out Country? country)
    {
        var dense = code.DenseIndex;
        var slot = dense >= 0 ? byDenseCode[dense] : (short)0;
        country = slot > 0 ? items[slot - 1] : null;
        return country is not null;
    }

    /// <summary>True when the dataset holds the country.</summary>
    public bool Contains(CountryCode code) => TryGet(code, out _);

    /// <summary>
    /// Resolves what a person typed (a code or any known name or alias, any case, with or without accents,
    /// punctuation and spaces ignored) to exactly one country.
    /// </summary>
    /// <remarks>
    /// Only an exact name (after folding case, accents, spaces and punctuation) or a code resolves. Text that is
    /// the beginning of names of several countries ("Dominic": Dominica and the Dominican Republic; "Saint")
    /// is ambiguous; anything else is unknown and the exception suggests the closest names (<see cref="Search"/>),
    /// for example Guyana for "French Guiana", a territory BriData does not cover. BriData never guesses.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrCode"/> is null.</exception>
    /// <exception cref="CountryResolutionException">The name is ambiguous (candidates: every country it may mean) or unknown (candidates: the closest names, possibly none).</exception>
    public Country Resolve(string nameOrCode)
    {
        ArgumentNullException.ThrowIfNull(nameOrCode);
        var outcome = names.Value.Lookup(nameOrCode.AsSpan(), this);
        if (outcome.Country is not null)
        {
            return outcome.Country;
        }

        if (outcome.Ambiguous is not null)
        {
            throw new CountryResolutionException(nameOrCode, true, outcome.Ambiguous);
        }

        var sharedPrefix = names.Value.CountriesStartingWith(nameOrCode);
        if (sharedPrefix.Count > 1)
        {
            throw new CountryResolutionException(nameOrCode, true, sharedPrefix);
        }

        var closest = nameOrCode.Length > MaxQueryLength ? [] : Search(nameOrCode, 3).Select(m => m.Country).Distinct().ToArray();
        throw new CountryResolutionException(nameOrCode, false, closest);
    }

    /// <summary>Resolves a code or name without throwing; false when it is unknown or ambiguous. Allocation-free for exact names.</summary>
    public bool TryResolve(ReadOnlySpan<char> nameOrCode, [NotNullWhen(true)] out Country? country)
    {
        country = names.Value.Lookup(nameOrCode, this).Country;
        return country is not null;
    }

    /// <summary>
    /// Ranked close matches for a possibly misspelled name: exact (100), prefix (80), substring (60), edit
    /// distance up to a third of the length (50 down to 40), a known name inside the query (35, so "French Guiana"
    /// suggests Guyana's Portuguese name "Guiana"). Ties are ordered by code. At most
    /// <paramref name="maxResults"/>, one per country; empty when nothing is close.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxResults"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="query"/> is longer than <see cref="MaxQueryLength"/> characters (the edit distance makes the cost grow with its length).</exception>
    public IReadOnlyList<CountryMatch> Search(string query, int maxResults = 5)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxResults);
        if (query.Length > MaxQueryLength)
        {
            throw new ArgumentException(FormattableString.Invariant($"The query has {query.Length} characters; Search accepts at most {MaxQueryLength}."), nameof(query));
        }

        return names.Value.Search(query, maxResults);
    }

    /// <summary>
    /// The countries of a region, matched against <see cref="Country.IntermediateRegion"/> ("Caribbean",
    /// "Central America", "South America"), <see cref="Country.Subregion"/> ("Latin America and the Caribbean")
    /// or <see cref="Country.Region"/> ("Americas"), ignoring case, accents, spaces and punctuation. In code order.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    /// <exception cref="ArgumentException">No country is in a region of that name; the message lists the known names (see <see cref="RegionNames"/>).</exception>
    public IReadOnlyList<Country> InRegion(string region) => Subregions.Members(this, region);

    /// <summary>Every region name <see cref="InRegion"/> accepts, as the data spells it, sorted ordinally.</summary>
    public IReadOnlyList<string> RegionNames => Subregions.Names(this);

    /// <summary>For example <c>34 countries</c>.</summary>
    public override string ToString() => DisplayFormat.Count(items.Length, "country", "countries");

    /// <summary>Enumerates the countries in alphabetical order of alpha-3 code.</summary>
    public IEnumerator<Country> GetEnumerator() => ((IEnumerable<Country>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
