using System.Collections;
using System.Globalization;
using System.Reflection;

namespace BriData.Tests.Reliability;

/// <summary>Writing BriData's own format and building datasets in code: deterministic bytes, checked input, private lists.</summary>
public sealed class SaveAndCreateTests
{
    [Fact]
    public void Saving_the_embedded_release_reproduces_its_files_byte_for_byte()
    {
        var assembly = typeof(BriDataset).Assembly;
        var embedded = assembly.GetManifestResourceNames().Where(n => n.StartsWith("BriData.Data.", StringComparison.Ordinal)).ToList();
        var folder = Directory.CreateTempSubdirectory("bridata-save-").FullName;
        try
        {
            BriDataset.Default.Save(folder);

            embedded.Should().HaveCount(BriData.Loading.DataSetName.All.Length + 1, "one file per set and the manifest");
            foreach (var name in embedded)
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var file = Path.Combine(folder, name["BriData.Data.".Length..]);
                File.ReadAllBytes(file).Should().Equal(copy.ToArray(), name);
            }

            Directory.GetFiles(folder).Should().HaveCount(embedded.Count, "no temporary file is left behind");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(DataFileFormat.Json)]
    [InlineData(DataFileFormat.Csv)]
    [InlineData(DataFileFormat.JsonLines)]
    public void Saving_is_deterministic_in_every_culture(DataFileFormat format)
    {
        var data = SmallRelease.Dataset();
        using var invariant = new ReleaseFolder(format, data);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "tr-TR", "de-DE", "ar-SA", "zh-CN" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                using var other = new ReleaseFolder(format, data);
                foreach (var file in Directory.GetFiles(invariant.Path).Select(Path.GetFileName))
                {
                    File.ReadAllBytes(other.FilePath(file!)).Should().Equal(File.ReadAllBytes(invariant.FilePath(file!)), $"{file} in {culture}");
                }
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_saved_release_loads_back_equal()
    {
        var data = SmallRelease.Dataset();
        using var folder = new ReleaseFolder(DataFileFormat.Json, data);

        var loaded = folder.Load();

        loaded.Version.Should().Be("2026.1.0-test");
        loaded.Released.Should().Be(new PartialDate(2026, 1, 15));
        loaded.FormatVersion.Should().Be(DataFormat.CurrentVersion);
        loaded.ToContent().Should().BeEquivalentTo(data.ToContent(), o => o.ComparingRecordsByMembers().WithStrictOrdering());
    }

    [Fact]
    public void Create_copies_the_lists_it_is_given()
    {
        var sources = SmallRelease.Content().Sources.ToList();
        var sourceIds = new List<string> { "src-a" };
        var trade = SmallRelease.Content().Trade.Select(t => t with { SourceIds = sourceIds }).ToList();
        var data = BriDataset.Create(SmallRelease.Content() with { Sources = sources, Trade = trade });

        sources.Clear();
        trade.Clear();
        sourceIds.Add("src-zzz");

        data.Sources.Should().HaveCount(2);
        data.Trade.Should().HaveCount(3);
        data.Trade[0].SourceIds.Should().Equal("src-a");
    }

    [Fact]
    public void Every_list_of_the_embedded_release_is_read_only()
    {
        var data = BriDataset.Default;
        var records = data.Trade.Cast<object>().Take(50)
            .Concat(data.Countries).Concat(data.Events).Concat(data.Finance.Take(50)).Concat(data.Investments.Take(50))
            .Concat(data.Projects).Concat(data.Initiatives).Concat(data.TradeHighlights).Concat(data.Claims).Concat(data.Indicators.Take(50));

        var writable = new List<string>();
        foreach (var record in records)
        {
            Check(record, record.GetType().Name, writable, 0);
        }

        ((IList)data.Trade).IsReadOnly.Should().BeTrue();
        ((IList)data.ToContent().Countries).IsReadOnly.Should().BeTrue();
        writable.Should().BeEmpty();
    }

    [Fact]
    public void Create_reports_every_problem_without_lines()
    {
        var content = SmallRelease.Content();
        var bad = content with
        {
            Version = "",
            Trade = [content.Trade[0] with { ValueUsdMillions = -1m }],
            Claims = [content.Claims[0] with { Quantity = null! }, null!],
        };

        var act = () => BriDataset.Create(bad);

        act.Should().Throw<BriDataException>().Which.Problems.Should().Equal(
            new DataProblem("manifest.json", "$.dataVersion", null, "the data version is empty"),
            new DataProblem("trade.json", "$.records[0].valueUsdMillions", null, "negative trade value -1"),
            new DataProblem("claims.json", "$.records[0].quantity", null, "claim 'claim-trade' has no quantity"),
            new DataProblem("claims.json", "$.records[1]", null, "record is null"));
    }

    [Fact]
    public void Create_reports_null_members_that_files_could_not_hold()
    {
        var content = SmallRelease.Content();
        var bad = content with
        {
            Countries = [content.Countries[0] with { Aliases = ["x", null!] }, content.Countries[1] with { Capital = null! }, content.Countries[2]],
            Events = null!,
            Projects = [content.Projects[0] with { Milestones = [null!] }],
        };

        var act = () => BriDataset.Create(bad);

        act.Should().Throw<BriDataException>().Which.Problems.Should().Equal(
            new DataProblem("countries.json", "$.records[0].aliases[1]", null, "item is null"),
            new DataProblem("countries.json", "$.records[1].capital", null, "capital is empty"),
            new DataProblem("events.json", "$.records", null, "the set is null (use an empty list for a set with no records)"),
            new DataProblem("projects.json", "$.records[0].milestones[0]", null, "item is null"));
    }

    [Fact]
    public void Create_refuses_text_that_no_format_could_write()
    {
        var content = SmallRelease.Content();
        var bad = content with { Claims = [content.Claims[0] with { Note = "half a pair \ud83d" }, content.Claims[1] with { Note = "a whole pair \ud83d\ude00" }] };

        var act = () => BriDataset.Create(bad);

        act.Should().Throw<BriDataException>().Which.Problems.Should().Equal(
            new DataProblem("claims.json", "$.records[0].note", null, "the text holds an unpaired surrogate (invalid UTF-16)"));
    }

    [Fact]
    public void A_derived_dataset_can_be_made_from_another_with_a_with_expression()
    {
        var data = SmallRelease.Dataset();
        var fewer = BriDataset.Create(data.ToContent() with { Claims = data.Claims.Take(1).ToList() });

        fewer.Claims.Should().ContainSingle().Which.Id.Should().Be("claim-trade");
        data.Claims.Should().HaveCount(2);
    }

    [Fact]
    public void Save_refuses_an_undefined_format()
    {
        var act = () => SmallRelease.Dataset().Save(Path.GetTempPath(), (DataFileFormat)99);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    private static void Check(object? value, string path, List<string> writable, int depth)
    {
        if (value is null || depth > 4 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            if (value is not IList { IsReadOnly: true } || value is Array || value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(List<>))
            {
                writable.Add(path + " : " + value.GetType());
            }

            var i = 0;
            foreach (var item in items)
            {
                Check(item, $"{path}[{i++}]", writable, depth + 1);
            }

            return;
        }

        if (value.GetType().Namespace != "BriData")
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            if (property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) || property.PropertyType.Namespace == "BriData" && !property.PropertyType.IsValueType)
            {
                Check(property.GetValue(value), path + "." + property.Name, writable, depth + 1);
            }
        }
    }
}
