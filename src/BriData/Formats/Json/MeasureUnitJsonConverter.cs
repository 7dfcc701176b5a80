using System.Text.Json;
using System.Text.Json.Serialization;
using static System.FormattableString;

namespace BriData.Formats.Json;

/// <summary>Reads and writes a <see cref="MeasureUnit"/> as its symbol, a JSON string (<c>"km"</c>); refuses a unit outside the vocabulary, compared exactly (<c>"Km"</c> is refused).</summary>
internal sealed class MeasureUnitJsonConverter : JsonConverter<MeasureUnit>
{
    public override MeasureUnit Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(Invariant($"expected a unit string, found {reader.TokenType}"));
        }

        Span<char> buffer = stackalloc char[32];
        var length = reader.HasValueSequence || reader.ValueSpan.Length > buffer.Length ? -1 : reader.CopyString(buffer);
        if (length >= 0 && MeasureUnit.TryParse(buffer[..length], out var unit))
        {
            return unit;
        }

        throw new JsonException(MeasureUnit.Refusal(reader.GetString()!));
    }

    public override void Write(Utf8JsonWriter writer, MeasureUnit value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Symbol);
}
