namespace BriData;

/// <summary>
/// A record about one Latin American or Caribbean state, or about none (region-wide). The generic filters
/// <see cref="RecordFilters.InCountry{T}"/>, <see cref="RecordFilters.InCountries{T}(IEnumerable{T}, IEnumerable{CountryCode})"/>,
/// <see cref="RecordFilters.InRegion{T}"/> and <see cref="RecordFilters.RegionWide{T}"/> work on every such record.
/// </summary>
/// <remarks>
/// The state is the policy event's, claim's or published figure's country (null when region-wide or regional), the finance record's recipient,
/// and the country of an investment, project, indicator row, AidData country-year or trade highlight. Trade records
/// (a reporter and a partner) and initiatives (several states) are about more than one state and have their own
/// <c>InCountry</c>.
/// </remarks>
public interface IHasCountry
{
    /// <summary>The state the record is about; null when it is about the region as a whole.</summary>
    CountryCode? Country { get; }
}
