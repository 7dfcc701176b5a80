using System.Buffers;
using System.Text.Json;

namespace BriData.Loading;

/// <summary>
/// The part of a JSON document that a <see cref="Utf8JsonReader"/> is reading: the whole document when it is in memory,
/// or a window of a stream (64 KiB to start with, grown only for a token or value larger than that) that slides on as
/// the document is read, so that a JSON set is read from its file without the file ever being whole in memory
/// (issue 14, fault 4). Every read goes through <see cref="Step"/>, which refills the window and restarts the reader
/// from its state before the step when the step needs bytes not yet read. Counts lines, for problems.
/// </summary>
internal sealed class JsonWindow : IDisposable
{
    private const int StartSize = 1 << 16;
    private readonly Stream? stream;
    private readonly long maxSize;
    private readonly JsonReaderOptions options;
    private byte[] buffer;
    private int start;
    private int end;
    private bool final;
    private long windowBase;
    private long readerBase;
    private long line = 1;
    private long counted;

    /// <summary>A window over a whole document in memory.</summary>
    public JsonWindow(byte[] bytes, JsonReaderOptions options)
    {
        buffer = bytes;
        end = bytes.Length;
        final = true;
        this.options = options;
        maxSize = bytes.Length;
    }

    /// <summary>A window over a stream, never larger than <paramref name="maxSize"/> bytes (a larger token or value is a <see cref="JsonWindowFullException"/>). A UTF-8 byte order mark is skipped.</summary>
    public JsonWindow(Stream stream, long maxSize, JsonReaderOptions options)
    {
        this.stream = stream;
        this.maxSize = Math.Max(StartSize, maxSize);
        this.options = options;
        buffer = ArrayPool<byte>.Shared.Rent(StartSize);
        while (!final && end < 3)
        {
            ReadMore();
        }

        if (buffer.AsSpan(0, end).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = 3;
            windowBase = readerBase = 3;
            counted = 3;
        }
    }

    /// <summary>What <see cref="Step"/> reads past its first token.</summary>
    public enum Skip
    {
        /// <summary>One token only.</summary>
        Nothing,

        /// <summary>A whole value: an object or array with everything in it.</summary>
        Value,

        /// <summary>A whole value unless it is an array (whose elements are then read one by one).</summary>
        ValueUnlessArray,
    }

    /// <summary>A reader at the start of the document.</summary>
    public Utf8JsonReader Start() => new(buffer.AsSpan(start, end - start), final, new JsonReaderState(options));

    /// <summary>
    /// Reads the next token (and, as <paramref name="skip"/> says, the rest of its value); false at the end of the
    /// document. <paramref name="first"/> is the type of the token the step started with and <paramref name="from"/>
    /// its offset in the document.
    /// </summary>
    /// <exception cref="JsonException">The document is not valid JSON.</exception>
    /// <exception cref="JsonWindowFullException">The token or value does not fit in the largest window allowed.</exception>
    public bool Step(ref Utf8JsonReader reader, Skip skip, out JsonTokenType first, out long from)
    {
        var state = reader.CurrentState;
        var consumed = readerBase + reader.BytesConsumed;
        while (true)
        {
            if (reader.Read())
            {
                first = reader.TokenType;
                from = readerBase + reader.TokenStartIndex;
                var skips = first is JsonTokenType.StartObject or JsonTokenType.StartArray
                    && (skip == Skip.Value || (skip == Skip.ValueUnlessArray && first != JsonTokenType.StartArray));
                if (!skips || reader.TrySkip())
                {
                    return true;
                }
            }
            else if (final)
            {
                first = JsonTokenType.None;
                from = readerBase + reader.BytesConsumed;
                return false;
            }

            Refill(consumed);
            reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), final, state);
            readerBase = consumed;
        }
    }

    /// <summary>The offset in the document just after what <paramref name="reader"/> has read.</summary>
    public long Consumed(in Utf8JsonReader reader) => readerBase + reader.BytesConsumed;

    /// <summary>Bytes of the document still in the window (from the start of the current step's token on).</summary>
    public ReadOnlySpan<byte> Slice(long from, long to) => buffer.AsSpan(start + (int)(from - windowBase), (int)(to - from));

    /// <summary>The 1-based line of an offset in the document; offsets asked for must not go back before the window.</summary>
    public long LineAt(long offset)
    {
        if (offset > counted)
        {
            line += buffer.AsSpan(start + (int)(counted - windowBase), (int)(offset - counted)).Count((byte)'\n');
            counted = offset;
        }

        return line;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (stream is not null && buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
        }
    }

    /// <summary>Drops the bytes before <paramref name="keep"/> (counting their lines) and reads more after the rest.</summary>
    private void Refill(long keep)
    {
        if (stream is null)
        {
            throw new InvalidOperationException("a document in memory is read whole");
        }

        LineAt(keep);
        var from = start + (int)(keep - windowBase);
        var length = end - from;
        if (length == buffer.Length)
        {
            if (buffer.Length >= maxSize)
            {
                throw new JsonWindowFullException();
            }

            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(maxSize, (long)buffer.Length * 2));
            buffer.AsSpan(from, length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        else if (from > 0)
        {
            buffer.AsSpan(from, length).CopyTo(buffer);
        }

        start = 0;
        end = length;
        windowBase = keep;
        ReadMore();
    }

    private void ReadMore()
    {
        var n = stream!.Read(buffer, end, buffer.Length - end);
        if (n == 0)
        {
            final = true;
        }
        else
        {
            end += n;
        }
    }
}
