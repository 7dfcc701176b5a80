using BriData.Formats.Json;
using BriData.Loading;

namespace BriData.Formats.Release;

/// <summary>
/// One file format of a data release's sets (JSON, CSV, JSON Lines): its extension, how a set is read from its file
/// (limits, hash against the manifest, problems with their lines) and how it is written. The one place where
/// <see cref="DataLoader"/>, <see cref="BriDataset.Save"/> and the manifest's file names meet a format; the formats
/// themselves are in <see cref="SetFileFormats"/>.
/// </summary>
internal interface ISetFileFormat
{
    /// <summary>The format this reads and writes.</summary>
    DataFileFormat Format { get; }

    /// <summary>The file extension with its dot (<c>.json</c>, <c>.csv</c>, <c>.jsonl</c>).</summary>
    string Extension { get; }

    /// <summary>Reads the set the manifest entry names; null (with problems added) when it cannot be read or its bytes are not the ones the manifest hashes.</summary>
    LoadedSet? Read(DataLoader loader, DataSetDescriptor set, DataManifestEntry entry, List<DataProblem> problems);

    /// <summary>Writes <paramref name="records"/> of <paramref name="set"/> to <paramref name="stream"/>; <paramref name="layout"/> applies to JSON set files only.</summary>
    void Write<T>(DataSetDescriptor<T> set, IReadOnlyList<T> records, Stream stream, SetFileLayout layout)
        where T : class;
}
