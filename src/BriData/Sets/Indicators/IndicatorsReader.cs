using static BriData.Loading.Embedded.EmbeddedJson;

namespace BriData.Loading.Embedded.Readers;

/// <summary>Reads a <see cref="CountryYearIndicators"/> of the embedded <c>indicators.json</c>.</summary>
internal static class IndicatorsReader
{
    private const string Where = "indicators record";

    public static CountryYearIndicators Read(ref EmbeddedJsonReader r, StringPool s)
    {
        CountryCode? country = null;
        int? year = null;
        long? population = null;
        decimal? gdp = null;
        IReadOnlyList<string>? sourceIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Where))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "country": country = Country(ref r); break;
                case "year": year = Int(ref r); break;
                case "population": population = LongOrNull(ref r); break;
                case "gdpCurrentUsd": gdp = DecimalOrNull(ref r); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Where);
            }
        }

        return new CountryYearIndicators
        {
            Country = country ?? throw Missing(Where, "country"),
            Year = year ?? throw Missing(Where, "year"),
            Population = population,
            GdpCurrentUsd = gdp,
            SourceIds = sourceIds ?? throw Missing(Where, "sourceIds"),
        };
    }
}
