using System.Text;
using System.Text.Json;
using BriData.Loading;
using BriData.Serialization;

namespace BriData.Tests.Reliability;

/// <summary>
/// The start-up fast path for manifest.json reads exactly what the serializer reads for a plain manifest, and steps
/// aside (returns false) for anything else, so the serializer's forward compatibility and error reports still apply.
/// </summary>
public sealed class ManifestFastReaderTests
{
    private const string Plain = """
        {
          "formatVersion": 1,
          "dataVersion": "2026.11.0",
          "released": "2026-11-28",
          "sets": [
            { "name": "countries", "file": "countries.json", "count": 34 },
            { "name": "trade", "file": "trade.csv", "count": 8827 }
          ]
        }
        """;

    [Fact]
    public void A_plain_manifest_reads_the_same_as_with_the_serializer()
    {
        var bytes = Encoding.UTF8.GetBytes(Plain);

        ManifestFastReader.TryRead(bytes, out var fast).Should().BeTrue();
        var slow = JsonSerializer.Deserialize(bytes, BriJsonContext.Default.DataManifest)!;

        fast!.FormatVersion.Should().Be(slow.FormatVersion).And.Be(1);
        fast.DataVersion.Should().Be(slow.DataVersion).And.Be("2026.11.0");
        fast.Released.Should().Be(slow.Released);
        fast.Released.ToString().Should().Be("2026-11-28");
        fast.Sets.Select(s => (s.Name, s.File, s.Count)).Should().Equal(slow.Sets.Select(s => (s.Name, s.File, s.Count)));
        fast.Sets.Should().HaveCount(2);
    }

    [Fact]
    public void The_embedded_manifest_takes_the_fast_path()
    {
        using var stream = typeof(BriDataset).Assembly.GetManifestResourceStream("BriData.Data.manifest.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);

        ManifestFastReader.TryRead(copy.ToArray(), out var manifest).Should().BeTrue();
        manifest!.DataVersion.Should().Be(BriDataset.Default.Version);
        manifest.Sets.Select(s => s.Name).Should().OnlyHaveUniqueItems().And.HaveCount(
            typeof(BriDataset).Assembly.GetManifestResourceNames().Count(n => n.StartsWith("BriData.Data.", StringComparison.Ordinal)) - 1, "every embedded set file but the manifest");
    }

    [Theory]
    [InlineData("unknown property (forward compatibility is the serializer's job)", "\"dataVersion\": \"2026.11.0\",", "\"dataVersion\": \"2026.11.0\", \"publisher\": \"x\",")]
    [InlineData("property repeated", "\"dataVersion\": \"2026.11.0\",", "\"dataVersion\": \"2026.11.0\", \"dataVersion\": \"2027.1.0\",")]
    [InlineData("version as a string", "\"formatVersion\": 1,", "\"formatVersion\": \"1\",")]
    [InlineData("version not an integer", "\"formatVersion\": 1,", "\"formatVersion\": 1.5,")]
    [InlineData("released not a partial date", "\"2026-11-28\"", "\"28/11/2026\"")]
    [InlineData("count missing", ", \"count\": 34 }", " }")]
    [InlineData("a set is null", "\"sets\": [", "\"sets\": [ null,")]
    [InlineData("a comment", "{\n", "{ // note\n")]
    [InlineData("property name in another case", "\"released\"", "\"Released\"")]
    [InlineData("truncated", "]\n}", "]")]
    public void Anything_but_the_plain_shape_is_left_to_the_serializer(string why, string from, string to)
    {
        Plain.Should().Contain(from, why);
        var bytes = Encoding.UTF8.GetBytes(Plain.Replace(from, to, StringComparison.Ordinal));

        ManifestFastReader.TryRead(bytes, out var manifest).Should().BeFalse(why);
        manifest.Should().BeNull();
    }

    [Fact]
    public void Trailing_content_and_a_byte_order_mark_are_left_to_the_serializer()
    {
        ManifestFastReader.TryRead(Encoding.UTF8.GetBytes(Plain + " {}"), out _).Should().BeFalse();
        ManifestFastReader.TryRead([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Plain)], out _).Should().BeFalse();
        ManifestFastReader.TryRead([], out _).Should().BeFalse();
    }
}
