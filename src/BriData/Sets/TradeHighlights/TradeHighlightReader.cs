using static BriData.Loading.Embedded.EmbeddedJson;

namespace BriData.Loading.Embedded.Readers;

/// <summary>Reads a <see cref="TradeHighlight"/> of the embedded <c>trade-highlights.json</c>.</summary>
internal static class TradeHighlightReader
{
    private const string Where = "trade highlight";

    public static TradeHighlight Read(ref EmbeddedJsonReader r, StringPool s)
    {
        string? id = null, product = null, hsCode = null, note = null;
        CountryCode? country = null;
        bool? isExport = null;
        IReadOnlyList<string>? sourceIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Where))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "id": id = String(ref r, s); break;
                case "country": country = Country(ref r); break;
                case "product": product = String(ref r, s); break;
                case "hsCode": hsCode = StringOrNull(ref r, s); break;
                case "isExportToChina": isExport = Bool(ref r); break;
                case "note": note = StringOrNull(ref r, s); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Where);
            }
        }

        return new TradeHighlight
        {
            Id = id ?? throw Missing(Where, "id"),
            Country = country ?? throw Missing(Where, "country"),
            Product = product ?? throw Missing(Where, "product"),
            HsCode = hsCode,
            IsExportToChina = isExport ?? throw Missing(Where, "isExportToChina"),
            Note = note,
            SourceIds = sourceIds ?? throw Missing(Where, "sourceIds"),
        };
    }
}
