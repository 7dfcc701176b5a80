using System.Collections;
using System.Text;
using BriData.Loading;
using BriData.Loading.Embedded;

namespace BriData.Tests.Reliability;

/// <summary>
/// The embedded release is read by plain per-set readers (no serializer, no re-validation; issue 15). These tests hold
/// them to the serializer path that reads every outside release: the same records for every set, and a clear
/// "damaged package" error for bytes that are not the release's (hash), and for a reader that lags behind its data.
/// </summary>
public sealed class EmbeddedReaderTests
{
    public static TheoryData<string> SetNames => new(DataSets.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(SetNames))]
    public void Every_set_reads_the_same_records_as_the_serializer_path(string name)
    {
        var set = DataSets.Find(name)!;
        var loader = new DataLoader(EmbeddedDataFiles.Instance, BriLoadOptions.Default);
        var problems = new List<DataProblem>();
        var manifest = loader.LoadManifest(problems)!;
        var loaded = loader.LoadSet(set, manifest, problems);
        problems.Should().BeEmpty();
        var content = set.With(new BriDatasetContent { Version = manifest.DataVersion, Released = manifest.Released }, loaded!.Records);
        var expected = ((IEnumerable)set.Records(RecordFreezer.Freeze(content))!).Cast<object>().ToList();

        var actual = ((IEnumerable)EmbeddedSetLoader.Assembly.Load(set, EmbeddedSetLoader.Assembly.ReadManifest())).Cast<object>().ToList();

        expected.Should().NotBeEmpty();
        actual.Should().Equal(expected, "record {0} of {1} must equal the serializer's", actual.Count, name);
    }

    [Fact]
    public void The_embedded_manifest_reads_the_same_as_with_the_checked_manifest_reader()
    {
        var loader = new DataLoader(EmbeddedDataFiles.Instance, BriLoadOptions.Default);
        var checkedManifest = loader.LoadManifest([])!;

        var fast = EmbeddedSetLoader.Assembly.ReadManifest();

        fast.Sets.Select(s => (s.Name, s.File, s.Count, s.Sha256)).Should().Equal(checkedManifest.Sets.Select(s => (s.Name, s.File, s.Count, s.Sha256)));
        (fast.DataVersion, fast.FormatVersion, fast.Released).Should().Be((checkedManifest.DataVersion, checkedManifest.FormatVersion, checkedManifest.Released));
    }

    [Fact]
    public void A_set_whose_bytes_differ_from_the_manifests_hash_is_refused_naming_the_file()
    {
        var files = EmbeddedFiles();
        var trade = files["trade.json"];
        var at = Array.IndexOf(trade, (byte)'7');
        trade[at] = (byte)'8';
        var data = BriDataset.OpenEmbedded(Loader(files));

        data.Countries.Should().HaveCount(BriDataset.Default.Countries.Count, "an intact set still loads");
        var read = () => data.Trade;
        var problem = read.Should().Throw<BriDataException>().Which.Problems.Should().ContainSingle().Subject;
        problem.File.Should().Be("trade.json");
        problem.Reason.Should().Contain("XXH64").And.Contain("damaged");
        read.Should().Throw<BriDataException>("a failed set stays failed, never half-loaded");
    }

    [Fact]
    public void A_property_the_reader_does_not_know_is_an_error_not_a_silent_skip()
    {
        var files = EmbeddedFiles();
        files["claims.json"] = Replace(files["claims.json"], "\"topic\":", "\"bogus\": 1, \"topic\":");
        var data = BriDataset.OpenEmbedded(Rehash(files, "claims.json"));

        var read = () => data.Claims;
        read.Should().Throw<BriDataException>().Which.Problems.Single().Reason.Should().Contain("unknown property 'bogus'").And.Contain("claim");
    }

    [Fact]
    public void A_missing_required_property_is_named()
    {
        var files = EmbeddedFiles();
        var text = Encoding.UTF8.GetString(files["trade-highlights.json"]);
        files["trade-highlights.json"] = Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Replace(text, "\"product\":\\s*\"[^\"]*\",\\s*", string.Empty, System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(5)));
        var data = BriDataset.OpenEmbedded(Rehash(files, "trade-highlights.json"));

        var read = () => data.TradeHighlights;
        var reason = read.Should().Throw<BriDataException>().Which.Problems.Single().Reason;
        reason.Should().Contain("trade highlight: required property 'product' is missing").And.Contain("damaged");
    }

    [Fact]
    public void A_record_count_other_than_the_manifests_is_refused()
    {
        var files = EmbeddedFiles();
        var manifest = Encoding.UTF8.GetString(files["manifest.json"]);
        var count = BriDataset.Default.Initiatives.Count;
        files["manifest.json"] = Encoding.UTF8.GetBytes(manifest.Replace($"\"count\": {count},", $"\"count\": {count + 1},", StringComparison.Ordinal));
        var data = BriDataset.OpenEmbedded(Loader(files));

        var read = () => data.Initiatives;
        read.Should().Throw<BriDataException>().Which.Problems.Single().Reason.Should().Contain($"holds {count} records").And.Contain($"states {count + 1}");
    }

    [Fact]
    public void The_hashes_built_into_the_library_are_those_of_the_embedded_files_whose_sha256_the_manifest_states()
    {
        var manifest = EmbeddedSetLoader.Assembly.ReadManifest();
        foreach (var entry in manifest.Sets)
        {
            var bytes = EmbeddedSetLoader.Resource(entry.File);
            FileHash.Of(bytes).Should().Be(entry.Sha256, "{0} must be the bytes the DataBuilder validated", entry.File);
            EmbeddedHashes.Of(entry.File).Should().Be(XxHash64.Hash(bytes), entry.File);
        }

        EmbeddedHashes.Of("not-embedded.json").Should().BeNull();
    }

    [Fact]
    public void XxHash64_is_the_reference_algorithm_on_every_length_and_alignment()
    {
        var random = new Random(20261202);
        for (var length = 0; length < 300; length++)
        {
            var bytes = new byte[length + 3];
            random.NextBytes(bytes);
            for (var offset = 0; offset < 3; offset++)
            {
                var slice = bytes.AsSpan(offset, length);
                XxHash64.Hash(slice).Should().Be(System.IO.Hashing.XxHash64.HashToUInt64(slice), "length {0}, offset {1}", length, offset);
            }
        }

        var large = new byte[1_000_003];
        random.NextBytes(large);
        XxHash64.Hash(large).Should().Be(System.IO.Hashing.XxHash64.HashToUInt64(large));
    }

    private static Dictionary<string, byte[]> EmbeddedFiles() =>
        new[] { DataSetName.Manifest }.Concat(DataSets.All.Select(s => s.FileName(DataFileFormat.Json)))
            .ToDictionary(f => f, f => EmbeddedSetLoader.Resource(f).ToArray(), StringComparer.Ordinal);

    /// <summary>A loader over <paramref name="files"/>, each expected to have the XXH64 the library was built with.</summary>
    private static EmbeddedSetLoader Loader(Dictionary<string, byte[]> files) => Loader(files, EmbeddedHashes.Of);

    private static EmbeddedSetLoader Loader(Dictionary<string, byte[]> files, Func<string, ulong?> hashOf) =>
        new(file => files.TryGetValue(file, out var bytes) ? bytes : throw new FileNotFoundException(file), hashOf, EmbeddedRelease.FormatVersion, EmbeddedRelease.DataVersion, PartialDate.Parse(EmbeddedRelease.Released));

    private static byte[] Replace(byte[] json, string from, string to)
    {
        var text = Encoding.UTF8.GetString(json);
        text.Should().Contain(from);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length)));
    }

    /// <summary>A loader over <paramref name="files"/> that expects <paramref name="file"/> to have the XXH64 of its new bytes.</summary>
    private static EmbeddedSetLoader Rehash(Dictionary<string, byte[]> files, string file)
    {
        var changed = XxHash64.Hash(files[file]);
        return Loader(files, name => name == file ? changed : EmbeddedHashes.Of(name));
    }
}
