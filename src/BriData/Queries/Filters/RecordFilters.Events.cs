namespace BriData;

// The filters that belong to the events set alone (see RecordFilters.cs for those by country and year).

public static partial class RecordFilters
{
    /// <summary>Events of any of the given kinds.</summary>
    /// <exception cref="ArgumentException">No kind is given.</exception>
    public static IEnumerable<PolicyEvent> OfKind(this IEnumerable<PolicyEvent> events, params PolicyEventKind[] kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        if (kinds.Length == 0)
        {
            throw new ArgumentException("Give at least one event kind.", nameof(kinds));
        }

        var set = kinds.ToHashSet();
        return FilterArguments.NoNulls(events, nameof(events)).Where(e => set.Contains(e.Kind));
    }

    /// <summary>Events on a policy track (relations, Belt and Road, free trade, AIIB, regional dialogue).</summary>
    public static IEnumerable<PolicyEvent> OnTrack(this IEnumerable<PolicyEvent> events, PolicyTrack track) =>
        FilterArguments.NoNulls(events, nameof(events)).Where(e => e.Track == track);

    /// <summary>Events that certainly happened on or before <paramref name="asOf"/> (see <see cref="AsOfRule"/>); undated events never match.</summary>
    public static IEnumerable<PolicyEvent> AsOf(this IEnumerable<PolicyEvent> events, DateOnly asOf) =>
        FilterArguments.NoNulls(events, nameof(events)).Where(e => AsOfRule.HappenedBy(e.Date, asOf));
}
