using BriData.Loading;
using BriData.Tests.Conventions;

namespace BriData.Tests.Export;

/// <summary>Keeps docs/exports.md in step with the export schemas: every column of every set is documented with its kind.</summary>
public sealed class ExportDocumentationTests
{
    [Fact]
    public void Every_export_column_is_documented_with_its_kind()
    {
        var doc = RepositoryFiles.ReadText("docs/exports.md");
        var missing = new List<string>();
        // Every set of the one list of sets (DataSets.All), so a new set is checked without touching this test.
        foreach (var set in DataSets.All)
        {
            var schema = set.UntypedSchema;
            var name = (string)schema.GetType().GetProperty("Name")!.GetValue(schema)!;
            var at = doc.IndexOf($"### {name} (", StringComparison.Ordinal);
            if (at < 0)
            {
                missing.Add(name);
                continue;
            }

            var next = doc.IndexOf("\n### ", at + 4, StringComparison.Ordinal);
            var section = next > 0 ? doc[at..next] : doc[at..];
            foreach (var column in (System.Collections.IEnumerable)schema.GetType().GetProperty("Columns")!.GetValue(schema)!)
            {
                var columnName = (string)column.GetType().GetProperty("Name")!.GetValue(column)!;
                var kind = column.GetType().GetProperty("Kind")!.GetValue(column)!;
                if (!section.Contains($"| `{columnName}` | {kind} |", StringComparison.Ordinal))
                {
                    missing.Add($"{name}.{columnName}");
                }
            }
        }

        DataSets.All.Should().HaveCountGreaterThan(10);
        missing.Should().BeEmpty("docs/exports.md lists every column of every set");
    }
}
