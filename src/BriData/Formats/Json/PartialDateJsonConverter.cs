using System.Text.Json;
using System.Text.Json.Serialization;
using static System.FormattableString;

namespace BriData.Formats.Json;

/// <summary>Reads and writes a <see cref="PartialDate"/> as <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</summary>
internal sealed class PartialDateJsonConverter : JsonConverter<PartialDate>
{
    public override PartialDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(Invariant($"expected a partial date string (YYYY, YYYY-MM or YYYY-MM-DD), found {reader.TokenType}"));
        }

        Span<char> buffer = stackalloc char[16];
        var length = reader.HasValueSequence || reader.ValueSpan.Length > 16 ? -1 : reader.CopyString(buffer);
        if (length > 0 && PartialDate.TryParse(buffer[..length], out var value, out var reason))
        {
            return value;
        }

        throw new JsonException(Invariant($"'{reader.GetString()}' is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD){(length > 0 ? ": " + PartialDateReason(buffer[..length]) : string.Empty)}"));
    }

    private static string PartialDateReason(ReadOnlySpan<char> text)
    {
        PartialDate.TryParse(text, out _, out var reason);
        return reason;
    }

    public override void Write(Utf8JsonWriter writer, PartialDate value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[10];
        value.TryFormat(buffer, out var written, default, null);
        writer.WriteStringValue(buffer[..written]);
    }
}
