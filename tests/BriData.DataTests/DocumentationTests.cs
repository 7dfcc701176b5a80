using System.Reflection;
using System.Text.Json.Serialization;

namespace BriData.DataTests;

/// <summary>Keeps docs/data-dictionary.md complete: every serialised field of every record type is described.</summary>
public sealed class DocumentationTests
{
    /// <summary>The record type of every set (from the one list of sets), and the nested records they hold.</summary>
    public static TheoryData<Type> RecordTypes() =>
    [
        .. BriData.Loading.DataSets.All.Select(set => set.RecordType),
        typeof(LocalizedNames), typeof(AlternativeDate), typeof(ProjectMilestone), typeof(ProjectMeasure), typeof(ProjectCost),
    ];

    [Theory]
    [MemberData(nameof(RecordTypes))]
    public void Every_field_of_the_record_is_in_the_data_dictionary(Type type)
    {
        var dictionary = File.ReadAllText(Path.Combine(ReadmeExampleTests.RepositoryRoot(), "docs", "data-dictionary.md"));
        var section = dictionary[dictionary.IndexOf($"## {type.Name}\n", StringComparison.Ordinal)..];
        var next = section.IndexOf("\n## ", 3, StringComparison.Ordinal);
        section = next > 0 ? section[..next] : section;
        var fields = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.Name != nameof(ISourced.SourceIds) && p.Name != "EqualityContract")
            .Select(p => char.ToLowerInvariant(p.Name[0]) + p.Name[1..]);
        foreach (var field in fields)
        {
            section.Should().Contain($"| `{field}` |", $"{type.Name}.{field} must be documented (run tools/scripts/data-dictionary.py)");
        }
    }
}
