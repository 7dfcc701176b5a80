namespace BriData.Loading;

/// <summary>
/// Copies records so that every list they expose is a fresh read-only <see cref="ValueList{T}"/> over a private
/// array (so records compare by value, lists included): nobody (not the deserializer, not the caller of <see cref="BriDataset.Create(BriDatasetContent)"/>) keeps
/// a reference through which a shared dataset could be changed. Null lists and null items are kept as they are so
/// that the validator can report them.
/// </summary>
internal static class RecordFreezer
{
    public static BriDatasetContent Freeze(BriDatasetContent c) => Freeze(c, consumeOwned: false);

    /// <summary>
    /// As <see cref="Freeze(BriDatasetContent)"/>; with <paramref name="consumeOwned"/>, the sets' top-level lists are
    /// lists the caller owns (a loader's as-read records, never a user's) and each slot is cleared once its record is
    /// copied, so that the as-read records become garbage while the frozen ones are made: a load never holds a whole set
    /// twice (issue 14, peak memory).
    /// </summary>
    public static BriDatasetContent Freeze(BriDatasetContent c, bool consumeOwned)
    {
        // Set by set, from the one list of sets: each descriptor knows how to freeze its records.
        foreach (var set in DataSets.All)
        {
            c = set.Frozen(c, consumeOwned);
        }

        return c;
    }

    /// <summary>A read-only copy of <paramref name="list"/> with each item frozen; null stays null.</summary>
    public static IReadOnlyList<T> List<T>(IReadOnlyList<T>? list, Func<T, T> freeze, bool consumeOwned = false)
        where T : class?
    {
        if (list is null)
        {
            return null!;
        }

        var owned = consumeOwned ? list as List<T> : null;
        var copy = new T[list.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            var item = list[i];
            copy[i] = item is null ? item : freeze(item);
            if (owned is not null)
            {
                owned[i] = default!;
            }
        }

        return new ValueList<T>(copy);
    }

    /// <summary>A read-only copy of a list of values; null stays null.</summary>
    public static IReadOnlyList<T> Values<T>(IReadOnlyList<T>? list)
    {
        if (list is null)
        {
            return null!;
        }

        return new ValueList<T>(list.ToArray());
    }

    public static Country Freeze(Country r) => r with { Aliases = Values(r.Aliases), FormerNames = Values(r.FormerNames), SourceIds = Values(r.SourceIds) };

    public static PolicyEvent Freeze(PolicyEvent r) => r with
    {
        AlternativeDates = List(r.AlternativeDates, a => a with { SourceIds = Values(a.SourceIds) }),
        SourceIds = Values(r.SourceIds),
    };

    public static TradeRecord Freeze(TradeRecord r) => r with { SourceIds = Values(r.SourceIds) };

    public static CountryYearIndicators Freeze(CountryYearIndicators r) => r with { SourceIds = Values(r.SourceIds) };

    public static FinanceRecord Freeze(FinanceRecord r) => r with
    {
        LinkedRecordIds = Values(r.LinkedRecordIds),
        OsmLinks = Values(r.OsmLinks),
        SourceIds = Values(r.SourceIds),
    };

    public static InvestmentRecord Freeze(InvestmentRecord r) => r with { SourceIds = Values(r.SourceIds) };

    public static FlagshipProject Freeze(FlagshipProject r) => r with
    {
        Builders = Values(r.Builders),
        Financiers = Values(r.Financiers),
        Milestones = List(r.Milestones, m => m with { SourceIds = Values(m.SourceIds) }),
        Measures = List(r.Measures, m => m with { SourceIds = Values(m.SourceIds) }),
        Cost = r.Cost is null ? null : r.Cost with { SourceIds = Values(r.Cost.SourceIds) },
        FinanceRecordIds = Values(r.FinanceRecordIds),
        InvestmentRecordIds = Values(r.InvestmentRecordIds),
        SourceIds = Values(r.SourceIds),
    };

    public static Initiative Freeze(Initiative r) => r with { Countries = Values(r.Countries), SourceIds = Values(r.SourceIds) };

    public static TradeHighlight Freeze(TradeHighlight r) => r with { SourceIds = Values(r.SourceIds) };

    public static Claim Freeze(Claim r) => r with { SourceIds = Values(r.SourceIds) };

    public static Source Freeze(Source r) => r;

    public static PublishedFigure Freeze(PublishedFigure r) => r with { SourceIds = Values(r.SourceIds) };

    public static AidDataCountryYear Freeze(AidDataCountryYear r) => r with { SourceIds = Values(r.SourceIds) };
}
