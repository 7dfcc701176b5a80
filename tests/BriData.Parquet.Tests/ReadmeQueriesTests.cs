using System.Globalization;
using System.Text.RegularExpressions;

namespace BriData.Parquet.Tests;

/// <summary>
/// The DuckDB queries of the "Beyond one machine" README section run, as written, against a fresh export, and
/// the first one agrees with BriData's own metric.
/// </summary>
public sealed partial class ReadmeQueriesTests(ExportFixture export)
{
    private const string StartMarker = "<!-- beyond-one-machine:duckdb";
    private const string EndMarker = "<!-- /beyond-one-machine:duckdb -->";

    [Fact]
    public void The_section_has_duckdb_queries()
    {
        Queries().Should().HaveCountGreaterThanOrEqualTo(4);
    }

    [Fact]
    public void Every_query_runs_on_the_export_and_returns_rows()
    {
        foreach (var query in Queries())
        {
            var rows = export.Rows(Localised(query));

            rows.Should().NotBeEmpty($"the README query returns rows:\n{query}");
        }
    }

    [Fact]
    public void The_export_share_query_agrees_with_the_metric()
    {
        var rows = export.Rows(Localised(Queries()[0]));
        var chile = rows.Single(r => (string)r["name"]! == "Chile");
        var metric = export.Dataset.ChinaShareOfExportsPercent(CountryCode.Parse("CHL"), 2020);

        metric.Should().NotBeNull();
        Convert.ToDecimal(chile["china_share_of_exports_pct"], CultureInfo.InvariantCulture)
            .Should().BeApproximately(Math.Round(metric!.Value, 1), 0.051m);
        rows.Should().HaveCount(data => data > 20, "most states report 2020 exports to China and to the world");
    }

    private static List<string> Queries()
    {
        var text = SectionText();
        var start = text.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = text.IndexOf(EndMarker, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "the section marks its DuckDB queries");
        end.Should().BeGreaterThan(start);
        return SqlBlock().Matches(text[start..end]).Select(m => m.Groups["sql"].Value).ToList();
    }

    private string Localised(string query) =>
        query.Replace("'bridata-parquet/", "'" + export.Directory.Replace("'", "''", StringComparison.Ordinal) + "/", StringComparison.Ordinal);

    private static string SectionText()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "BriData.sln")))
            {
                continue;
            }

            var text = File.ReadAllText(Path.Combine(dir.FullName, "README.md"));
            return text.Contains(StartMarker, StringComparison.Ordinal)
                ? text
                : throw new InvalidOperationException("README.md does not hold the DuckDB queries of \"Beyond one machine\".");
        }

        throw new InvalidOperationException("The repository root (BriData.sln) was not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex("```sql\\n(?<sql>.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}
