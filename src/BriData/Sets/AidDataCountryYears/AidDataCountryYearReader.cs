using static BriData.Loading.Embedded.EmbeddedJson;

namespace BriData.Loading.Embedded.Readers;

/// <summary>Reads an <see cref="AidDataCountryYear"/> of the embedded <c>aiddata-country-years.json</c>.</summary>
internal static class AidDataCountryYearReader
{
    private const string Where = "aiddata-country-years record";

    public static AidDataCountryYear Read(ref EmbeddedJsonReader r, StringPool s)
    {
        CountryCode? country = null;
        int? year = null;
        decimal? oda = null, oof = null, vague = null, odaAdjusted = null, oofAdjusted = null, vagueAdjusted = null;
        IReadOnlyList<string>? sourceIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Where))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "country": country = Country(ref r); break;
                case "year": year = Int(ref r); break;
                case "odaLikeUsd": oda = Decimal(ref r); break;
                case "oofLikeUsd": oof = Decimal(ref r); break;
                case "vagueOfficialFinanceUsd": vague = Decimal(ref r); break;
                case "odaLikeAdjustedUsd": odaAdjusted = Decimal(ref r); break;
                case "oofLikeAdjustedUsd": oofAdjusted = Decimal(ref r); break;
                case "vagueOfficialFinanceAdjustedUsd": vagueAdjusted = Decimal(ref r); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Where);
            }
        }

        return new AidDataCountryYear
        {
            Country = country ?? throw Missing(Where, "country"),
            Year = year ?? throw Missing(Where, "year"),
            OdaLikeUsd = oda ?? throw Missing(Where, "odaLikeUsd"),
            OofLikeUsd = oof ?? throw Missing(Where, "oofLikeUsd"),
            VagueOfficialFinanceUsd = vague ?? throw Missing(Where, "vagueOfficialFinanceUsd"),
            OdaLikeAdjustedUsd = odaAdjusted ?? throw Missing(Where, "odaLikeAdjustedUsd"),
            OofLikeAdjustedUsd = oofAdjusted ?? throw Missing(Where, "oofLikeAdjustedUsd"),
            VagueOfficialFinanceAdjustedUsd = vagueAdjusted ?? throw Missing(Where, "vagueOfficialFinanceAdjustedUsd"),
            SourceIds = sourceIds ?? throw Missing(Where, "sourceIds"),
        };
    }
}
