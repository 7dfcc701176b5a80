using System.Text;
using BriData.Loading;

namespace BriData.Tests.Reliability;

/// <summary>
/// The streaming UTF-8 decoder of CSV and JSON Lines sets (issue 14, fault 4): the same text as decoding the whole
/// file, whatever falls on the boundary of its 64 KiB buffer, and an invalid byte reported with its line, only once
/// every char before it has been read.
/// </summary>
public sealed class StrictUtf8ReaderTests
{
    [Theory]
    [InlineData(65_535)]
    [InlineData(65_534)]
    [InlineData(65_533)]
    [InlineData(131_071)]
    public void Text_split_across_the_buffer_boundary_is_decoded_as_a_whole(int at)
    {
        // A 4-byte char (U+1F600), a 3-byte one and a 2-byte one starting at each offset around the 64 KiB boundary.
        var text = new StringBuilder();
        text.Append('a', at).Append("😀中é\n").Append('b', 1000).Append("\r\nend");
        var bytes = Encoding.UTF8.GetBytes(text.ToString());

        Decode(bytes).Should().Be(text.ToString());
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        Decode([0xEF, 0xBB, 0xBF, (byte)'h', (byte)'i']).Should().Be("hi");
    }

    [Fact]
    public void An_invalid_byte_far_into_the_file_is_reported_with_its_line_after_the_text_before_it()
    {
        var before = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"row {i},ü\n"));
        var bytes = Encoding.UTF8.GetBytes(before).Concat(new byte[] { (byte)'x', 0xC3, (byte)'(' }).Concat(Encoding.UTF8.GetBytes("\nafter\n")).ToArray();
        using var reader = new StrictUtf8Reader(new MemoryStream(bytes));
        var read = new StringBuilder();

        var act = () =>
        {
            int c;
            while ((c = reader.Read()) >= 0)
            {
                read.Append((char)c);
            }
        };

        act.Should().Throw<TextEncodingException>().Which.Line.Should().Be(20_001);
        read.ToString().Should().Be(before + "x", "every char before the invalid byte is handed out first");
    }

    [Fact]
    public void A_sequence_cut_off_by_the_end_of_the_file_is_invalid()
    {
        using var reader = new StrictUtf8Reader(new MemoryStream([(byte)'a', (byte)'\n', 0xE4, 0xB8]));
        reader.Read().Should().Be('a');
        reader.Read().Should().Be('\n');
        var act = () => reader.Read();
        act.Should().Throw<TextEncodingException>().Which.Line.Should().Be(2);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'a' })]
    public void A_utf16_byte_order_mark_is_refused_on_line_1(byte[] bytes)
    {
        using var reader = new StrictUtf8Reader(new MemoryStream(bytes));
        var act = () => reader.Peek();
        act.Should().Throw<TextEncodingException>().Which.Message.Should().Be("the file starts with a UTF-16 byte order mark; BriData reads UTF-8 only");
    }

    private static string Decode(byte[] bytes)
    {
        using var reader = new StrictUtf8Reader(new OneByteAtATimeAtTheEnd(bytes));
        return reader.ReadToEnd();
    }

    /// <summary>A stream that returns short reads (a file on a slow disk or a pipe): whole 64 KiB blocks, then odd-sized pieces.</summary>
    private sealed class OneByteAtATimeAtTheEnd(byte[] bytes) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Position < 65_536 ? count : Math.Min(count, 7));
    }
}
