using System.Text.Json;
using System.Text.Json.Serialization;
using static System.FormattableString;

namespace BriData.Formats.Json;

/// <summary>
/// Reads and writes <see cref="Money"/> as <c>{"amountUsd": 1.5, "basis": "NominalUsd", "priceYear": 2019}</c>
/// (<c>priceYear</c> omitted when null). Every malformed amount is a <see cref="JsonException"/> with a clear
/// reason, so the loader can name the file, JSON path and line.
/// </summary>
internal sealed class MoneyJsonConverter : JsonConverter<Money>
{
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException(Invariant($"expected a money object {{amountUsd, basis, priceYear}}, found {reader.TokenType}"));
        }

        decimal? amount = null;
        MoneyBasis? basis = null;
        int? priceYear = null;
        var seenPriceYear = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "amountUsd":
                    if (amount is not null)
                    {
                        throw new JsonException("duplicate property 'amountUsd'");
                    }

                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var a))
                    {
                        throw new JsonException(Invariant($"amountUsd must be a decimal number within ±7.9e28, found {Describe(ref reader)}"));
                    }

                    if (DecimalText.RoundedToZero(a, reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan))
                    {
                        throw new JsonException("amountUsd: " + DecimalText.RoundedToZeroReason);
                    }

                    amount = a;
                    break;
                case "basis":
                    if (basis is not null)
                    {
                        throw new JsonException("duplicate property 'basis'");
                    }

                    if (reader.TokenType != JsonTokenType.String)
                    {
                        throw new JsonException(Invariant($"basis must be a string, found {reader.TokenType}"));
                    }

                    var text = reader.GetString();
                    basis = StrictEnumConverter<MoneyBasis>.TryParse(text, out var b) ? b : throw new JsonException(StrictEnumConverter<MoneyBasis>.Describe(text));
                    break;
                case "priceYear":
                    if (seenPriceYear)
                    {
                        throw new JsonException("duplicate property 'priceYear'");
                    }

                    seenPriceYear = true;
                    if (reader.TokenType == JsonTokenType.Null)
                    {
                        break;
                    }

                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var y))
                    {
                        throw new JsonException(Invariant($"priceYear must be a whole number, found {Describe(ref reader)}"));
                    }

                    priceYear = y;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        if (amount is null || basis is null)
        {
            throw new JsonException(Invariant($"a money object needs amountUsd and basis (missing: {(amount is null ? "amountUsd" : "basis")})"));
        }

        if (basis == MoneyBasis.ConstantUsd2021 && priceYear is not null)
        {
            throw new JsonException(Invariant($"a ConstantUsd2021 amount has no price year (found priceYear {priceYear})"));
        }

        if (priceYear is < 1 or > 9999)
        {
            throw new JsonException(Invariant($"priceYear {priceYear} is outside 1..9999"));
        }

        return new Money(amount.Value, basis.Value, priceYear);
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("amountUsd", value.AmountUsd);
        writer.WriteString("basis", StrictEnumConverter<MoneyBasis>.NameOf(value.Basis) ?? throw new JsonException(Invariant($"{value.Basis} is not a defined MoneyBasis")));
        if (value.PriceYear is int year)
        {
            writer.WriteNumber("priceYear", year);
        }

        writer.WriteEndObject();
    }

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => "a number out of range",
        JsonTokenType.String => "a string",
        var other => other.ToString(),
    };
}
