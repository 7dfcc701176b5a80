using static BriData.Loading.Embedded.EmbeddedJson;

namespace BriData.Loading.Embedded.Readers;

/// <summary>Reads a <see cref="PolicyEvent"/> (and its <see cref="AlternativeDate"/>s) of the embedded <c>events.json</c>.</summary>
internal static class PolicyEventReader
{
    private const string Where = "event";

    public static PolicyEvent Read(ref EmbeddedJsonReader r, StringPool s)
    {
        string? id = null, agreement = null, title = null, location = null, note = null;
        PolicyEventKind? kind = null;
        CountryCode? country = null;
        PartialDate? date = null, endDate = null;
        IReadOnlyList<AlternativeDate>? alternatives = null;
        var isUpgrade = false;
        IReadOnlyList<string>? sourceIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Where))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "id": id = String(ref r, s); break;
                case "kind": kind = Enum<PolicyEventKind>(ref r); break;
                case "country": country = CountryOrNull(ref r); break;
                case "date": date = DateOrNull(ref r); break;
                case "endDate": endDate = DateOrNull(ref r); break;
                case "alternativeDates": alternatives = Objects(ref r, s, ReadAlternative); break;
                case "agreement": agreement = StringOrNull(ref r, s); break;
                case "isUpgrade": isUpgrade = Bool(ref r); break;
                case "title": title = String(ref r, s); break;
                case "location": location = StringOrNull(ref r, s); break;
                case "note": note = StringOrNull(ref r, s); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Where);
            }
        }

        return new PolicyEvent
        {
            Id = id ?? throw Missing(Where, "id"),
            Kind = kind ?? throw Missing(Where, "kind"),
            Country = country,
            Date = date,
            EndDate = endDate,
            AlternativeDates = alternatives ?? throw Missing(Where, "alternativeDates"),
            Agreement = agreement,
            IsUpgrade = isUpgrade,
            Title = title ?? throw Missing(Where, "title"),
            Location = location,
            Note = note,
            SourceIds = sourceIds ?? throw Missing(Where, "sourceIds"),
        };
    }

    private static AlternativeDate ReadAlternative(ref EmbeddedJsonReader r, StringPool s)
    {
        const string Alternative = "alternative date";
        PartialDate? date = null;
        string? note = null;
        IReadOnlyList<string>? sourceIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Alternative))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "date": date = Date(ref r); break;
                case "note": note = StringOrNull(ref r, s); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Alternative);
            }
        }

        return new AlternativeDate
        {
            Date = date ?? throw Missing(Alternative, "date"),
            Note = note,
            SourceIds = sourceIds ?? throw Missing(Alternative, "sourceIds"),
        };
    }
}
