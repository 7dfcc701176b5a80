namespace BriData;

/// <summary>
/// A state's status with China on any day, the Belt and Road members on any day, and the timeline of changes,
/// derived from the dated policy events (see <see cref="AsOfRule"/> for partial dates).
/// </summary>
/// <remarks>
/// <para>Rules, applied to a state's dated events in <see cref="PartialDate"/> order (region-wide and undated events are ignored):</para>
/// <list type="bullet">
/// <item>Recognition: relations established or resumed → PRC; Taipei recognised or listed as recognising Taipei
/// → Taipei; relations suspended → no relations with the PRC (unless Taipei is already recorded); relations
/// with Taipei ended while Taipei is recorded → neither (a switch to the PRC recorded the same day or earlier
/// wins). Before any such event the answer is <see cref="DiplomaticRecognition.Unknown"/>: the data does not say.</item>
/// <item>Belt and Road: a memorandum or cooperation plan signed → member (a signed memorandum is taken as in
/// force); a withdrawal ends membership; a refusal while not a member → declined.</item>
/// <item>Free trade and AIIB: the furthest stage reached counts; upgrades of an agreement are tracked apart.</item>
/// </list>
/// </remarks>
public static class StatusQueries
{
    /// <summary>The status of a Latin American or Caribbean state on <paramref name="asOf"/>.</summary>
    /// <param name="data">The dataset.</param>
    /// <param name="country">A state of the dataset other than China.</param>
    /// <param name="asOf">The day.</param>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The dataset has no such country.</exception>
    /// <exception cref="ArgumentException"><paramref name="country"/> is China.</exception>
    public static CountryStatus StatusOf(this BriDataset data, CountryCode country, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        RequireLacCountry(data, country);
        return StatusEngine.StatusOf(country, data.Indexes.EventsByCountry[country], asOf);
    }

    /// <summary>The status of every Latin American and Caribbean state of the dataset on <paramref name="asOf"/>, in code order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static IReadOnlyList<CountryStatus> StatusOfLac(this BriDataset data, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Countries.LatinAmericaAndCaribbean
            .Select(c => StatusEngine.StatusOf(c.Code, data.Indexes.EventsByCountry[c.Code], asOf))
            .ToArray();
    }

    /// <summary>
    /// The Latin American and Caribbean states that are certainly Belt and Road members on <paramref name="asOf"/>
    /// (memorandum signed on or before, not withdrawn), in code order. A state whose memorandum date straddles
    /// the day is left out; ask <see cref="StatusOf"/> for its <see cref="CountryStatus.UncertainTracks"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static IReadOnlyList<Country> BriMembersAsOf(this BriDataset data, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(data);
        return data.Countries.LatinAmericaAndCaribbean
            .Where(c => StatusEngine.StatusOf(c.Code, data.Indexes.EventsByCountry[c.Code], asOf).IsBriMember)
            .ToArray();
    }

    /// <summary>
    /// Every change of status (relations established, suspended, resumed or switched; Belt and Road joined, left
    /// or declined; free trade negotiations, signatures and entry into force; AIIB approval and membership) of
    /// every state, in <see cref="PartialDate"/> order (earliest day denoted, coarser first), then by country.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> is null.</exception>
    public static IReadOnlyList<StatusChange> StatusTimeline(this BriDataset data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var changes = data.Countries.LatinAmericaAndCaribbean
            .SelectMany(c => StatusEngine.Changes(c.Code, data.Indexes.EventsByCountry[c.Code]))
            .ToArray();
        StableSort.Sort(changes, static (a, b) => a.Date.CompareTo(b.Date) is var byDate and not 0 ? byDate : CountryCodeOrder.Instance.Compare(a.Country, b.Country));
        return changes;
    }

    internal static Country RequireLacCountry(BriDataset data, CountryCode country)
    {
        var c = data.Countries.Get(country);
        if (!c.IsLatinAmericaAndCaribbean)
        {
            throw new ArgumentException($"{c} is not a Latin American or Caribbean state; this question is about a state's relations with China.", nameof(country));
        }

        return c;
    }
}
