using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BriData.Loading;
using BriData.Formats.Json;

namespace BriData.DataBuilder;

/// <summary>Writes a data release deterministically: UTF-8 without BOM, LF, two-space indent, records in a fixed order.</summary>
internal sealed class DataWriter
{
    private readonly string directory;
    private readonly BriJsonContext context;
    private readonly List<DataManifestEntry> entries = [];

    public DataWriter(string directory)
    {
        this.directory = directory;
        Directory.CreateDirectory(directory);
        context = new BriJsonContext(new JsonSerializerOptions(BriJsonContext.Default.Options)
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
    }

    public BriJsonContext Context => context;

    public void Write<T>(string set, IReadOnlyList<T> records, JsonTypeInfo<DataFile<T>> typeInfo)
    {
        var file = new DataFile<T> { FormatVersion = DataFormat.CurrentVersion, Set = set, Records = records };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(file, typeInfo);
        byte[] written = [.. bytes, (byte)'\n'];
        File.WriteAllBytes(Path.Combine(directory, DataSetName.FileName(set)), written);
        entries.Add(new DataManifestEntry { Name = set, File = DataSetName.FileName(set), Count = records.Count, Sha256 = FileHash.Of(written) });
    }

    public void WriteManifest(string dataVersion, PartialDate released)
    {
        var manifest = new DataManifest
        {
            FormatVersion = DataFormat.CurrentVersion,
            DataVersion = dataVersion,
            Released = released,
            Sets = entries.OrderBy(e => e.Name, StringComparer.Ordinal).ToList(),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(manifest, context.DataManifest);
        File.WriteAllBytes(Path.Combine(directory, DataSetName.Manifest), [.. bytes, (byte)'\n']);
    }
}
