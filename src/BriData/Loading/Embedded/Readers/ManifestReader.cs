using static BriData.Loading.Embedded.EmbeddedJson;

namespace BriData.Loading.Embedded.Readers;

/// <summary>
/// Reads the embedded <c>manifest.json</c> (header and one entry per set) without System.Text.Json, for the same
/// start-up reason as <see cref="EmbeddedJsonReader"/>. Releases from a folder are read by <see cref="DataLoader"/>.
/// </summary>
internal static class ManifestReader
{
    private const string Where = DataSetName.Manifest;

    public static DataManifest Read(ReadOnlySpan<byte> json)
    {
        var r = new EmbeddedJsonReader(json);
        var s = new StringPool();
        int? formatVersion = null;
        string? dataVersion = null;
        PartialDate? released = null;
        IReadOnlyList<DataManifestEntry>? sets = null;
        r.Read();
        Expect(ref r, EmbeddedToken.StartObject, Where);
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Where))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "formatVersion": formatVersion = Int(ref r); break;
                case "dataVersion": dataVersion = String(ref r, s); break;
                case "released": released = Date(ref r); break;
                case "sets": sets = Objects(ref r, s, ReadEntry); break;
                default: throw Unknown(ref r, Where);
            }
        }

        return new DataManifest
        {
            FormatVersion = formatVersion ?? throw Missing(Where, "formatVersion"),
            DataVersion = dataVersion ?? throw Missing(Where, "dataVersion"),
            Released = released ?? throw Missing(Where, "released"),
            Sets = sets ?? throw Missing(Where, "sets"),
        };
    }

    private static DataManifestEntry ReadEntry(ref EmbeddedJsonReader r, StringPool s)
    {
        const string Entry = "manifest set entry";
        string? setName = null, file = null, sha256 = null;
        int? count = null;
        Span<char> name = stackalloc char[40];
        while (NextProperty(ref r, Entry))
        {
            switch (Name(r.ValueSpan, name))
            {
                case "name": setName = String(ref r, s); break;
                case "file": file = String(ref r, s); break;
                case "count": count = Int(ref r); break;
                case "sha256": sha256 = StringOrNull(ref r, s); break;
                default: throw Unknown(ref r, Entry);
            }
        }

        return new DataManifestEntry
        {
            Name = setName ?? throw Missing(Entry, "name"),
            File = file ?? throw Missing(Entry, "file"),
            Count = count ?? throw Missing(Entry, "count"),
            Sha256 = sha256,
        };
    }
}
