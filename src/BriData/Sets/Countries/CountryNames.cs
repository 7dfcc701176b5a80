namespace BriData;

/// <summary>
/// Country names from any record's country code without unwrapping or a dataset at hand:
/// <c>e.Country.CountryName</c> works for a <see cref="CountryCode"/> and for a <c>CountryCode?</c> alike.
/// Names come from the embedded countries (<see cref="BriDataset.Default"/>), which cover the 33 Latin American and
/// Caribbean states and China.
/// </summary>
public static class CountryNames
{
    /// <param name="code">The code.</param>
    extension(CountryCode code)
    {
        /// <summary>
        /// The English short name of the country (for example "Peru" for PER), from the embedded countries; null
        /// when they hold no such country (an empty code, <see cref="CountryCode.World"/>, a state outside LAC).
        /// </summary>
        public string? CountryName => BriDataset.Default.Countries.TryGet(code, out var country) ? country.Name : null;
    }

    /// <param name="code">The code, or null for a record that names no country (for example a region-wide claim).</param>
    extension(CountryCode? code)
    {
        /// <summary>
        /// The English short name of the country (for example "Peru" for PER), from the embedded countries; null
        /// when the code is null (a record about the whole region or no country) or the embedded countries hold
        /// no such country.
        /// </summary>
        public string? CountryName => code is CountryCode c && BriDataset.Default.Countries.TryGet(c, out var country) ? country.Name : null;
    }
}
