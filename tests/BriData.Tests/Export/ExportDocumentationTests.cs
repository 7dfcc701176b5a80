using System.Text;
using BriData.Loading;
using BriData.Sets;
using BriData.Tests.Conventions;

namespace BriData.Tests.Export;

/// <summary>
/// Keeps docs/exports.md in step with the column tables: its per-set tables (column, kind, role, unit, description)
/// are rendered from <see cref="DataSets.All"/> and must be the text between the document's markers. To regenerate
/// them, run this class with <c>BRIDATA_UPDATE_DOCS=1</c>: it rewrites the tables in place (and keeps the prose).
/// </summary>
public sealed class ExportDocumentationTests
{
    private const string DocumentPath = "docs/exports.md";
    private const string Begin = "<!-- columns of each set: generated from the column tables (ExportDocumentationTests); do not edit by hand -->";
    private const string End = "<!-- end of the generated columns -->";

    [Fact]
    public void The_columns_of_each_set_are_the_tables_rendered_from_the_column_tables()
    {
        var doc = RepositoryFiles.ReadText(DocumentPath).ReplaceLineEndings("\n");
        var begin = doc.IndexOf(Begin, StringComparison.Ordinal);
        var end = doc.IndexOf(End, StringComparison.Ordinal);
        begin.Should().BePositive("{0} marks the start of the generated tables", DocumentPath);
        end.Should().BeGreaterThan(begin, "{0} marks the end of the generated tables", DocumentPath);

        var expected = Render();
        var actual = doc[(begin + Begin.Length)..end];
        if (actual != expected && Environment.GetEnvironmentVariable("BRIDATA_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(RepositoryFiles.PathOf(DocumentPath), doc[..(begin + Begin.Length)] + expected + doc[end..]);
            return;
        }

        actual.Should().Be(expected, "the tables of {0} are generated; run this test with BRIDATA_UPDATE_DOCS=1 to rewrite them. Expected text:\n{1}", DocumentPath, expected);
    }

    [Fact]
    public void Every_set_is_rendered_with_every_column()
    {
        var text = Render();
        foreach (var set in DataSets.All)
        {
            text.Should().Contain($"### {set.Name} (`{set.FileName(DataFileFormat.Csv)}`");
        }

        DataSets.All.Should().HaveCountGreaterThan(10);
        text.Should().Contain("| `value_usd_millions` | Decimal | measure | USD millions (nominal) | value in millions of nominal US dollars of the year |");
        text.Should().Contain("| `amount_usd` | Decimal | measure | USD (constant 2021) |", "an amount of one basis states it");
        text.Should().Contain("| `cost_usd` | Decimal | measure | by row |", "amounts of both bases have no shared unit");
        text.Should().Contain("| `recipient_iso3` | Text | dimension |  | recipient, alpha-3 |");
        text.Should().Contain("| `id` | Integer | key |  | AidData record id |");
    }

    /// <summary>The generated part of the document: a heading and a table per set, in load order.</summary>
    internal static string Render()
    {
        var text = new StringBuilder("\n");
        foreach (var set in DataSets.All)
        {
            text.Append('\n').Append(set.Accept(new SetSection()));
        }

        return text.Append('\n').ToString();
    }

    /// <summary>Renders one set's section.</summary>
    private sealed class SetSection : IDataSetVisitor<string>
    {
        public string Visit<T>(DataSetDescriptor<T> set)
            where T : class
        {
            var text = new StringBuilder()
                .Append("### ").Append(set.Name).Append(" (`").Append(set.FileName(DataFileFormat.Csv)).Append("`, `")
                .Append(set.FileName(DataFileFormat.JsonLines)).Append("`; rows: `").Append(typeof(T).Name).Append("`)\n\n")
                .Append("| column | kind | role | unit | holds |\n|---|---|---|---|---|\n");
            foreach (var c in set.Schema.Columns)
            {
                var unit = c.Unit ?? (c.Role == ColumnRole.Measure ? "by row" : string.Empty);
                text.Append("| `").Append(c.Name).Append("` | ").Append(c.Kind).Append(" | ")
                    .Append(c.Role.ToString().ToLowerInvariant()).Append(" | ").Append(Cell(unit)).Append(" | ")
                    .Append(Cell(c.Description)).Append(" |\n");
            }

            return text.ToString();
        }

        private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
    }
}
