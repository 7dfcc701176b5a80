namespace BriData;

/// <summary>
/// A record that falls in one calendar year. The generic filters <see cref="RecordFilters.InYear{T}"/> and
/// <see cref="RecordFilters.InYears{T}"/> work on every such record.
/// </summary>
/// <remarks>
/// The year is the trade, indicator or AidData country-year row's year, the finance record's commitment year, the
/// investment's year, the policy event's year (null for an event whose date is not known) and the published figure's
/// year when its period lies within one calendar year (null for a period over several years).
/// </remarks>
public interface IHasYear
{
    /// <summary>The calendar year of the record; null when the record's date is unknown.</summary>
    int? Year { get; }
}
