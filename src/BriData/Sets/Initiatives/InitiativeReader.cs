using static BriData.Loading.Embedded.EmbeddedJson;

namespace BriData.Loading.Embedded.Readers;

/// <summary>Reads an <see cref="Initiative"/> of the embedded <c>initiatives.json</c>.</summary>
internal static class InitiativeReader
{
    private const string Where = "initiative";

    public static Initiative Read(ref EmbeddedJsonReader r, StringPool s)
    {
        string? id = null, title = null, summary = null;
        InitiativeDomain? domain = null;
        IReadOnlyList<CountryCode>? countries = null;
        bool? isRegionWide = null;
        PartialDate? started = null;
        IReadOnlyList<string>? sourceIds = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Where))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "id": id = String(ref r, s); break;
                case "title": title = String(ref r, s); break;
                case "domain": domain = Enum<InitiativeDomain>(ref r); break;
                case "countries": countries = Countries(ref r); break;
                case "isRegionWide": isRegionWide = Bool(ref r); break;
                case "started": started = DateOrNull(ref r); break;
                case "summary": summary = String(ref r, s); break;
                case "sourceIds": sourceIds = Strings(ref r, s); break;
                default: throw Unknown(ref r, Where);
            }
        }

        return new Initiative
        {
            Id = id ?? throw Missing(Where, "id"),
            Title = title ?? throw Missing(Where, "title"),
            Domain = domain ?? throw Missing(Where, "domain"),
            Countries = countries ?? throw Missing(Where, "countries"),
            IsRegionWide = isRegionWide ?? throw Missing(Where, "isRegionWide"),
            Started = started,
            Summary = summary ?? throw Missing(Where, "summary"),
            SourceIds = sourceIds ?? throw Missing(Where, "sourceIds"),
        };
    }
}
