using static BriData.Loading.Embedded.EmbeddedJson;

namespace BriData.Loading.Embedded.Readers;

/// <summary>Reads a <see cref="TradeRecord"/> of the embedded <c>trade.json</c>.</summary>
internal static class TradeRecordReader
{
    private const string Where = "trade record";

    public static TradeRecord Read(ref EmbeddedJsonReader r, StringPool s)
    {
        CountryCode? reporter = null, partner = null;
        TradeFlow? flow = null;
        int? year = null;
        decimal? value = null;
        bool? isEstimate = null;
        IReadOnlyList<string>? sourceIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Where))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "reporter": reporter = Country(ref r); break;
                case "partner": partner = Country(ref r); break;
                case "flow": flow = Enum<TradeFlow>(ref r); break;
                case "year": year = Int(ref r); break;
                case "valueUsdMillions": value = Decimal(ref r); break;
                case "isEstimate": isEstimate = Bool(ref r); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Where);
            }
        }

        return new TradeRecord
        {
            Reporter = reporter ?? throw Missing(Where, "reporter"),
            Partner = partner ?? throw Missing(Where, "partner"),
            Flow = flow ?? throw Missing(Where, "flow"),
            Year = year ?? throw Missing(Where, "year"),
            ValueUsdMillions = value ?? throw Missing(Where, "valueUsdMillions"),
            IsEstimate = isEstimate ?? throw Missing(Where, "isEstimate"),
            SourceIds = sourceIds ?? throw Missing(Where, "sourceIds"),
        };
    }
}
