using System.Text.Json;
using System.Text.Json.Serialization;
using static System.FormattableString;

namespace BriData.Formats.Json;

/// <summary>
/// Reads and writes an enum as its exact, case-sensitive member name. Unlike <see cref="JsonStringEnumConverter"/>
/// it refuses numbers, other casings, comma-separated combinations and undefined values, so that a data file can
/// never smuggle in a value the model does not define.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = BuildByName();
    private static readonly Dictionary<TEnum, string> NameByValue = ByName.ToDictionary(p => p.Value, p => p.Key);
    private static readonly string Expected = string.Join(", ", Enum.GetNames<TEnum>());

    /// <summary>The member with the exact <paramref name="name"/>; false when there is none.</summary>
    public static bool TryParse(string? name, out TEnum value)
    {
        if (name is not null && ByName.TryGetValue(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The member name of a defined value; null for an undefined value.</summary>
    public static string? NameOf(TEnum value) => NameByValue.TryGetValue(value, out var name) ? name : null;

    /// <summary>The reason a text is not a member, naming the allowed members.</summary>
    public static string Describe(string? text) =>
        Invariant($"'{text}' is not a {typeof(TEnum).Name} (expected one of: {Expected})");

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(Invariant($"expected a {typeof(TEnum).Name} name as a string, found {reader.TokenType} (expected one of: {Expected})"));
        }

        var text = reader.GetString();
        return TryParse(text, out var value) ? value : throw new JsonException(Describe(text));
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        var name = NameOf(value) ?? throw new JsonException(Invariant($"{value} is not a defined {typeof(TEnum).Name}"));
        writer.WriteStringValue(name);
    }

    private static Dictionary<string, TEnum> BuildByName()
    {
        var map = new Dictionary<string, TEnum>(StringComparer.Ordinal);
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var name = Enum.GetName(value);
            if (name is not null)
            {
                map.TryAdd(name, value);
            }
        }

        return map;
    }
}
