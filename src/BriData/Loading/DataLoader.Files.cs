using static System.FormattableString;

namespace BriData.Loading;

/// <summary>The reading of the files themselves: whole (the manifest, a JSON set that fails its first pass) or in passes, each within the size limit and hashed.</summary>
internal sealed partial class DataLoader
{
    /// <summary>True when the files need no hash check or <paramref name="sha256"/> is the manifest's; otherwise adds the problem.</summary>
    internal bool HashMatches(DataManifestEntry entry, string? sha256, List<DataProblem> problems)
    {
        if (!files.VerifiesHashes || string.Equals(sha256, entry.Sha256, StringComparison.Ordinal))
        {
            return true;
        }

        problems.Add(new DataProblem(entry.File, "$", null,
            $"the file's SHA-256 is {sha256}, not {entry.Sha256} as manifest.json states: the file does not belong to this release (a mixed, damaged or partly saved release); save the release again"));
        return false;
    }

    /// <summary>Reads a file's bytes within <see cref="BriLoadOptions.MaxFileBytes"/>, without a UTF-8 byte order mark (an empty file gives an empty array).</summary>
    public byte[]? ReadBytes(string fileName, List<DataProblem> problems) => ReadBytes(fileName, problems, out _);

    /// <summary>As <see cref="ReadBytes(string, List{DataProblem})"/>, with the SHA-256 of the file's bytes as read (byte order mark included).</summary>
    public byte[]? ReadBytes(string fileName, List<DataProblem> problems, out string? sha256)
    {
        sha256 = null;
        byte[] bytes;
        try
        {
            using var stream = files.Open(fileName);
            if (stream is null)
            {
                problems.Add(new DataProblem(fileName, "$", null, $"file not found ({files.Describe(fileName)})"));
                return null;
            }

            var read = ReadBounded(stream, Options.MaxFileBytes);
            if (read is null)
            {
                problems.Add(new DataProblem(fileName, "$", null, Invariant($"the file is larger than {Options.MaxFileBytes} bytes (BriLoadOptions.MaxFileBytes)")));
                return null;
            }

            bytes = read;
            if (files.VerifiesHashes)
            {
                sha256 = FileHash.Of(bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problems.Add(new DataProblem(fileName, "$", null, $"the file cannot be read: {ex.Message}"));
            return null;
        }

        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = span[3..].ToArray();
        }
        else if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            problems.Add(new DataProblem(fileName, "$", 1, "the file starts with a UTF-16 byte order mark; BriData reads UTF-8 only"));
            return null;
        }

        return bytes;
    }

    /// <summary>
    /// One pass over a file: <paramref name="read"/> on its bytes as a stream (within <see cref="BriLoadOptions.MaxFileBytes"/>),
    /// then the SHA-256 of all of them. Null (with the problem added) when the file cannot be opened or read.
    /// </summary>
    internal TResult? Pass<TResult>(string fileName, List<DataProblem> problems, Func<Stream, TResult> read, out string? sha256)
    {
        sha256 = null;
        try
        {
            using var stream = files.Open(fileName);
            if (stream is null)
            {
                problems.Add(new DataProblem(fileName, "$", null, $"file not found ({files.Describe(fileName)})"));
                return default;
            }

            if (stream.CanSeek && stream.Length > Options.MaxFileBytes)
            {
                throw new FileTooLargeException();
            }

            using var counted = new SetFileStream(stream, Options.MaxFileBytes, files.VerifiesHashes);
            var result = read(counted);
            sha256 = counted.Finish();
            return result;
        }
        catch (FileTooLargeException)
        {
            problems.Add(new DataProblem(fileName, "$", null, Invariant($"the file is larger than {Options.MaxFileBytes} bytes (BriLoadOptions.MaxFileBytes)")));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problems.Add(new DataProblem(fileName, "$", null, $"the file cannot be read: {ex.Message}"));
        }

        return default;
    }

    /// <summary>The bytes of a set file read again, when it is still the file the manifest names; null otherwise.</summary>
    internal byte[]? ReadAgain(DataManifestEntry entry)
    {
        var ignored = new List<DataProblem>();
        var bytes = ReadBytes(entry.File, ignored, out var sha256);
        return bytes is not null && HashMatches(entry, sha256, ignored) ? bytes : null;
    }

    /// <summary>
    /// The bytes of a stream within <paramref name="limit"/>; null when there are more. A stream that knows its length is
    /// read straight into an array of that length (one copy of the file in memory, not two).
    /// </summary>
    private static byte[]? ReadBounded(Stream stream, long limit)
    {
        if (stream.CanSeek)
        {
            var start = stream.Position;
            var length = stream.Length - start;
            if (length > limit)
            {
                return null;
            }

            var exact = new byte[length];
            var filled = 0;
            int got;
            while (filled < exact.Length && (got = stream.Read(exact, filled, exact.Length - filled)) > 0)
            {
                filled += got;
            }

            // A file that changed while it was read: the rest is read as from a stream without a length.
            Span<byte> probe = stackalloc byte[1];
            if (filled == exact.Length && stream.Read(probe) == 0)
            {
                return exact;
            }

            stream.Seek(start, SeekOrigin.Begin);
        }

        using var buffer = new MemoryStream(1 << 16);
        var chunk = new byte[1 << 16];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }
}
