using System.Text.Json;
using System.Text.Json.Serialization;
using static System.FormattableString;

namespace BriData.Formats.Json;

/// <summary>Reads and writes a <see cref="CountryCode"/> as its alpha-3 string (three letters); rejects anything else, numeric codes such as <c>604</c> included.</summary>
internal sealed class CountryCodeJsonConverter : JsonConverter<CountryCode>
{
    public override CountryCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(Invariant($"expected a country code string, found {reader.TokenType}"));
        }

        Span<char> buffer = stackalloc char[8];
        var length = reader.HasValueSequence || reader.ValueSpan.Length > 8 ? -1 : reader.CopyString(buffer);
        if (length == 3 && char.IsAsciiLetter(buffer[0]) && char.IsAsciiLetter(buffer[1]) && char.IsAsciiLetter(buffer[2]) && CountryCode.TryParse(buffer[..3], out var code))
        {
            return code;
        }

        throw new JsonException(Invariant($"'{reader.GetString()}' is not an alpha-3 country code"));
    }

    public override void Write(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[3];
        value.TryFormat(buffer, out var written, default, null);
        writer.WriteStringValue(buffer[..written]);
    }

    public override CountryCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.Alpha3);
}
