using System.Buffers;
using System.Text.Unicode;

namespace BriData.Loading;

/// <summary>
/// A streaming, strict UTF-8 decoder: reads a stream 64 KiB at a time and hands out its text char by char, so that a
/// CSV or JSON Lines set is parsed without its bytes or its text ever being whole in memory (issue 14, fault 4). A
/// leading UTF-8 byte order mark is skipped; a UTF-16 one, and any byte sequence that is not UTF-8, is an
/// <see cref="TextEncodingException"/> naming the line of the offending byte, thrown only when the reader gets there
/// (every char before it is handed out first, so the rows before it are read and checked as usual).
/// </summary>
/// <remarks>
/// Unlike a <see cref="StreamReader"/> with a throwing <see cref="System.Text.UTF8Encoding"/>, which fails a whole
/// buffer ahead of its reader and says only where in that buffer, this reader knows the line of the invalid byte
/// (lines are counted as LF bytes, as <see cref="Formats.CsvParser"/> and <see cref="Formats.BoundedLineReader"/> count them).
/// </remarks>
internal sealed class StrictUtf8Reader(Stream stream) : TextReader
{
    private const int BufferSize = 1 << 16;
    private readonly byte[] bytes = ArrayPool<byte>.Shared.Rent(BufferSize);
    private readonly char[] chars = ArrayPool<char>.Shared.Rent(BufferSize);
    private int byteStart;
    private int byteEnd;
    private int charPos;
    private int charEnd;
    private long lineFeeds;
    private bool endOfStream;
    private bool started;
    private bool returned;
    private TextEncodingException? pending;

    /// <inheritdoc />
    public override int Peek() => charPos < charEnd || Fill() ? chars[charPos] : -1;

    /// <inheritdoc />
    public override int Read() => charPos < charEnd || Fill() ? chars[charPos++] : -1;

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || (charPos == charEnd && !Fill()))
        {
            return 0;
        }

        var n = Math.Min(buffer.Length, charEnd - charPos);
        chars.AsSpan(charPos, n).CopyTo(buffer);
        charPos += n;
        return n;
    }

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing && !returned)
        {
            returned = true;
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }

        base.Dispose(disposing);
    }

    /// <summary>Decodes the next chars; false at the end of the stream.</summary>
    /// <exception cref="TextEncodingException">The next byte is not UTF-8 (or the stream starts with a UTF-16 byte order mark).</exception>
    private bool Fill()
    {
        ObjectDisposedException.ThrowIf(returned, this);
        charPos = charEnd = 0;
        while (true)
        {
            if (pending is not null)
            {
                throw pending;
            }

            if (!endOfStream)
            {
                ReadMore();
            }

            if (!started)
            {
                if (byteEnd - byteStart < 3 && !endOfStream)
                {
                    continue;
                }

                started = true;
                var head = bytes.AsSpan(byteStart, byteEnd - byteStart);
                if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    byteStart += 3;
                }
                else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
                {
                    pending = new TextEncodingException(1, "the file starts with a UTF-16 byte order mark; BriData reads UTF-8 only");
                    continue;
                }
            }

            var input = bytes.AsSpan(byteStart, byteEnd - byteStart);
            var status = Utf8.ToUtf16(input, chars.AsSpan(0, BufferSize), out var read, out var written, replaceInvalidSequences: false, isFinalBlock: endOfStream);
            lineFeeds += input[..read].Count((byte)'\n');
            byteStart += read;
            charEnd = written;
            if (status == OperationStatus.InvalidData)
            {
                pending = new TextEncodingException(lineFeeds + 1, "the file is not valid UTF-8");
            }

            if (written > 0)
            {
                return true;
            }

            if (endOfStream && pending is null)
            {
                return false;
            }
        }
    }

    /// <summary>Moves the undecoded bytes to the front of the buffer and reads more after them.</summary>
    private void ReadMore()
    {
        if (byteStart > 0)
        {
            bytes.AsSpan(byteStart, byteEnd - byteStart).CopyTo(bytes);
            byteEnd -= byteStart;
            byteStart = 0;
        }

        var n = stream.Read(bytes, byteEnd, BufferSize - byteEnd);
        if (n == 0)
        {
            endOfStream = true;
        }
        else
        {
            byteEnd += n;
        }
    }
}
