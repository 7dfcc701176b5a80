using System.Buffers.Text;
using System.Text;
using static System.FormattableString;

namespace BriData.Loading.Embedded;

/// <summary>Reads one record of a set from a reader positioned on the record's <c>StartObject</c>.</summary>
internal delegate T RecordReader<out T>(ref EmbeddedJsonReader reader, StringPool strings);

/// <summary>
/// The value readers of the embedded release's JSON, over an <see cref="EmbeddedJsonReader"/> on the resource bytes:
/// no serializer, no metadata. The embedded release was validated when it was built and its bytes are proven by their
/// SHA-256 before they are read (<see cref="EmbeddedSetLoader"/>), so these readers check shape, not content: a value
/// of the wrong JSON kind, an unknown or missing property throws <see cref="EmbeddedDataException"/> (a damaged
/// package or a reader that lags behind its record type, which the parity tests catch).
/// </summary>
internal static class EmbeddedJson
{
    /// <summary>
    /// Reads a set file (<c>{"formatVersion":…,"set":…,"records":[…]}</c>) into a read-only list, one record per
    /// element of <c>records</c>; <paramref name="expectedCount"/> (the manifest's) sizes the array.
    /// </summary>
    public static ValueList<T> ReadSet<T>(ReadOnlySpan<byte> json, string set, int expectedCount, RecordReader<T> readRecord)
    {
        var reader = new EmbeddedJsonReader(json);
        var strings = new StringPool();
        T[]? records = null;
        var count = 0;
        reader.Read();
        Expect(ref reader, EmbeddedToken.StartObject, set);
        while (NextProperty(ref reader, set))
        {
            if (Is(ref reader, "records"u8))
            {
                reader.Read();
                Expect(ref reader, EmbeddedToken.StartArray, set);
                records = new T[Math.Max(expectedCount, 0)];
                while (reader.Read() && reader.TokenType != EmbeddedToken.EndArray)
                {
                    Expect(ref reader, EmbeddedToken.StartObject, set);
                    if (count == records.Length)
                    {
                        Array.Resize(ref records, Math.Max(4, records.Length * 2));
                    }

                    records[count++] = readRecord(ref reader, strings);
                }
            }
            else if (Is(ref reader, "set"u8))
            {
                reader.Read();
                if (!reader.ValueTextEquals(set))
                {
                    throw new EmbeddedDataException(set, Invariant($"the file states set '{reader.GetString()}'"));
                }
            }
            else if (Is(ref reader, "formatVersion"u8))
            {
                reader.Read();
                if (reader.TokenType != EmbeddedToken.Number || reader.GetInt32() != EmbeddedRelease.FormatVersion)
                {
                    throw new EmbeddedDataException(set, Invariant($"the file's format version is not {EmbeddedRelease.FormatVersion}"));
                }
            }
            else
            {
                throw Unknown(ref reader, set);
            }
        }

        if (records is null)
        {
            throw new EmbeddedDataException(set, "the file has no records array");
        }

        if (count != records.Length)
        {
            Array.Resize(ref records, count);
        }

        return new ValueList<T>(records);
    }

    /// <summary>
    /// Moves to the next property of the current object: true with the reader on its name, false at the object's end.
    /// </summary>
    public static bool NextProperty(ref EmbeddedJsonReader reader, string where)
    {
        if (!reader.Read())
        {
            throw new EmbeddedDataException(where, "the JSON ends early");
        }

        if (reader.TokenType == EmbeddedToken.EndObject)
        {
            return false;
        }

        if (reader.TokenType != EmbeddedToken.PropertyName || reader.ValueIsEscaped)
        {
            throw new EmbeddedDataException(where, Invariant($"expected a property name, found {reader.TokenType}"));
        }

        return true;
    }

    /// <summary>
    /// The property name <paramref name="utf8"/> (the reader's <c>ValueSpan</c>) as characters in <paramref name="buffer"/> (names are ASCII, at most 40 letters), for
    /// a <c>switch</c> over the names a reader knows; an empty span when the name does not fit (an unknown property).
    /// </summary>
    public static ReadOnlySpan<char> Name(ReadOnlySpan<byte> utf8, Span<char> buffer) =>
        Utf8Text.AsciiChars(utf8, buffer) is var written and >= 0 ? buffer[..written] : [];

    /// <summary>True when the reader is on the property name <paramref name="name"/> (ordinal, unescaped).</summary>
    public static bool Is(ref EmbeddedJsonReader reader, ReadOnlySpan<byte> name) => reader.ValueSpan.SequenceEqual(name);

    /// <summary>The error for a property a reader does not know: the record type gained a member its reader lacks.</summary>
    public static EmbeddedDataException Unknown(ref EmbeddedJsonReader reader, string where) =>
        new(where, $"unknown property '{Encoding.UTF8.GetString(reader.ValueSpan)}' (the embedded reader lags behind the record type)");

    /// <summary>The error for a required property that is absent.</summary>
    public static EmbeddedDataException Missing(string where, string property) => new(where, $"required property '{property}' is missing");

