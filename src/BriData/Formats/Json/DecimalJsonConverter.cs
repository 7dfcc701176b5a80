using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriData.Formats.Json;

/// <summary>
/// Reads a <see cref="decimal"/> as the serializer does (a JSON number within ±7.9e28, never a string), and refuses a
/// non-zero number that would round to zero (<see cref="DecimalText"/>). Writes as the serializer does.
/// </summary>
internal sealed class DecimalJsonConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"Cannot get the value of a token type '{reader.TokenType}' as a number.");
        }

        if (!reader.TryGetDecimal(out var value))
        {
            throw new JsonException("The JSON value is either too large or too small for a Decimal.");
        }

        var text = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (DecimalText.RoundedToZero(value, text))
        {
            throw new JsonException(DecimalText.RoundedToZeroReason);
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
