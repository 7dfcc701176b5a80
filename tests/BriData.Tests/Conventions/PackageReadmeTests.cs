using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BriData.Tests.Conventions;

/// <summary>
/// The package README (shown on nuget.org) names the current package version and data release, and its table of
/// record counts matches the embedded manifest: bumping either version or rebuilding the data without updating the
/// README fails here.
/// </summary>
public sealed partial class PackageReadmeTests
{
    private static readonly string Readme = RepositoryFiles.ReadText("src/BriData/PACKAGE-README.md");

    private static readonly JsonElement Manifest =
        JsonDocument.Parse(RepositoryFiles.ReadText("src/BriData/Data/manifest.json")).RootElement;

    [Fact]
    public void It_names_the_data_release_of_the_embedded_manifest()
    {
        var dataVersion = Manifest.GetProperty("dataVersion").GetString();
        var released = Manifest.GetProperty("released").GetString();

        Readme.Should().Contain($"**{dataVersion}** (built {released})");
        Readme.Should().Contain($"What the data release {dataVersion} holds");
    }

    [Fact]
    public void It_names_the_package_version_of_the_build()
    {
        var props = RepositoryFiles.ReadText("Directory.Build.props");
        var prefix = VersionPrefix().Match(props);
        prefix.Success.Should().BeTrue("Directory.Build.props sets VersionPrefix");

        Readme.Should().Contain($"| Package (library and API, SemVer) | **{prefix.Groups[1].Value}** |");
        BriDataInfo.PackageVersion.Should().StartWith(prefix.Groups[1].Value);
    }

    [Fact]
    public void Its_record_counts_are_the_manifest_counts()
    {
        var counts = Manifest.GetProperty("sets").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => s.GetProperty("count").GetInt32(), StringComparer.Ordinal);
        var rows = CountRow().Matches(Readme)
            .ToDictionary(m => m.Groups["property"].Value, m => int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture), StringComparer.Ordinal);

        rows.Should().NotBeEmpty();
        foreach (var (property, count) in rows)
        {
            var set = SetOfProperty(property, counts.Keys);
            counts.Should().ContainKey(set, $"the README row for {property} names a set of the manifest");
            count.Should().Be(counts[set], $"the README states the {set} count of this data release");
        }

        rows.Keys.Select(p => SetOfProperty(p, counts.Keys)).Should().BeEquivalentTo(counts.Keys, "every set of the release has a row");
    }

    [Fact]
    public void It_has_one_csharp_example_and_no_raw_html_which_nuget_org_does_not_render()
    {
        // .ci/package.sh compiles and runs the first ```csharp block against the packed package.
        Readme.Split("```csharp").Length.Should().Be(2);
        Readme.Should().NotContain("<!--").And.NotContain("<img").And.NotContain("<br");
    }

    [Fact]
    public void It_points_to_the_licence_files_packed_with_it()
    {
        Readme.Should().Contain("`LICENSE`").And.Contain("`DATA-LICENSES.md`").And.Contain("`CITATION.cff`").And.Contain("`CHANGELOG.md`");
        foreach (var file in new[] { "LICENSE", "DATA-LICENSES.md", "CITATION.cff", "CHANGELOG.md", "src/BriData/icon.png" })
        {
            File.Exists(RepositoryFiles.PathOf(file)).Should().BeTrue($"{file} is packed into the package");
        }
    }

    // "TradeHighlights" is the set "trade-highlights", "AidDataCountryYears" is "aiddata-country-years": the set whose
    // name without hyphens is the property name, ignoring case; the property name itself when no set matches.
    private static string SetOfProperty(string property, IEnumerable<string> sets) =>
        sets.SingleOrDefault(set => string.Equals(set.Replace("-", "", StringComparison.Ordinal), property, StringComparison.OrdinalIgnoreCase)) ?? property;

    [GeneratedRegex(@"<VersionPrefix>([^<]+)</VersionPrefix>")]
    private static partial Regex VersionPrefix();

    [GeneratedRegex(@"^\|[^|\n]+\|\s*(?<count>\d+)\s*\|\s*`(?<property>[A-Za-z]+)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex CountRow();
}
