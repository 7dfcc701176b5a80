using System.Text;

namespace BriData.Tests.Reliability;

/// <summary>
/// Issue 14, fault 4 (in part): <see cref="BriLoadOptions.MaxRecordsPerSet"/> is enforced before the records of a JSON
/// set are built, so a file of many small records over the limit costs about the bytes of the file, not the records.
/// Measured by allocation, never by time.
/// </summary>
public sealed class MemoryBoundTests
{
    [Fact]
    public void A_json_set_over_the_record_limit_is_refused_before_its_records_are_built()
    {
        using var folder = new ReleaseFolder();
        var text = folder.Read("trade.json");
        var start = text.IndexOf("\"records\": [", StringComparison.Ordinal) + "\"records\": [".Length;
        var first = text.IndexOf('{', start);
        var end = text.IndexOf("\n    }", first, StringComparison.Ordinal) + "\n    }".Length;
        var record = text[first..end];
        var many = new StringBuilder(text[..start]);
        const int copies = 40_000;
        for (var i = 0; i < copies; i++)
        {
            many.Append(i == 0 ? "\n    " : ",\n    ").Append(record.Replace("\"year\": 2019", "\"year\": " + (1950 + (i % 70)), StringComparison.Ordinal));
        }

        many.Append("\n  ]\n}\n");
        folder.Write("trade.json", many.ToString());
        var fileBytes = new FileInfo(folder.FilePath("trade.json")).Length;

        var options = new BriLoadOptions { MaxRecordsPerSet = 1_000 };
        _ = folder.Problems(options); // warm up: JSON metadata, code paths
        var before = GC.GetAllocatedBytesForCurrentThread();
        var problems = folder.Problems(options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        problems.Should().ContainSingle().Which.Should().Be(new DataProblem("trade.json", "$.records[1000]", folder.RecordLine("trade.json", 1000), "more than 1000 records exceed the limit (BriLoadOptions.MaxRecordsPerSet)"));
        allocated.Should().BeLessThan(3 * fileBytes, $"a load refused by the record limit allocates at most 3x the {fileBytes} bytes of the file");
    }
}