    /// <summary>Throws unless the current token is <paramref name="type"/>.</summary>
    public static void Expect(ref EmbeddedJsonReader reader, EmbeddedToken type, string where)
    {
        if (reader.TokenType != type)
        {
            throw new EmbeddedDataException(where, Invariant($"expected {type}, found {reader.TokenType}"));
        }
    }

    /// <summary>The property's value as a string (pooled), reading past the name; null for JSON null.</summary>
    public static string? StringOrNull(ref EmbeddedJsonReader reader, StringPool strings)
    {
        reader.Read();
        return reader.TokenType == EmbeddedToken.Null ? null : StringValue(ref reader, strings);
    }

    /// <summary>The property's value as a string (pooled), reading past the name.</summary>
    public static string String(ref EmbeddedJsonReader reader, StringPool strings)
    {
        reader.Read();
        return StringValue(ref reader, strings);
    }

    private static string StringValue(ref EmbeddedJsonReader reader, StringPool strings)
    {
        Expect(ref reader, EmbeddedToken.String, "string value");
        return reader.ValueIsEscaped ? strings.Intern(reader.GetString()!) : strings.Get(reader.ValueSpan);
    }

    /// <summary>The property's value as a 32-bit integer.</summary>
    public static int Int(ref EmbeddedJsonReader reader)
    {
        reader.Read();
        return reader.GetInt32();
    }

    /// <summary>The property's value as a 64-bit integer; null for JSON null.</summary>
    public static long? LongOrNull(ref EmbeddedJsonReader reader)
    {
        reader.Read();
        return reader.TokenType == EmbeddedToken.Null ? null : reader.GetInt64();
    }

    /// <summary>The property's value as a decimal.</summary>
    public static decimal Decimal(ref EmbeddedJsonReader reader)
    {
        reader.Read();
        return reader.GetDecimal();
    }

    /// <summary>The property's value as a decimal; null for JSON null.</summary>
    public static decimal? DecimalOrNull(ref EmbeddedJsonReader reader)
    {
        reader.Read();
        return reader.TokenType == EmbeddedToken.Null ? null : reader.GetDecimal();
    }

    /// <summary>The property's value as a boolean.</summary>
    public static bool Bool(ref EmbeddedJsonReader reader)
    {
        reader.Read();
        return reader.GetBoolean();
    }

    /// <summary>The property's value as a boolean; null for JSON null.</summary>
    public static bool? BoolOrNull(ref EmbeddedJsonReader reader)
    {
        reader.Read();
        return reader.TokenType == EmbeddedToken.Null ? null : reader.GetBoolean();
    }

    /// <summary>The property's value as an alpha-3 country code.</summary>
    public static CountryCode Country(ref EmbeddedJsonReader reader)
    {
        reader.Read();
        return CountryValue(ref reader);
    }

    /// <summary>The property's value as an alpha-3 country code; null for JSON null.</summary>
    public static CountryCode? CountryOrNull(ref EmbeddedJsonReader reader)
    {
        reader.Read();
        return reader.TokenType == EmbeddedToken.Null ? null : CountryValue(ref reader);
    }

    private static CountryCode CountryValue(ref EmbeddedJsonReader reader)
    {
        Expect(ref reader, EmbeddedToken.String, "country code");
        var bytes = reader.ValueSpan;
        Span<char> chars = stackalloc char[3];
        if (bytes.Length == 3 && !reader.ValueIsEscaped && Utf8Text.AsciiChars(bytes, chars) == 3
            && CountryCode.TryParse(chars, out var code))
        {
            return code;
        }

        throw new EmbeddedDataException("country code", $"'{reader.GetString()}' is not an alpha-3 code");
    }

    /// <summary>The property's value as a <see cref="MeasureUnit"/> (its symbol, exactly).</summary>
    public static MeasureUnit Unit(ref EmbeddedJsonReader reader, StringPool strings)
    {
        var text = String(ref reader, strings);
        return MeasureUnit.TryParse(text, out var unit) ? unit : throw new EmbeddedDataException("unit", MeasureUnit.Refusal(text));
    }

    /// <summary>The property's value as a partial date (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>).</summary>
    public static PartialDate Date(ref EmbeddedJsonReader reader)
    {
        reader.Read();
        return DateValue(ref reader);
    }

    /// <summary>The property's value as a partial date; null for JSON null.</summary>
    public static PartialDate? DateOrNull(ref EmbeddedJsonReader reader)
    {
        reader.Read();
        return reader.TokenType == EmbeddedToken.Null ? null : DateValue(ref reader);
    }

    private static PartialDate DateValue(ref EmbeddedJsonReader reader)
    {
        Expect(ref reader, EmbeddedToken.String, "partial date");
        var bytes = reader.ValueSpan;
        Span<char> chars = stackalloc char[10];
        if (!reader.ValueIsEscaped && Utf8Text.AsciiChars(bytes, chars) is var written and >= 0
            && PartialDate.TryParse(chars[..written], out var date, out _))
        {
            return date;
        }

        throw new EmbeddedDataException("partial date", $"'{reader.GetString()}' is not a partial date");
    }

