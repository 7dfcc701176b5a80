using System.Text.Json;
using System.Text.Json.Serialization;

namespace BriData.Formats.Json;

/// <summary>Reads and writes a <see cref="ClaimPeriod"/> as its text (<c>"2023"</c>, <c>"2019/2021"</c>); an invalid one is refused with the reason.</summary>
internal sealed class ClaimPeriodJsonConverter : JsonConverter<ClaimPeriod>
{
    public override ClaimPeriod Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(FormattableString.Invariant($"expected a period string (YYYY, YYYY-MM, YYYY-MM-DD, or two joined by '/'), found {reader.TokenType}"));
        }

        var text = reader.GetString();
        return ClaimPeriod.TryParse(text, out var period, out var reason)
            ? period
            : throw new JsonException($"'{text}' is not a period (YYYY, YYYY-MM, YYYY-MM-DD, or two joined by '/'): {reason}");
    }

    public override void Write(Utf8JsonWriter writer, ClaimPeriod value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
