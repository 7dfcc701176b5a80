using static System.FormattableString;

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
    public static LoadedSet? Read(DataLoader loader, IDataFiles files, DataSetDescriptor set, DataManifestEntry entry, DataFileFormat format, List<DataProblem> problems)
    {
        var fileName = entry.File;
        var limit = loader.Options.MaxFileBytes;
        var found = new List<DataProblem>();
        LoadedSet? loaded;
        string? sha256;
        try
        {
            using var stream = files.Open(fileName);
            if (stream is null)
            {
                problems.Add(new DataProblem(fileName, "$", null, $"file not found ({files.Describe(fileName)})"));
                return null;
            }

            if (stream.CanSeek && stream.Length > limit)
            {
                throw new FileTooLargeException();
            }

            using var counted = new SetFileStream(stream, limit, files.VerifiesHashes);
            using (var reader = new StrictUtf8Reader(counted))
            {
                try
                {
                    loaded = set.ReadText(loader, fileName, format, reader, found);
                }
                catch (TextEncodingException ex)
                {
                    found.Add(new DataProblem(fileName, "$", ex.Line, ex.Message));
                    loaded = null;
                }
            }

            sha256 = counted.Finish();
        }
        catch (FileTooLargeException)
        {
            problems.Add(new DataProblem(fileName, "$", null, Invariant($"the file is larger than {limit} bytes (BriLoadOptions.MaxFileBytes)")));
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problems.Add(new DataProblem(fileName, "$", null, $"the file cannot be read: {ex.Message}"));
            return null;
        }

        if (!loader.HashMatches(entry, sha256, problems))
        {
            return null;
        }

        problems.AddRange(found);
        return found.Count > 0 ? null : loaded;
    }
}
