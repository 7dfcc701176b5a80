using static BriData.Loading.Embedded.EmbeddedJson;

namespace BriData.Loading.Embedded.Readers;

/// <summary>Reads a <see cref="Country"/> (and its <see cref="LocalizedNames"/>) of the embedded <c>countries.json</c>.</summary>
internal static class CountryReader
{
    private const string Where = "country";

    public static Country Read(ref EmbeddedJsonReader r, StringPool s)
    {
        CountryCode? code = null;
        string? alpha2 = null, countryName = null, officialName = null, region = null, subregion = null, intermediateRegion = null;
        string? capital = null, currencyCode = null, currencyName = null;
        int? numeric = null;
        bool? isLac = null;
        LocalizedNames? names = null;
        IReadOnlyList<string>? aliases = null, formerNames = null, sourceIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Where))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "code": code = Country(ref r); break;
                case "alpha2": alpha2 = String(ref r, s); break;
                case "numeric": numeric = Int(ref r); break;
                case "name": countryName = String(ref r, s); break;
                case "officialName": officialName = String(ref r, s); break;
                case "names": names = Object(ref r, s, ReadNames); break;
                case "aliases": aliases = Strings(ref r, s); break;
                case "formerNames": formerNames = Strings(ref r, s); break;
                case "region": region = String(ref r, s); break;
                case "subregion": subregion = String(ref r, s); break;
                case "intermediateRegion": intermediateRegion = StringOrNull(ref r, s); break;
                case "isLatinAmericaAndCaribbean": isLac = Bool(ref r); break;
                case "capital": capital = String(ref r, s); break;
                case "currencyCode": currencyCode = String(ref r, s); break;
                case "currencyName": currencyName = String(ref r, s); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Where);
            }
        }

        return new Country
        {
            Code = code ?? throw Missing(Where, "code"),
            Alpha2 = alpha2 ?? throw Missing(Where, "alpha2"),
            Numeric = numeric ?? throw Missing(Where, "numeric"),
            Name = countryName ?? throw Missing(Where, "name"),
            OfficialName = officialName ?? throw Missing(Where, "officialName"),
            Names = names ?? throw Missing(Where, "names"),
            Aliases = aliases ?? throw Missing(Where, "aliases"),
            FormerNames = formerNames ?? throw Missing(Where, "formerNames"),
            Region = region ?? throw Missing(Where, "region"),
            Subregion = subregion ?? throw Missing(Where, "subregion"),
            IntermediateRegion = intermediateRegion,
            IsLatinAmericaAndCaribbean = isLac ?? throw Missing(Where, "isLatinAmericaAndCaribbean"),
            Capital = capital ?? throw Missing(Where, "capital"),
            CurrencyCode = currencyCode ?? throw Missing(Where, "currencyCode"),
            CurrencyName = currencyName ?? throw Missing(Where, "currencyName"),
            SourceIds = sourceIds ?? throw Missing(Where, "sourceIds"),
        };
    }

    private static LocalizedNames ReadNames(ref EmbeddedJsonReader r, StringPool s)
    {
        const string Names = "country names";
        string? english = null, spanish = null, portuguese = null, chinese = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Names))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "english": english = String(ref r, s); break;
                case "spanish": spanish = String(ref r, s); break;
                case "portuguese": portuguese = String(ref r, s); break;
                case "chinese": chinese = String(ref r, s); break;
                default: throw Unknown(ref r, Names);
            }
        }

        return new LocalizedNames
        {
            English = english ?? throw Missing(Names, "english"),
            Spanish = spanish ?? throw Missing(Names, "spanish"),
            Portuguese = portuguese ?? throw Missing(Names, "portuguese"),
            Chinese = chinese ?? throw Missing(Names, "chinese"),
        };
    }
}
