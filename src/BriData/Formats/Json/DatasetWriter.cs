using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BriData.Loading;

namespace BriData.Formats.Json;

/// <summary>
/// Writes a data release in BriData's own format, deterministically: UTF-8 without a byte order mark, LF line
/// ends, set files in a <see cref="SetFileLayout"/> (indented, or one compact record per line), non-ASCII text
/// unescaped, records in the order given, a final newline, and an indented manifest listing the sets in ordinal order
/// of name. The same bytes for the same records on every machine and in every culture.
/// </summary>
internal static class DatasetWriter
{
    /// <summary>The JSON metadata used for writing: indented with two spaces, LF, relaxed escaping.</summary>
    public static BriJsonContext Context { get; } = new(new JsonSerializerOptions(BriJsonContext.Default.Options)
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The JSON metadata used for a set's records: compact (no indentation), relaxed escaping.</summary>
    public static BriJsonContext RecordContext { get; } = new(new JsonSerializerOptions(BriJsonContext.Default.Options)
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>
    /// Writes one set file, the document <see cref="DataFile{T}"/> describes: indented, or in the
    /// <see cref="SetFileLayout.RecordPerLine"/> layout (<c>{"formatVersion":1,"set":…,"records":[</c> on the first
    /// line, each record compact on a line of its own with a comma after every record but the last, then <c>]}</c>),
    /// and a final newline.
    /// </summary>
    public static void WriteSet<T>(Stream stream, string set, IReadOnlyList<T> records, SetFileLayout layout)
    {
        if (layout == SetFileLayout.Indented)
        {
            JsonSerializer.Serialize(stream, new DataFile<T> { FormatVersion = DataFormat.CurrentVersion, Set = set, Records = records }, Context.Of<DataFile<T>>());
            stream.WriteByte((byte)'\n');
            return;
        }

        var recordInfo = RecordContext.Of<T>();
        using (var header = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            header.WriteStartObject();
            header.WriteNumber("formatVersion", DataFormat.CurrentVersion);
            header.WriteString("set", set);
            header.WritePropertyName("records");
            header.Flush();
        }

        stream.Write("[\n"u8);
        for (var i = 0; i < records.Count; i++)
        {
            JsonSerializer.Serialize(stream, records[i], recordInfo);
            stream.Write(i < records.Count - 1 ? ",\n"u8 : "\n"u8);
        }

        stream.Write("]}\n"u8);
    }

    /// <summary>Writes <c>manifest.json</c>: format version, data version, release day and each set's file and count.</summary>
    public static void WriteManifest(Stream stream, string dataVersion, PartialDate released, IEnumerable<DataManifestEntry> sets)
    {
        var manifest = new DataManifest
        {
            FormatVersion = DataFormat.CurrentVersion,
            DataVersion = dataVersion,
            Released = released,
            Sets = sets.OrderBy(e => e.Name, StringComparer.Ordinal).ToList(),
        };
        JsonSerializer.Serialize(stream, manifest, Context.DataManifest);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>
    /// Writes every set of <paramref name="content"/> and then the manifest into <paramref name="directory"/>. Each file
    /// is written to a temporary name in the same folder, flushed to disk and moved over the target, so no file is ever
    /// half-written; the manifest, which states the SHA-256 of every file, goes last. A save cut short therefore leaves
    /// either the old manifest over files that do not match its hashes, or no manifest: never a release that loads as
    /// something it is not. No temporary file is left behind, on success or failure.
    /// </summary>
    public static void Save(BriDatasetContent content, string directory, DataFileFormat format, SetFileLayout layout)
    {
        Directory.CreateDirectory(directory);
        var entries = new List<DataManifestEntry>();
        foreach (var set in DataSets.All)
        {
            var fileName = set.FileName(format);
            var sha256 = WriteAtomically(Path.Combine(directory, fileName), stream => set.Write(content, format, stream, layout));
            entries.Add(new DataManifestEntry { Name = set.Name, File = fileName, Count = set.Count(content), Sha256 = sha256 });
        }

        WriteAtomically(Path.Combine(directory, DataSetName.Manifest), stream => WriteManifest(stream, content.Version, content.Released, entries));
    }

    /// <summary>
    /// Writes a file under a temporary name in its folder (<c>{name}.{guid}.tmp</c>), flushes it to disk, and moves it
    /// over <paramref name="path"/>; the temporary file is deleted when anything fails. Returns the SHA-256 of the bytes
    /// written, read back from the disk.
    /// </summary>
    public static string WriteAtomically(string path, Action<Stream> write)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N", System.Globalization.CultureInfo.InvariantCulture) + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            string sha256;
            using (var written = new FileStream(temporary, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
            {
                sha256 = FileHash.Of(written);
            }

            File.Move(temporary, path, overwrite: true);
            return sha256;
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
