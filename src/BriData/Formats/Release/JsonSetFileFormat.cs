using BriData.Formats.Json;
using BriData.Loading;

namespace BriData.Formats.Release;

/// <summary>
/// The JSON format of a set, read from its file and never whole in memory (issue 14, fault 4): a first pass checks
/// the limits (<see cref="JsonLimits.QuickScanPasses(Stream, BriLoadOptions)"/>) and the SHA-256 against the
/// manifest; a second reads the records one at a time (<see cref="JsonSetReader"/>), hashing again, so that a file
/// changed between the passes is refused too. A file that fails the first pass is read whole, to say what is wrong
/// and where.
/// </summary>
internal sealed class JsonSetFileFormat : ISetFileFormat
{
    public DataFileFormat Format => DataFileFormat.Json;

    public string Extension => ".json";

    public LoadedSet? Read(DataLoader loader, DataSetDescriptor set, DataManifestEntry entry, List<DataProblem> problems)
    {
        var before = problems.Count;
        var scanned = loader.Pass(entry.File, problems, stream => (bool?)JsonLimits.QuickScanPasses(stream, loader.Options), out var sha256);
        if (scanned is null || problems.Count > before || !loader.HashMatches(entry, sha256, problems))
        {
            return null;
        }

        object? records;
        if (scanned.Value)
        {
            var found = new List<DataProblem>();
            records = loader.Pass(entry.File, problems, stream => set.ReadJson(loader, entry.File, stream, found), out sha256);
            if (problems.Count > before || !loader.HashMatches(entry, sha256, problems))
            {
                return null;
            }

            problems.AddRange(found);
            records = found.Count > 0 ? null : records;
        }
        else
        {
            var bytes = loader.ReadBytes(entry.File, problems, out sha256);
            if (bytes is null || !loader.HashMatches(entry, sha256, problems))
            {
                return null;
            }

            records = set.ReadJson(loader, entry.File, bytes, problems);
        }

        return records is null ? null : new LoadedSet(entry.File, records, () => loader.ReadAgain(entry), null);
    }

    public void Write<T>(DataSetDescriptor<T> set, IReadOnlyList<T> records, Stream stream, SetFileLayout layout)
        where T : class => set.WriteJson(records, stream, layout);
}
