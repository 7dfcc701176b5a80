using static BriData.Loading.Embedded.EmbeddedJson;

namespace BriData.Loading.Embedded.Readers;

/// <summary>Reads a <see cref="Claim"/> (and its <see cref="ClaimQuantity"/>) of the embedded <c>claims.json</c>.</summary>
internal static class ClaimReader
{
    private const string Where = "claim";

    public static Claim Read(ref EmbeddedJsonReader r, StringPool s)
    {
        string? id = null, statement = null, compiler = null, note = null;
        CountryCode? country = null;
        ClaimTopic? topic = null;
        ClaimQuantity? quantity = null;
        ClaimPeriod? period = null;
        IReadOnlyList<string>? sourceIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Where))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "id": id = String(ref r, s); break;
                case "country": country = CountryOrNull(ref r); break;
                case "topic": topic = Enum<ClaimTopic>(ref r); break;
                case "statement": statement = String(ref r, s); break;
                case "quantity": quantity = Object(ref r, s, ReadQuantity); break;
                case "period": period = ReadPeriod(ref r, s); break;
                case "compiler": compiler = StringOrNull(ref r, s); break;
                case "note": note = StringOrNull(ref r, s); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Where);
            }
        }

        return new Claim
        {
            Id = id ?? throw Missing(Where, "id"),
            Country = country,
            Topic = topic ?? throw Missing(Where, "topic"),
            Statement = statement ?? throw Missing(Where, "statement"),
            Quantity = quantity ?? throw Missing(Where, "quantity"),
            Period = period,
            Compiler = compiler,
            Note = note,
            SourceIds = sourceIds ?? throw Missing(Where, "sourceIds"),
        };
    }

    private static ClaimPeriod? ReadPeriod(ref EmbeddedJsonReader r, StringPool s)
    {
        var text = StringOrNull(ref r, s);
        return text is null ? null
            : ClaimPeriod.TryParse(text, out var period, out var reason) ? period
            : throw new EmbeddedDataException(Where, $"'{text}' is not a period: {reason}");
    }

    private static ClaimQuantity ReadQuantity(ref EmbeddedJsonReader r, StringPool s)
    {
        const string Quantity = "claim quantity";
        decimal? value = null;
        QuantityBound? bound = null;
        MeasureUnit? unit = null;
        PartialDate? asOf = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Quantity))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "value": value = Decimal(ref r); break;
                case "bound": bound = Enum<QuantityBound>(ref r); break;
                case "unit": unit = Unit(ref r, s); break;
                case "asOf": asOf = DateOrNull(ref r); break;
                default: throw Unknown(ref r, Quantity);
            }
        }

        return new ClaimQuantity(
            value ?? throw Missing(Quantity, "value"), bound ?? throw Missing(Quantity, "bound"), unit ?? throw Missing(Quantity, "unit"), asOf);
    }
}
