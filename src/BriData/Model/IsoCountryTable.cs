namespace BriData;

/// <summary>
/// ISO 3166-1 alpha-3, alpha-2 and numeric codes of the 34 countries BriData covers, transcribed from the
/// un-m49-country-codes source (datasets/country-codes). A data test checks this table against the embedded
/// country records, so the two cannot drift apart.
/// </summary>
internal static class IsoCountryTable
{
    internal readonly record struct Row(string Alpha3, string Alpha2, int Numeric);

    internal static readonly Row[] Rows =
    [
        new("ARG", "AR", 32),
        new("ATG", "AG", 28),
        new("BHS", "BS", 44),
        new("BLZ", "BZ", 84),
        new("BOL", "BO", 68),
        new("BRA", "BR", 76),
        new("BRB", "BB", 52),
        new("CHL", "CL", 152),
        new("CHN", "CN", 156),
        new("COL", "CO", 170),
        new("CRI", "CR", 188),
        new("CUB", "CU", 192),
        new("DMA", "DM", 212),
        new("DOM", "DO", 214),
        new("ECU", "EC", 218),
        new("GRD", "GD", 308),
        new("GTM", "GT", 320),
        new("GUY", "GY", 328),
        new("HND", "HN", 340),
        new("HTI", "HT", 332),
        new("JAM", "JM", 388),
        new("KNA", "KN", 659),
        new("LCA", "LC", 662),
        new("MEX", "MX", 484),
        new("NIC", "NI", 558),
        new("PAN", "PA", 591),
        new("PER", "PE", 604),
        new("PRY", "PY", 600),
        new("SLV", "SV", 222),
        new("SUR", "SR", 740),
        new("TTO", "TT", 780),
        new("URY", "UY", 858),
        new("VCT", "VC", 670),
        new("VEN", "VE", 862),
    ];

    private static readonly Dictionary<int, CountryCode> ByAlpha2 = Rows.ToDictionary(r => (r.Alpha2[0] << 8) | r.Alpha2[1], r => CountryCode.FromAlpha3Unchecked(r.Alpha3));
    private static readonly Dictionary<int, CountryCode> ByNumeric = Rows.ToDictionary(r => r.Numeric, r => CountryCode.FromAlpha3Unchecked(r.Alpha3));
    private static readonly Dictionary<CountryCode, Row> ByAlpha3 = Rows.ToDictionary(r => CountryCode.FromAlpha3Unchecked(r.Alpha3));

    internal static bool TryGetByAlpha2(int upper0, int upper1, out CountryCode code) => ByAlpha2.TryGetValue((upper0 << 8) | upper1, out code);

    internal static bool TryGetByNumeric(int numeric, out CountryCode code) => ByNumeric.TryGetValue(numeric, out code);

    internal static bool TryGetByAlpha3(CountryCode alpha3, out Row row) => ByAlpha3.TryGetValue(alpha3, out row);
}
