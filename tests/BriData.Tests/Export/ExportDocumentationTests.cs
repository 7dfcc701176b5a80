using BriData.Export;
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
        void Check<T>(ExportSchema<T> schema)
        {
            var at = doc.IndexOf($"### {schema.Name} (", StringComparison.Ordinal);
            if (at < 0)
            {
                missing.Add(schema.Name);
                return;
            }

            var next = doc.IndexOf("\n### ", at + 4, StringComparison.Ordinal);
            var section = next > 0 ? doc[at..next] : doc[at..];
            missing.AddRange(schema.Columns.Where(c => !section.Contains($"| `{c.Name}` | {c.Kind} |", StringComparison.Ordinal)).Select(c => $"{schema.Name}.{c.Name}"));
        }

        Check(ExportSchemas.Sources);
        Check(ExportSchemas.Countries);
        Check(ExportSchemas.Events);
        Check(ExportSchemas.Trade);
        Check(ExportSchemas.Indicators);
        Check(ExportSchemas.Finance);
        Check(ExportSchemas.Investments);
        Check(ExportSchemas.Projects);
        Check(ExportSchemas.Initiatives);
        Check(ExportSchemas.TradeHighlights);
        Check(ExportSchemas.Claims);

        missing.Should().BeEmpty("docs/exports.md lists every column of every set");
    }
}
