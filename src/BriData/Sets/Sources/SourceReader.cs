using static BriData.Loading.Embedded.EmbeddedJson;

namespace BriData.Loading.Embedded.Readers;

/// <summary>Reads a <see cref="Source"/> of the embedded <c>sources.json</c>.</summary>
internal static class SourceReader
{
    private const string Where = "source";

    public static Source Read(ref EmbeddedJsonReader r, StringPool s)
    {
        string? id = null, publisher = null, title = null, address = null, licence = null, version = null, note = null;
        SourceKind? kind = null;
        PartialDate? published = null, retrievedOn = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Where))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "id": id = String(ref r, s); break;
                case "kind": kind = Enum<SourceKind>(ref r); break;
                case "publisher": publisher = String(ref r, s); break;
                case "title": title = String(ref r, s); break;
                case "address": address = String(ref r, s); break;
                case "published": published = DateOrNull(ref r); break;
                case "licence": licence = String(ref r, s); break;
                case "version": version = StringOrNull(ref r, s); break;
                case "retrievedOn": retrievedOn = Date(ref r); break;
                case "note": note = StringOrNull(ref r, s); break;
                default: throw Unknown(ref r, Where);
            }
        }

        return new Source
        {
            Id = id ?? throw Missing(Where, "id"),
            Kind = kind ?? throw Missing(Where, "kind"),
            Publisher = publisher ?? throw Missing(Where, "publisher"),
            Title = title ?? throw Missing(Where, "title"),
            Address = address ?? throw Missing(Where, "address"),
            Published = published,
            Licence = licence ?? throw Missing(Where, "licence"),
            Version = version,
            RetrievedOn = retrievedOn ?? throw Missing(Where, "retrievedOn"),
            Note = note,
        };
    }
}
