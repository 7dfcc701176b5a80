using System.Text;

namespace BriData.Tests.Reliability;

/// <summary>
/// A temporary folder holding a saved copy of <see cref="SmallRelease"/> that a test can damage file by file, then
/// load. Deleted on dispose.
/// </summary>
public sealed class ReleaseFolder : IDisposable
{
    public ReleaseFolder(DataFileFormat format = DataFileFormat.Json, BriDataset? dataset = null)
    {
        Path = Directory.CreateTempSubdirectory("bridata-test-").FullName;
        // Indented, not the record-per-line layout of Save: the tests damage these files line by line and property by property.
        BriData.Formats.Json.DatasetWriter.Save((dataset ?? SmallRelease.Dataset()).ToContent(), Path, format, BriData.Formats.Json.SetFileLayout.Indented);
    }

    public string Path { get; }

    public string FilePath(string file) => System.IO.Path.Combine(Path, file);

    public string Read(string file) => File.ReadAllText(FilePath(file), Encoding.UTF8);

    /// <summary>Writes a file and, for a set file, puts its new SHA-256 in the manifest (so the damage reaches the parser).</summary>
    public void Write(string file, string text) => WriteBytes(file, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes a file and, for a set file, puts its new SHA-256 in the manifest (so the damage reaches the parser).</summary>
    public void WriteBytes(string file, byte[] bytes)
    {
        File.WriteAllBytes(FilePath(file), bytes);
        ManifestHashes.Update(Path, file);
    }

    /// <summary>Writes a file and leaves the manifest alone (its SHA-256 then no longer matches).</summary>
    public void WriteRaw(string file, byte[] bytes) => File.WriteAllBytes(FilePath(file), bytes);

    /// <summary>The set names in the order the saved manifest lists them (so a test can name <c>$.sets[i]</c> without counting by hand).</summary>
    public IReadOnlyList<string> ManifestSetNames()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(Read("manifest.json"));
        return [.. manifest.RootElement.GetProperty("sets").EnumerateArray().Select(set => set.GetProperty("name").GetString()!)];
    }

    /// <summary>The index of a set in the saved manifest's <c>sets</c> array.</summary>
    public int ManifestIndexOf(string set) => ManifestSetNames().ToList().IndexOf(set);

    /// <summary>Replaces the first occurrence of <paramref name="find"/> (which must occur) in a file.</summary>
    public void Replace(string file, string find, string replacement)
    {
        var text = Read(file);
        var at = text.IndexOf(find, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"'{find}' should occur in {file}");
        Write(file, string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length)));
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/> in a file (which must occur).</summary>
    public long LineOf(string file, string text)
    {
        var content = Read(file);
        var at = content.IndexOf(text, StringComparison.Ordinal);
        at.Should().BeGreaterThanOrEqualTo(0, $"'{text}' should occur in {file}");
        return content.AsSpan(0, at).Count('\n') + 1;
    }

    /// <summary>The 1-based line on which record <paramref name="index"/> of a JSON set file starts.</summary>
    public long RecordLine(string file, int index)
    {
        var bytes = File.ReadAllBytes(FilePath(file));
        var reader = new System.Text.Json.Utf8JsonReader(bytes);
        while (reader.Read())
        {
            if (reader.TokenType == System.Text.Json.JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("records"u8))
            {
                reader.Read();
                for (var i = 0; reader.Read() && reader.TokenType != System.Text.Json.JsonTokenType.EndArray; i++)
                {
                    if (i == index)
                    {
                        return bytes.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n') + 1;
                    }

                    reader.Skip();
                }
            }
        }

        throw new InvalidOperationException($"{file} has no record {index}");
    }

    /// <summary>Loads the folder, expecting failure, and returns the problems.</summary>
    public IReadOnlyList<DataProblem> Problems(BriLoadOptions? options = null)
    {
        var act = () => BriDataset.Load(Path, options);
        return act.Should().Throw<BriDataException>().Which.Problems;
    }

    public BriDataset Load(BriLoadOptions? options = null) => BriDataset.Load(Path, options);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless.
        }
    }
}
