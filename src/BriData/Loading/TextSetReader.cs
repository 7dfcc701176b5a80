using BriData.Formats.Release;

namespace BriData.Loading;

/// <summary>
/// Reads a set in CSV or JSON Lines straight from its file, row by row (issue 14, fault 4): the bytes go through a
/// <see cref="SetFileStream"/> (the size limit and the SHA-256, in the same pass) and a <see cref="StrictUtf8Reader"/>
/// (UTF-8 decoded 64 KiB at a time, an invalid byte reported with its line) to the row parser, which stops at the
/// first record over <see cref="BriLoadOptions.MaxRecordsPerSet"/>. Neither the file's bytes nor its text are ever
/// whole in memory. The problems of the rows count only once the whole file is known to be the one the manifest
/// names: a file whose SHA-256 differs is reported as such, and nothing else of it.
/// </summary>
internal static class TextSetReader
{
    /// <summary>Reads the set the manifest entry names; null (with problems added) when it cannot be read.</summary>
    public static LoadedSet? Read(DataLoader loader, DataSetDescriptor set, DataManifestEntry entry, TextSetFileFormat format, List<DataProblem> problems)
    {
        var fileName = entry.File;
        var found = new List<DataProblem>();
        var before = problems.Count;
        var loaded = loader.Pass(fileName, problems, stream =>
        {
            using var reader = new StrictUtf8Reader(stream);
            try
            {
                return set.ReadText(loader, fileName, format, reader, found);
            }
            catch (TextEncodingException ex)
            {
                found.Add(new DataProblem(fileName, "$", ex.Line, ex.Message));
                return null;
            }
        }, out var sha256);
        if (problems.Count > before || !loader.HashMatches(entry, sha256, problems))
        {
            return null;
        }

        problems.AddRange(found);
        return found.Count > 0 ? null : loaded;
    }
}
