using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BriData.Loading.Embedded;
using CsCheck;

namespace BriData.Tests.Reliability;

/// <summary>
/// The embedded release's own tokenizer (<see cref="EmbeddedJsonReader"/>) against System.Text.Json, property by
/// property: every string System.Text.Json writes (escaped or raw UTF-8) reads back the same, and every number reads
/// as the same decimal, or is refused where System.Text.Json refuses it.
/// </summary>
public sealed class EmbeddedJsonReaderTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
        "a", "Z", "0", " ", "\"", "\\", "/", "\n", "\r", "\t", "\b", "\f", "\u0001", "\u001f", "é", "ñ", "中文", "…", "€", "😀", "\u202e", "<", "&", "'", "+")
        .Array[0, 12].Select(parts => string.Concat(parts));

    [Fact]
    public void Every_string_written_by_System_Text_Json_reads_back_the_same()
    {
        Text.Sample(text =>
        {
            foreach (var encoder in new[] { JavaScriptEncoder.Default, JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
            {
                var json = Write(w => w.WriteString("k", text), encoder);
                var reader = new EmbeddedJsonReader(json);
                reader.Read().Should().BeTrue();
                reader.Read().Should().BeTrue();
                reader.TokenType.Should().Be(EmbeddedToken.PropertyName);
                reader.Read().Should().BeTrue();
                reader.TokenType.Should().Be(EmbeddedToken.String);
                reader.GetString().Should().Be(text, Encoding.UTF8.GetString(json));
                new StringPool().Get(reader.ValueSpan).Should().Be(reader.ValueIsEscaped ? Encoding.UTF8.GetString(reader.ValueSpan) : text);
            }
        }, iter: 2_000);
    }

    [Fact]
    public void Every_decimal_written_by_System_Text_Json_reads_back_the_same()
    {
        Gen.Decimal.Sample(value =>
        {
            var json = Write(w => w.WriteNumber("n", value), JavaScriptEncoder.Default);
            var reader = new EmbeddedJsonReader(json);
            reader.Read();
            reader.Read();
            reader.Read().Should().BeTrue();
            reader.GetDecimal().Should().Be(value);
        }, iter: 2_000);
    }

    [Fact]
    public void Numbers_with_exponents_read_as_System_Text_Json_reads_them_or_are_refused_alike()
    {
        Gen.Select(Gen.Long[-1_000_000_000_000, 1_000_000_000_000], Gen.Int[0, 6], Gen.Int[-40, 40]).Sample((mantissa, scale, exponent) =>
        {
            var number = new decimal(mantissa) / (decimal)Math.Pow(10, scale);
            var text = string.Create(CultureInfo.InvariantCulture, $"{number}e{exponent}");
            var json = Encoding.UTF8.GetBytes("[" + text + "]");
            var reference = new Utf8JsonReader(json);
            reference.Read();
            reference.Read();
            var referenceOk = reference.TryGetDecimal(out var expected);

            var reader = new EmbeddedJsonReader(json);
            reader.Read();
            reader.Read().Should().BeTrue();
            reader.TokenType.Should().Be(EmbeddedToken.Number);
            decimal? actual;
            try
            {
                actual = reader.GetDecimal();
            }
            catch (EmbeddedDataException)
            {
                actual = null;
            }

            actual.Should().Be(referenceOk ? expected : null, text);
        }, iter: 2_000);
    }

    [Fact]
    public void Utf8_decoding_agrees_with_a_strict_decoder_on_any_bytes()
    {
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Text.Sample(text => Utf8Text.Decode(Encoding.UTF8.GetBytes(text)).Should().Be(text), iter: 2_000);
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            string? expected;
            try
            {
                expected = strict.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                expected = null;
            }

            var decode = () => Utf8Text.Decode(bytes);
            if (expected is null)
            {
                decode.Should().Throw<EmbeddedDataException>().Which.Message.Should().Contain("not valid UTF-8");
            }
            else
            {
                decode().Should().Be(expected);
            }
        }, iter: 20_000);
    }

    [Fact]
    public void Ascii_widening_copies_exactly_the_ascii_inputs_that_fit_and_refuses_the_rest()
    {
        Gen.Select(Gen.Byte.Array[0, 20], Gen.Int[0, 24]).Sample((bytes, room) =>
        {
            var chars = new char[room];
            var written = Utf8Text.AsciiChars(bytes, chars);
            var expected = bytes.Length <= room && bytes.All(b => b < 0x80) ? bytes.Length : -1;
            written.Should().Be(expected);
            if (written >= 0)
            {
                new string(chars, 0, written).Should().Be(Encoding.ASCII.GetString(bytes));
            }
        }, iter: 5_000);
    }

    [Fact]
    public void Literals_arrays_and_skips_follow_the_structure()
    {
        var json = """{"a": [true, false, null, {"b": [1, 2]}], "c": -0.5e-2}"""u8;
        var reader = new EmbeddedJsonReader(json);
        var tokens = new List<EmbeddedToken>();
        while (reader.Read())
        {
            tokens.Add(reader.TokenType);
        }

        tokens.Should().Equal(
            EmbeddedToken.StartObject, EmbeddedToken.PropertyName, EmbeddedToken.StartArray, EmbeddedToken.True, EmbeddedToken.False,
            EmbeddedToken.Null, EmbeddedToken.StartObject, EmbeddedToken.PropertyName, EmbeddedToken.StartArray, EmbeddedToken.Number,
            EmbeddedToken.Number, EmbeddedToken.EndArray, EmbeddedToken.EndObject, EmbeddedToken.EndArray, EmbeddedToken.PropertyName,
            EmbeddedToken.Number, EmbeddedToken.EndObject);

        var skipping = new EmbeddedJsonReader(json);
        skipping.Read();
        skipping.Read();
        skipping.Skip();
        skipping.TokenType.Should().Be(EmbeddedToken.EndArray);
        skipping.Read();
        skipping.GetString().Should().Be("c");
        skipping.Read();
        skipping.GetDecimal().Should().Be(-0.005m);
    }

    [Theory]
    [InlineData("\"open")]
    [InlineData("\"ends in \\")]
    [InlineData("tru")]
    [InlineData("@")]
    public void Broken_input_throws_a_named_error_and_never_reads_past_the_end(string json)
    {
        var read = () =>
        {
            var reader = new EmbeddedJsonReader(Encoding.UTF8.GetBytes(json));
            while (reader.Read())
            {
            }
        };

        read.Should().Throw<EmbeddedDataException>().Which.Message.Should().Contain("at byte");
    }

    private static byte[] Write(Action<Utf8JsonWriter> write, JavaScriptEncoder encoder)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = encoder }))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return stream.ToArray();
    }
}