    /// <summary>The property's value as a name of <typeparamref name="TEnum"/> (exact spelling).</summary>
    public static TEnum Enum<TEnum>(ref EmbeddedJsonReader reader)
        where TEnum : struct, Enum
    {
        reader.Read();
        Expect(ref reader, EmbeddedToken.String, typeof(TEnum).Name);
        return EnumNames<TEnum>.Parse(reader.ValueSpan);
    }

    /// <summary>The property's value as a <see cref="Money"/> object (<c>amountUsd</c>, <c>basis</c>, optional <c>priceYear</c>).</summary>
    public static Money Money(ref EmbeddedJsonReader reader)
    {
        reader.Read();
        return MoneyValue(ref reader);
    }

    /// <summary>The property's value as a <see cref="Money"/>; null for JSON null.</summary>
    public static Money? MoneyOrNull(ref EmbeddedJsonReader reader)
    {
        reader.Read();
        return reader.TokenType == EmbeddedToken.Null ? null : MoneyValue(ref reader);
    }

    private static Money MoneyValue(ref EmbeddedJsonReader reader)
    {
        const string Where = "money";
        Expect(ref reader, EmbeddedToken.StartObject, Where);
        decimal? amount = null;
        MoneyBasis? basis = null;
        int? priceYear = null;
        while (NextProperty(ref reader, Where))
        {
            if (Is(ref reader, "amountUsd"u8))
            {
                amount = Decimal(ref reader);
            }
            else if (Is(ref reader, "basis"u8))
            {
                basis = Enum<MoneyBasis>(ref reader);
            }
            else if (Is(ref reader, "priceYear"u8))
            {
                reader.Read();
                priceYear = reader.TokenType == EmbeddedToken.Null ? null : reader.GetInt32();
            }
            else
            {
                throw Unknown(ref reader, Where);
            }
        }

        return new Money(amount ?? throw Missing(Where, "amountUsd"), basis ?? throw Missing(Where, "basis"), priceYear);
    }

    /// <summary>The property's value, an array of strings (pooled), as a read-only list.</summary>
    public static ValueList<string> Strings(ref EmbeddedJsonReader reader, StringPool strings)
    {
        reader.Read();
        Expect(ref reader, EmbeddedToken.StartArray, "string list");
        var list = strings.Lists.Begin();
        while (reader.Read() && reader.TokenType != EmbeddedToken.EndArray)
        {
            list.Add(StringValue(ref reader, strings));
        }

        return strings.Lists.End();
    }

    /// <summary>The property's value, an array of 32-bit integers, as a read-only list.</summary>
    public static ValueList<int> Ints(ref EmbeddedJsonReader reader)
    {
        reader.Read();
        Expect(ref reader, EmbeddedToken.StartArray, "integer list");
        var items = default(ValueListBuilder<int>);
        while (reader.Read() && reader.TokenType != EmbeddedToken.EndArray)
        {
            items.Add(reader.GetInt32());
        }

        return items.ToValueList();
    }

    /// <summary>The property's value, an array of country codes, as a read-only list.</summary>
    public static ValueList<CountryCode> Countries(ref EmbeddedJsonReader reader)
    {
        reader.Read();
        Expect(ref reader, EmbeddedToken.StartArray, "country list");
        var codes = default(ValueListBuilder<CountryCode>);
        while (reader.Read() && reader.TokenType != EmbeddedToken.EndArray)
        {
            codes.Add(CountryValue(ref reader));
        }

        return codes.ToValueList();
    }

    /// <summary>The property's value, an array of objects each read by <paramref name="read"/>, as a read-only list.</summary>
    public static ValueList<T> Objects<T>(ref EmbeddedJsonReader reader, StringPool strings, RecordReader<T> read)
    {
        reader.Read();
        Expect(ref reader, EmbeddedToken.StartArray, typeof(T).Name + " list");
        var list = default(ValueListBuilder<T>);
        while (reader.Read() && reader.TokenType != EmbeddedToken.EndArray)
        {
            Expect(ref reader, EmbeddedToken.StartObject, typeof(T).Name);
            list.Add(read(ref reader, strings));
        }

        return list.ToValueList();
    }

    /// <summary>The property's value, an object read by <paramref name="read"/>; null for JSON null.</summary>
    public static T? ObjectOrNull<T>(ref EmbeddedJsonReader reader, StringPool strings, RecordReader<T> read)
        where T : class
    {
        reader.Read();
        if (reader.TokenType == EmbeddedToken.Null)
        {
            return null;
        }

        Expect(ref reader, EmbeddedToken.StartObject, typeof(T).Name);
        return read(ref reader, strings);
    }

    /// <summary>The property's value, an object read by <paramref name="read"/>.</summary>
    public static T Object<T>(ref EmbeddedJsonReader reader, StringPool strings, RecordReader<T> read)
        where T : class =>
        ObjectOrNull(ref reader, strings, read) ?? throw new EmbeddedDataException(typeof(T).Name, "expected an object, found null");
}
