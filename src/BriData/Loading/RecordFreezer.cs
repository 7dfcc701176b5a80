namespace BriData.Loading;

/// <summary>
/// Copies records so that every list they expose is a read-only <see cref="ValueList{T}"/> over a private array (so
/// records compare by value, lists included): nobody (not the deserializer, not the caller of
/// <see cref="BriDataset.Create(BriDatasetContent)"/>) keeps a reference through which a shared dataset could be changed.
/// A record whose lists are value lists already (as the CSV and JSON Lines readers build them, or a record of another
/// dataset) cannot change and is kept as it is, not copied. Null lists and null items are kept as they are so that the
/// validator can report them.
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

    /// <summary>
    /// A read-only copy of <paramref name="list"/> with each item frozen; null stays null. A list that is already a
    /// <see cref="ValueList{T}"/> of frozen items (each item frozen is itself) is returned as it is: it cannot change.
    /// </summary>
    public static IReadOnlyList<T> List<T>(IReadOnlyList<T>? list, Func<T, T> freeze, bool consumeOwned = false)
        where T : class?
    {
        if (list is null)
        {
            return null!;
        }

        if (list is ValueList<T> && AllFrozen(list, freeze))
        {
            return list;
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

    /// <summary>
    /// A read-only copy of a list of values; null stays null. A <see cref="ValueList{T}"/> is returned as it is (it
    /// never changes: the CSV and JSON Lines readers build a record's lists as such, so that freezing does not copy it).
    /// </summary>
    public static IReadOnlyList<T> Values<T>(IReadOnlyList<T>? list)
    {
        if (list is null)
        {
            return null!;
        }

        return list as ValueList<T> ?? new ValueList<T>(list.ToArray());
    }

    /// <summary>Whether a list needs no copy to be frozen: null, or already a <see cref="ValueList{T}"/>.</summary>
    private static bool IsFrozen<T>(IReadOnlyList<T>? list) => list is null or ValueList<T>;

    private static bool AllFrozen<T>(IReadOnlyList<T> list, Func<T, T> freeze)
        where T : class?
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is { } item && !ReferenceEquals(freeze(item), item))
            {
                return false;
            }
        }

        return true;
    }

    // Each record is returned as it is when its lists are frozen already (a record read from CSV or JSON Lines, or one
    // of another dataset): records never change, so sharing one is safe, and a load then holds each record once.
    public static Country Freeze(Country r) => IsFrozen(r.Aliases) && IsFrozen(r.FormerNames) && IsFrozen(r.SourceIds)
        ? r
        : r with { Aliases = Values(r.Aliases), FormerNames = Values(r.FormerNames), SourceIds = Values(r.SourceIds) };

    public static PolicyEvent Freeze(PolicyEvent r)
    {
        var dates = List(r.AlternativeDates, Freeze);
        return ReferenceEquals(dates, r.AlternativeDates) && IsFrozen(r.SourceIds) ? r : r with { AlternativeDates = dates, SourceIds = Values(r.SourceIds) };
    }

    public static TradeRecord Freeze(TradeRecord r) => IsFrozen(r.SourceIds) ? r : r with { SourceIds = Values(r.SourceIds) };

    public static CountryYearIndicators Freeze(CountryYearIndicators r) => IsFrozen(r.SourceIds) ? r : r with { SourceIds = Values(r.SourceIds) };

    public static FinanceRecord Freeze(FinanceRecord r) => IsFrozen(r.LinkedRecordIds) && IsFrozen(r.OsmLinks) && IsFrozen(r.SourceIds)
        ? r
        : r with
        {
            LinkedRecordIds = Values(r.LinkedRecordIds),
            OsmLinks = Values(r.OsmLinks),
            SourceIds = Values(r.SourceIds),
        };

    public static InvestmentRecord Freeze(InvestmentRecord r) => IsFrozen(r.SourceIds) ? r : r with { SourceIds = Values(r.SourceIds) };

    public static FlagshipProject Freeze(FlagshipProject r)
    {
        var milestones = List(r.Milestones, Freeze);
        var measures = List(r.Measures, Freeze);
        var cost = r.Cost is null ? null : Freeze(r.Cost);
        return ReferenceEquals(milestones, r.Milestones) && ReferenceEquals(measures, r.Measures) && ReferenceEquals(cost, r.Cost)
            && IsFrozen(r.Builders) && IsFrozen(r.Financiers) && IsFrozen(r.FinanceRecordIds) && IsFrozen(r.InvestmentRecordIds) && IsFrozen(r.SourceIds)
            ? r
            : r with
            {
                Builders = Values(r.Builders),
                Financiers = Values(r.Financiers),
                Milestones = milestones,
                Measures = measures,
                Cost = cost,
                FinanceRecordIds = Values(r.FinanceRecordIds),
                InvestmentRecordIds = Values(r.InvestmentRecordIds),
                SourceIds = Values(r.SourceIds),
            };
    }

    public static Initiative Freeze(Initiative r) => IsFrozen(r.Countries) && IsFrozen(r.SourceIds) ? r : r with { Countries = Values(r.Countries), SourceIds = Values(r.SourceIds) };

    public static TradeHighlight Freeze(TradeHighlight r) => IsFrozen(r.SourceIds) ? r : r with { SourceIds = Values(r.SourceIds) };

    public static Claim Freeze(Claim r) => IsFrozen(r.SourceIds) ? r : r with { SourceIds = Values(r.SourceIds) };

    public static Source Freeze(Source r) => r;

    public static PublishedFigure Freeze(PublishedFigure r) => IsFrozen(r.SourceIds) ? r : r with { SourceIds = Values(r.SourceIds) };

    public static AidDataCountryYear Freeze(AidDataCountryYear r) => IsFrozen(r.SourceIds) ? r : r with { SourceIds = Values(r.SourceIds) };

    private static AlternativeDate Freeze(AlternativeDate a) => IsFrozen(a.SourceIds) ? a : a with { SourceIds = Values(a.SourceIds) };

    private static ProjectMilestone Freeze(ProjectMilestone m) => IsFrozen(m.SourceIds) ? m : m with { SourceIds = Values(m.SourceIds) };

    private static ProjectMeasure Freeze(ProjectMeasure m) => IsFrozen(m.SourceIds) ? m : m with { SourceIds = Values(m.SourceIds) };

    private static ProjectCost Freeze(ProjectCost c) => IsFrozen(c.SourceIds) ? c : c with { SourceIds = Values(c.SourceIds) };
}
