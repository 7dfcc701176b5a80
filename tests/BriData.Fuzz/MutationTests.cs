using System.Text;
using BriData.Tests.Reliability;

namespace BriData.Fuzz;

/// <summary>The fuzzer's mutations do what they say, so that its figures mean something.</summary>
public sealed class MutationTests
{
    private static readonly byte[] Trade = Encoding.UTF8.GetBytes("{\n  \"formatVersion\": 1,\n  \"records\": [\n    {\n      \"year\": 2019,\n      \"value\": 1.5\n    }\n  ]\n}\n");

    [Fact]
    public void A_value_mutation_replaces_the_nth_number_with_a_number_that_still_parses()
    {
        var mutated = Encoding.UTF8.GetString(new Mutation(7, 1, 1, Array.IndexOf(Mutation.Numbers, "1947")).Apply(Trade));

        mutated.Should().Contain("\"year\": 1947,").And.Contain("\"formatVersion\": 1,").And.Contain("\"value\": 1.5");
    }

    [Fact]
    public void A_string_mutation_replaces_the_nth_string_with_a_valid_json_string()
    {
        var mutated = Encoding.UTF8.GetString(new Mutation(8, 2, 1, Array.IndexOf(Mutation.Strings, "XYZ")).Apply(Trade));

        mutated.Should().Contain("\"XYZ\": 2019,");
    }

    [Fact]
    public void Byte_mutations_flip_insert_delete_and_truncate()
    {
        new Mutation(0, 0, 1, 0).Apply([0x7B]).Should().Equal(0x7A);
        new Mutation(2, 1, 1, Array.FindIndex(Mutation.Tokens, t => t.AsSpan().SequenceEqual("null"u8))).Apply([0x5B, 0x5D]).Should().Equal("[null]"u8.ToArray());
        new Mutation(3, 1, 2, 0).Apply([1, 2, 3, 4]).Should().Equal(1, 4);
        new Mutation(5, 2, 1, 0).Apply([1, 2, 3, 4]).Should().Equal(1, 2);
    }

    [Fact]
    public void A_value_mutation_of_a_saved_release_reaches_validation()
    {
        using var folder = new ReleaseFolder();
        var bytes = File.ReadAllBytes(folder.FilePath("trade.json"));
        folder.WriteBytes("trade.json", new Mutation(7, 1, 1, Array.IndexOf(Mutation.Numbers, "1947")).Apply(bytes));

        var act = () => folder.Load();

        act.Should().Throw<BriDataException>().Which.Problems.Should().ContainSingle().Which.Reason.Should().StartWith("year 1947 is outside 1948..");
    }
}
