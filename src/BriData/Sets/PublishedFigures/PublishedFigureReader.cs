using static BriData.Loading.Embedded.EmbeddedJson;

namespace BriData.Loading.Embedded.Readers;

/// <summary>Reads a <see cref="PublishedFigure"/> of the embedded <c>published-figures.json</c>.</summary>
internal static class PublishedFigureReader
{
    private const string Where = "published figure";

    public static PublishedFigure Read(ref EmbeddedJsonReader r, StringPool s)
    {
        string? id = null, publisher = null, note = null;
        MeasureUnit? unit = null;
        PublishedBasis? basis = null;
        PublishedIndicator? indicator = null;
        CountryCode? country = null;
        PartialDate? start = null, end = null;
        decimal? value = null;
        QuantityBound? bound = null;
        IReadOnlyList<string>? sourceIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Where))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "id": id = String(ref r, s); break;
                case "publisher": publisher = String(ref r, s); break;
                case "basis": basis = Enum<PublishedBasis>(ref r); break;
                case "indicator": indicator = Enum<PublishedIndicator>(ref r); break;
                case "country": country = CountryOrNull(ref r); break;
                case "periodStart": start = Date(ref r); break;
                case "periodEnd": end = Date(ref r); break;
                case "value": value = Decimal(ref r); break;
                case "unit": unit = Unit(ref r, s); break;
                case "bound": bound = Enum<QuantityBound>(ref r); break;
                case "note": note = StringOrNull(ref r, s); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Where);
            }
        }

        return new PublishedFigure
        {
            Id = id ?? throw Missing(Where, "id"),
            Publisher = publisher ?? throw Missing(Where, "publisher"),
            Basis = basis ?? throw Missing(Where, "basis"),
            Indicator = indicator ?? throw Missing(Where, "indicator"),
            Country = country,
            PeriodStart = start ?? throw Missing(Where, "periodStart"),
            PeriodEnd = end ?? throw Missing(Where, "periodEnd"),
            Value = value ?? throw Missing(Where, "value"),
            Unit = unit ?? throw Missing(Where, "unit"),
            Bound = bound ?? throw Missing(Where, "bound"),
            Note = note,
            SourceIds = sourceIds ?? throw Missing(Where, "sourceIds"),
        };
    }
}
