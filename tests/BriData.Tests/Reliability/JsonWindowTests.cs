using System.Text;
using System.Text.Json;
using BriData.Loading;

namespace BriData.Tests.Reliability;

/// <summary>
/// The sliding window through which a JSON set is read from its file (issue 14, fault 4): every value whole however
/// it falls on the window's edges, however short the reads, a value larger than the window grown into, and lines
/// counted across refills, so that a bad record far into a large file is reported at its path and line.
/// </summary>
public sealed class JsonWindowTests
{
    [Fact]
    public void Values_across_the_window_edges_are_read_whole_with_their_lines()
    {
        var records = Enumerable.Range(0, 3000)
            .Select(i => i == 1234 ? $"{{\"big\": \"{new string('x', 200_000)}\"}}" : $"{{\"i\": {i},\n  \"name\": \"record {i} é\"}}")
            .ToList();
        var text = "{\"records\": [\n" + string.Join(",\n", records) + "\n]}";
        var bytes = Encoding.UTF8.GetBytes(text);
        using var window = new JsonWindow(new ShortReads(bytes), 1 << 20, default);
        var reader = window.Start();

        window.Step(ref reader, JsonWindow.Skip.Nothing, out var first, out _).Should().BeTrue();
        first.Should().Be(JsonTokenType.StartObject);
        window.Step(ref reader, JsonWindow.Skip.Nothing, out _, out _);
        window.Step(ref reader, JsonWindow.Skip.ValueUnlessArray, out var array, out _);
        array.Should().Be(JsonTokenType.StartArray);
        var read = new List<string>();
        var lines = new List<long>();
        while (window.Step(ref reader, JsonWindow.Skip.Value, out var token, out var from) && token != JsonTokenType.EndArray)
        {
            read.Add(Encoding.UTF8.GetString(window.Slice(from, window.Consumed(reader))));
            lines.Add(window.LineAt(from));
        }

        read.Should().Equal(records);
        lines.Should().Equal(records.Select(r => (long)text.AsSpan(0, text.IndexOf(r, StringComparison.Ordinal)).Count('\n') + 1));
    }

    [Fact]
    public void A_value_larger_than_the_largest_window_is_refused()
    {
        var bytes = Encoding.UTF8.GetBytes($"[\"{new string('x', 300_000)}\"]");

        // A ref local cannot be captured in a lambda: a helper owns the window and its reader.
        Action act = () => StepTwice(bytes, 1 << 17);
        act.Should().Throw<JsonWindowFullException>();
    }

    [Fact]
    public void A_bad_record_far_into_a_large_json_set_is_reported_at_its_path_and_line()
    {
        using var folder = new ReleaseFolder();
        using var document = JsonDocument.Parse(folder.Read("trade.json"));
        var record = JsonSerializer.Serialize(document.RootElement.GetProperty("records")[0], new JsonSerializerOptions { WriteIndented = true });
        var bad = record.Replace("\"year\": 2019", "\"year\": \"2019\"", StringComparison.Ordinal);
        bad.Should().NotBe(record);
        var text = new StringBuilder("{\n  \"formatVersion\": 1,\n  \"set\": \"trade\",\n  \"records\": [\n");
        for (var i = 0; i < 3000; i++)
        {
            text.Append(i == 0 ? string.Empty : ",\n").Append(i == 2500 ? bad : record);
        }

        folder.Write("trade.json", text.Append("\n  ]\n}\n").ToString());
        var line = folder.RecordLine("trade.json", 2500) + bad.AsSpan(0, bad.IndexOf("\"year\"", StringComparison.Ordinal)).Count('\n');

        var problems = folder.Problems();

        problems.Should().ContainSingle().Which.Should().Be(new DataProblem("trade.json", "$.records[2500].year", line, "Cannot get the value of a token type 'String' as a number."));
    }

    private static void StepTwice(byte[] bytes, long maxSize)
    {
        using var window = new JsonWindow(new MemoryStream(bytes), maxSize, default);
        var reader = window.Start();
        window.Step(ref reader, JsonWindow.Skip.Nothing, out _, out _);
        window.Step(ref reader, JsonWindow.Skip.Nothing, out _, out _);
    }

    /// <summary>A stream that returns at most 1,000 bytes a read (a slow disk or a pipe).</summary>
    private sealed class ShortReads(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1000));
    }
}
