using static BriData.Loading.Embedded.EmbeddedJson;

namespace BriData.Loading.Embedded.Readers;

/// <summary>Reads an <see cref="InvestmentRecord"/> of the embedded <c>investments.json</c>.</summary>
internal static class InvestmentRecordReader
{
    private const string Where = "investment record";

    public static InvestmentRecord Read(ref EmbeddedJsonReader r, StringPool s)
    {
        string? id = null, release = null, investor = null, transactionParty = null, sector = null, subsector = null;
        CountryCode? country = null;
        PartialDate? date = null;
        Money? amount = null;
        decimal? share = null;
        InvestmentKind? kind = null;
        bool? isTroubled = null, isBri = null, isGreenfield = null;
        IReadOnlyList<string>? sourceIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Where))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "id": id = String(ref r, s); break;
                case "release": release = String(ref r, s); break;
                case "country": country = Country(ref r); break;
                case "date": date = Date(ref r); break;
                case "investor": investor = String(ref r, s); break;
                case "amount": amount = Money(ref r); break;
                case "sharePercent": share = DecimalOrNull(ref r); break;
                case "transactionParty": transactionParty = StringOrNull(ref r, s); break;
                case "sector": sector = String(ref r, s); break;
                case "subsector": subsector = StringOrNull(ref r, s); break;
                case "kind": kind = Enum<InvestmentKind>(ref r); break;
                case "isTroubled": isTroubled = Bool(ref r); break;
                case "isBri": isBri = BoolOrNull(ref r); break;
                case "isGreenfield": isGreenfield = Bool(ref r); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Where);
            }
        }

        return new InvestmentRecord
        {
            Id = id ?? throw Missing(Where, "id"),
            Release = release ?? throw Missing(Where, "release"),
            Country = country ?? throw Missing(Where, "country"),
            Date = date ?? throw Missing(Where, "date"),
            Investor = investor ?? throw Missing(Where, "investor"),
            Amount = amount ?? throw Missing(Where, "amount"),
            SharePercent = share,
            TransactionParty = transactionParty,
            Sector = sector ?? throw Missing(Where, "sector"),
            Subsector = subsector,
            Kind = kind ?? throw Missing(Where, "kind"),
            IsTroubled = isTroubled ?? throw Missing(Where, "isTroubled"),
            IsBri = isBri,
            IsGreenfield = isGreenfield ?? throw Missing(Where, "isGreenfield"),
            SourceIds = sourceIds ?? throw Missing(Where, "sourceIds"),
        };
    }
}
