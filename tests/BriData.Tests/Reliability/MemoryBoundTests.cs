using System.Text;
using System.Text.Json;

namespace BriData.Tests.Reliability;

/// <summary>
/// Issue 14, fault 4: <see cref="BriLoadOptions.MaxRecordsPerSet"/> is enforced while a set is read, in every format,
/// so a file of many small records over the limit costs far less than its records would; and a valid load near the
/// limits stays within a bounded multiple of the bytes of its files. Measured by allocation and by the managed heap,
/// never by time. The class runs alone (no other test allocates meanwhile).
/// </summary>
[Collection(nameof(MemoryBoundTests))]
[CollectionDefinition(nameof(MemoryBoundTests), DisableParallelization = true)]
public sealed class MemoryBoundTests
{
    private const int Copies = 400_000;
    private const int Limit = 1_000;

    [Fact]
    public void A_json_set_over_the_record_limit_is_refused_at_the_first_record_over_it()
    {
        using var folder = new ReleaseFolder();
        var text = folder.Read("trade.json");
        using var document = JsonDocument.Parse(text);
        var record = JsonSerializer.Serialize(document.RootElement.GetProperty("records")[0]);
        var fileBytes = WriteSet(folder, "trade.json", "{\n  \"formatVersion\": 1,\n  \"set\": \"trade\",\n  \"records\": [\n", i => (i == 0 ? "    " : ",\n    ") + record, "\n  ]\n}\n");

        var (problems, allocated) = LoadOverLimit(folder);

        problems.Should().ContainSingle().Which.Should().Be(new DataProblem("trade.json", $"$.records[{Limit}]", Limit + 5, $"more than {Limit} records exceed the limit (BriLoadOptions.MaxRecordsPerSet)"));

        // The JSON file is read whole (once: a JSON set keeps its bytes for the lines of later problems), then only
        // the records up to the limit are built; on main the 400,000 records were built first (302 MB).
        allocated.Should().BeLessThan(fileBytes + (fileBytes / 4), $"a JSON load refused by the record limit allocates about the {fileBytes} bytes of the file, not its records");
    }

    [Theory]
    [InlineData(DataFileFormat.Csv)]
    [InlineData(DataFileFormat.JsonLines)]
    public void A_text_set_over_the_record_limit_is_refused_at_the_first_record_over_it(DataFileFormat format)
    {
        using var folder = new ReleaseFolder(format);
        var file = "trade" + (format == DataFileFormat.Csv ? ".csv" : ".jsonl");
        var lines = folder.Read(file).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = format == DataFileFormat.Csv ? lines[0] + "\n" : string.Empty;
        var row = lines[format == DataFileFormat.Csv ? 1 : 0].TrimEnd('\r');
        var fileBytes = WriteSet(folder, file, header, _ => row + "\n", string.Empty);

        var (problems, allocated) = LoadOverLimit(folder);

        var line = Limit + 1 + (format == DataFileFormat.Csv ? 1 : 0);
        problems.Should().ContainSingle().Which.Should().Be(new DataProblem(file, "$", line, $"more than {Limit} records exceed the limit (BriLoadOptions.MaxRecordsPerSet)"));

        // Streamed: the rows up to the limit are read, the rest of the file only hashed (64 KiB at a time). On main the
        // file was read whole and decoded to one string first (3x the file before the first row).
        allocated.Should().BeLessThan(fileBytes / 8, $"a {format} load refused by the record limit reads only the rows up to it, not the {fileBytes} bytes of the file");
    }

    /// <summary>Writes a set file of <see cref="Copies"/> records and puts its SHA-256 in the manifest; returns its size.</summary>
    private static long WriteSet(ReleaseFolder folder, string file, string head, Func<int, string> record, string tail)
    {
        using (var writer = new StreamWriter(folder.FilePath(file), append: false, new UTF8Encoding(false), 1 << 16))
        {
            writer.Write(head);
            for (var i = 0; i < Copies; i++)
            {
                writer.Write(record(i));
            }

            writer.Write(tail);
        }

        ManifestHashes.Update(folder.Path, file);
        return new FileInfo(folder.FilePath(file)).Length;
    }

    /// <summary>Loads the folder with the record limit at <see cref="Limit"/> (after a warm-up load) and returns the problems and the bytes the load allocated.</summary>
    private static (IReadOnlyList<DataProblem> Problems, long Allocated) LoadOverLimit(ReleaseFolder folder)
    {
        var options = new BriLoadOptions { MaxRecordsPerSet = Limit };
        _ = folder.Problems(options); // warm up: JSON metadata, code paths
        var before = GC.GetAllocatedBytesForCurrentThread();
        var problems = folder.Problems(options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        TestContext.Current.TestOutputHelper?.WriteLine($"refused load allocated {allocated:N0} bytes");
        return (problems, allocated);
    }
}
