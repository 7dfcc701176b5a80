using System.Text.Json;
using BriData.Formats;

namespace BriData.Tests.Export;

/// <summary>
/// Issue 14 (peak memory of a CSV or JSON Lines load): the JSON lists of a cell are read straight into frozen value
/// lists, one list for a repeated cell of short items. What the quick reader accepts it reads exactly as the serializer
/// does; everything else it leaves to the serializer, which reads or reports it as before.
/// </summary>
public sealed class ListPoolTests
{
    [Theory]
    [InlineData("[]")]
    [InlineData(" [ ] ")]
    [InlineData("[\"a\"]")]
    [InlineData("[\"aiddata-gcdf3-geo\",\"aiddata-gcdf3-recommended\"]")]
    [InlineData("[ \"a\" ,\t\"\" ,\r\n\"b c\" ]")]
    [InlineData("[\"é – ü\"]")]
    [InlineData("[\"a\\\"b\"]")]
    [InlineData("[\"a\\u0041\"]")]
    [InlineData("[null]")]
    [InlineData("[\"a\",]")]
    [InlineData("[,\"a\"]")]
    [InlineData("[\"a\" \"b\"]")]
    [InlineData("[\"a\"")]
    [InlineData("[\"a\"] x")]
    [InlineData("[1]")]
    [InlineData("{}")]
    [InlineData("[[\"a\"]]")]
    [InlineData("[\"a\tb\"]")]
    [InlineData("[\"\ud800\"]")]
    public void A_string_list_is_read_as_the_serializer_reads_it_or_left_to_it(string text) =>
        Check(text, ExportJson.Context.IReadOnlyListString);

    [Theory]
    [InlineData("[]")]
    [InlineData("[1,2,3]")]
    [InlineData("[ -5 , 0, -0 ]")]
    [InlineData("[2147483647,-2147483648]")]
    [InlineData("[2147483648]")]
    [InlineData("[01]")]
    [InlineData("[1.0]")]
    [InlineData("[1e2]")]
    [InlineData("[+1]")]
    [InlineData("[-]")]
    [InlineData("[1,]")]
    [InlineData("[1 2]")]
    [InlineData("[\"1\"]")]
    [InlineData("[1a]")]
    public void An_integer_list_is_read_as_the_serializer_reads_it_or_left_to_it(string text) =>
        Check(text, ExportJson.Context.IReadOnlyListInt32);

    [Fact]
    public void A_repeated_cell_of_short_items_is_one_list_and_a_cell_of_long_items_is_not()
    {
        var pool = new ListPool(new StringPool());
        const string ids = "[\"aiddata-gcdf3-geo\",\"aiddata-gcdf3-recommended\"]";
        var link = "[\"https://www.openstreetmap.org/way/" + new string('1', 40) + "\"]";

        pool.TryGet(ids, out IReadOnlyList<string> first).Should().BeTrue();
        pool.TryGet(new string(ids.AsSpan()), out IReadOnlyList<string> second).Should().BeTrue();
        pool.TryGet(link, out IReadOnlyList<string> long1).Should().BeTrue();
        pool.TryGet(link, out IReadOnlyList<string> long2).Should().BeTrue();

        second.Should().BeSameAs(first).And.BeOfType<ValueList<string>>();
        long2.Should().NotBeSameAs(long1).And.Equal(long1);
    }

    [Fact]
    public void An_empty_list_of_strings_and_one_of_integers_are_kept_apart()
    {
        var pool = new ListPool(new StringPool());

        pool.TryGet("[]", out IReadOnlyList<string> strings).Should().BeTrue();
        pool.TryGet("[]", out IReadOnlyList<int> ints).Should().BeTrue();

        strings.Should().BeOfType<ValueList<string>>().And.BeEmpty();
        ints.Should().BeOfType<ValueList<int>>().And.BeEmpty();
    }

    [Fact]
    public void Other_types_and_long_lists_are_left_to_the_serializer()
    {
        var pool = new ListPool(new StringPool());
        var many = "[" + string.Join(',', Enumerable.Range(0, ListPool.MaxItems + 1)) + "]";

        pool.TryGet("[]", out IReadOnlyList<CountryCode> _).Should().BeFalse();
        pool.TryGet(many, out IReadOnlyList<int> _).Should().BeFalse();
        pool.TryGet(many[..many.LastIndexOf(',')] + "]", out IReadOnlyList<int> most).Should().BeTrue();
        most.Should().HaveCount(ListPool.MaxItems);
    }

    private static void Check<T>(string text, System.Text.Json.Serialization.Metadata.JsonTypeInfo<IReadOnlyList<T>> typeInfo)
    {
        IReadOnlyList<T>? expected;
        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text));
            expected = JsonSerializer.Deserialize(ref reader, typeInfo);
            if (reader.Read())
            {
                expected = null;
            }
        }
        catch (JsonException)
        {
            expected = null;
        }

        var read = new ListPool(new StringPool()).TryGet(text, out IReadOnlyList<T> list);

        if (read)
        {
            expected.Should().NotBeNull($"'{text}' is read only when the serializer reads it");
            list.Should().BeOfType<ValueList<T>>().And.Equal(expected!);
        }
        else if (expected is not null)
        {
            text.Should().ContainAny(["\\", "null", "[[", "\ud800"], "the quick reader declines only what the serializer rejects or what needs unescaping, a null or a nested list");
        }
    }
}
