using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace BriData.Loading.Embedded;

/// <summary>The kind of token an <see cref="EmbeddedJsonReader"/> is on.</summary>
internal enum EmbeddedToken
{
    /// <summary>Before the first token, or after the last.</summary>
    None,

    /// <summary><c>{</c>.</summary>
    StartObject,

    /// <summary><c>}</c>.</summary>
    EndObject,

    /// <summary><c>[</c>.</summary>
    StartArray,

    /// <summary><c>]</c>.</summary>
    EndArray,

    /// <summary>A property name (a string followed by <c>:</c>).</summary>
    PropertyName,

    /// <summary>A string value.</summary>
    String,

    /// <summary>A number.</summary>
    Number,

    /// <summary><c>true</c>.</summary>
    True,

    /// <summary><c>false</c>.</summary>
    False,

    /// <summary><c>null</c>.</summary>
    Null,
}

/// <summary>
/// A forward-only tokenizer for the embedded release's JSON, which BriData's own writer produced and whose bytes are
/// proven by hash before they are read. It is not <see cref="System.Text.Json.Utf8JsonReader"/> on purpose: the first
/// string that reader scans in a process costs about 12 ms on the CI machines (measured: 1 ms for numbers and
/// punctuation, 12–17 ms once a string is read), more than the whole parse of most sets. It reads objects, arrays,
/// strings (with every JSON escape), numbers, <c>true</c>, <c>false</c> and <c>null</c>; it never reads past the
/// end, and anything else throws <see cref="EmbeddedDataException"/>. Separators are skipped, not checked: the
/// grammar was checked when the release was built.
/// </summary>
internal ref struct EmbeddedJsonReader
{
    private readonly ReadOnlySpan<byte> json;
    private int position;
    private bool hasExponent;

    /// <summary>A reader before the first token of <paramref name="utf8Json"/>.</summary>
    public EmbeddedJsonReader(ReadOnlySpan<byte> utf8Json)
    {
        json = utf8Json;
        position = 0;
        TokenType = EmbeddedToken.None;
        ValueSpan = default;
        ValueIsEscaped = false;
        hasExponent = false;
    }

    /// <summary>The current token.</summary>
    public EmbeddedToken TokenType { get; private set; }

    /// <summary>The raw bytes of the current string (without quotes, escapes not decoded) or number.</summary>
    public ReadOnlySpan<byte> ValueSpan { get; private set; }

    /// <summary>True when the current string holds a backslash escape (<see cref="GetString"/> decodes it).</summary>
    public bool ValueIsEscaped { get; private set; }

    /// <summary>Moves to the next token; false at the end of the input.</summary>
    public bool Read()
    {
        ValueSpan = default;
        ValueIsEscaped = false;
        while (position < json.Length)
        {
            var b = json[position];
            switch (b)
            {
                case (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)',' or (byte)':':
                    position++;
                    continue;
                case (byte)'{':
                    return Punctuation(EmbeddedToken.StartObject);
                case (byte)'}':
                    return Punctuation(EmbeddedToken.EndObject);
                case (byte)'[':
                    return Punctuation(EmbeddedToken.StartArray);
                case (byte)']':
                    return Punctuation(EmbeddedToken.EndArray);
                case (byte)'"':
                    ReadString();
                    return true;
                case (byte)'t':
                    return Literal("true"u8, EmbeddedToken.True);
                case (byte)'f':
                    return Literal("false"u8, EmbeddedToken.False);
                case (byte)'n':
                    return Literal("null"u8, EmbeddedToken.Null);
                case (byte)'-' or (>= (byte)'0' and <= (byte)'9'):
                    ReadNumber();
                    return true;
                default:
                    throw Error($"unexpected byte 0x{b:x2}");
            }
        }

        TokenType = EmbeddedToken.None;
        return false;
    }

    /// <summary>Skips the current value: a whole object or array when on its start (or on the name before it).</summary>
    public void Skip()
    {
        if (TokenType == EmbeddedToken.PropertyName)
        {
            Read();
        }

        if (TokenType is not (EmbeddedToken.StartObject or EmbeddedToken.StartArray))
        {
            return;
        }

        var depth = 1;
        while (depth > 0 && Read())
        {
            depth += TokenType switch
            {
                EmbeddedToken.StartObject or EmbeddedToken.StartArray => 1,
                EmbeddedToken.EndObject or EmbeddedToken.EndArray => -1,
                _ => 0,
            };
        }
    }

    /// <summary>The current string, escapes decoded.</summary>
    public readonly string GetString()
    {
        if (TokenType is not (EmbeddedToken.String or EmbeddedToken.PropertyName))
        {
            throw Error($"expected a string, found {TokenType}");
        }

        return ValueIsEscaped ? Unescape(ValueSpan) : Utf8Text.Decode(ValueSpan);
    }

    /// <summary>True when the current string (unescaped) is exactly <paramref name="text"/>.</summary>
    public readonly bool ValueTextEquals(string text) =>
        TokenType is EmbeddedToken.String or EmbeddedToken.PropertyName && string.Equals(GetString(), text, StringComparison.Ordinal);

    /// <summary>The current number as a 32-bit integer (no fraction, no exponent).</summary>
    public readonly int GetInt32() =>
        TokenType == EmbeddedToken.Number && Utf8Parser.TryParse(ValueSpan, out int value, out var used) && used == ValueSpan.Length
            ? value
            : throw Error($"'{Encoding.UTF8.GetString(ValueSpan)}' ({TokenType}) is not a 32-bit integer");

    /// <summary>The current number as a 64-bit integer (no fraction, no exponent).</summary>
    public readonly long GetInt64() =>
        TokenType == EmbeddedToken.Number && Utf8Parser.TryParse(ValueSpan, out long value, out var used) && used == ValueSpan.Length
            ? value
            : throw Error($"'{Encoding.UTF8.GetString(ValueSpan)}' ({TokenType}) is not a 64-bit integer");

    /// <summary>The current number as a decimal, parsed as <see cref="System.Text.Json.Utf8JsonReader.GetDecimal"/> does.</summary>
    public readonly decimal GetDecimal() =>
        TokenType == EmbeddedToken.Number && Utf8Parser.TryParse(ValueSpan, out decimal value, out var used, hasExponent ? 'e' : default) && used == ValueSpan.Length
            ? value
            : throw Error($"'{Encoding.UTF8.GetString(ValueSpan)}' ({TokenType}) is not a decimal within ±7.9e28");

    /// <summary>The current <c>true</c> or <c>false</c>.</summary>
    public readonly bool GetBoolean() => TokenType switch
    {
        EmbeddedToken.True => true,
        EmbeddedToken.False => false,
        _ => throw Error($"expected true or false, found {TokenType}"),
    };

    private bool Punctuation(EmbeddedToken token)
    {
        TokenType = token;
        position++;
        return true;
    }

    private bool Literal(ReadOnlySpan<byte> literal, EmbeddedToken token)
    {
        if (!json[position..].StartsWith(literal))
        {
            throw Error("unexpected literal");
        }

        TokenType = token;
        position += literal.Length;
        return true;
    }

    private void ReadString()
    {
        var start = position + 1;
        var end = start;
        var escaped = false;

        // A plain scan, not IndexOfAny: the release's strings are short, and the first vectorised search of a process
        // costs about 2 ms (measured on the ReadyToRun build).
        while (true)
        {
            if (end >= json.Length)
            {
                throw Error("a string is not closed");
            }

            var b = json[end];
            if (b == (byte)'"')
            {
                break;
            }

            if (b != (byte)'\\')
            {
                end++;
                continue;
            }

            escaped = true;
            end += 2;
            if (end > json.Length)
            {
                throw Error("a string ends in an escape");
            }
        }

        ValueSpan = json[start..end];
        ValueIsEscaped = escaped;
        position = end + 1;
        var next = position;
        while (next < json.Length && json[next] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
        {
            next++;
        }

        TokenType = next < json.Length && json[next] == (byte)':' ? EmbeddedToken.PropertyName : EmbeddedToken.String;
    }

    private void ReadNumber()
    {
        var start = position;
        var exponent = false;
        while (position < json.Length && json[position] is (byte)'-' or (byte)'+' or (byte)'.' or (>= (byte)'0' and <= (byte)'9') or (byte)'e' or (byte)'E')
        {
            exponent |= json[position] is (byte)'e' or (byte)'E';
            position++;
        }

        ValueSpan = json[start..position];
        hasExponent = exponent;
        TokenType = EmbeddedToken.Number;
    }

    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        var builder = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var slash = raw[i..].IndexOf((byte)'\\');
            var plain = slash < 0 ? raw[i..] : raw.Slice(i, slash);
            builder.Append(Utf8Text.Decode(plain));
            if (slash < 0)
            {
                break;
            }

            i += slash + 1;
            var kind = raw[i++];
            switch (kind)
            {
                case (byte)'"' or (byte)'\\' or (byte)'/':
                    builder.Append((char)kind);
                    break;
                case (byte)'b':
                    builder.Append('\b');
                    break;
                case (byte)'f':
                    builder.Append('\f');
                    break;
                case (byte)'n':
                    builder.Append('\n');
                    break;
                case (byte)'r':
                    builder.Append('\r');
                    break;
                case (byte)'t':
                    builder.Append('\t');
                    break;
                case (byte)'u' when i + 4 <= raw.Length && Utf8Parser.TryParse(raw.Slice(i, 4), out ushort code, out var used, 'X') && used == 4:
                    builder.Append((char)code);
                    i += 4;
                    break;
                default:
                    throw new EmbeddedDataException("string", "an escape is not valid JSON");
            }
        }

        return builder.ToString();
    }

    private readonly EmbeddedDataException Error(string reason) => new("JSON", $"{reason} at byte {position}");
}
