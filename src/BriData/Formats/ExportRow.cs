using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BriData.Formats.Json;
using static System.FormattableString;

namespace BriData.Formats;

/// <summary>
/// One row of a CSV or JSON Lines file being read back, giving its values by column name. A getter that cannot
/// read a value (missing where required, not a number, an unknown enum name, a date that does not exist, …)
/// records a problem naming the file, row, column and line, and returns a default value; such a row is then
/// dropped and the read ends with a <see cref="BriDataException"/> listing every problem.
/// </summary>
/// <remarks>In CSV, an empty unquoted field is a missing value (null) and <c>""</c> is an empty string.</remarks>
internal sealed partial class ExportRow
{
    private readonly IReadOnlyDictionary<string, int> columns;
    private readonly string?[] values;
    private readonly JsonTokenType[]? tokens;
    private readonly List<DataProblem> problems;
    private readonly int maxDepth;
    private readonly ListPool? lists;
    private readonly RowState state = new();

    /// <summary>A row of <paramref name="values"/> by column; <paramref name="lists"/>, when given, reads plain JSON lists of strings and integers (see <see cref="ListPool"/>), the serializer everything else.</summary>
    internal ExportRow(string file, int index, long line, IReadOnlyDictionary<string, int> columns, string?[] values, JsonTokenType[]? tokens, List<DataProblem> problems, int maxDepth, ListPool? lists = null)
    {
        this.lists = lists;
        File = file;
        Index = index;
        Line = line;
        this.columns = columns;
        this.values = values;
        this.tokens = tokens;
        this.problems = problems;
        this.maxDepth = maxDepth;
    }

    /// <summary>The file (or stream name) being read.</summary>
    public string File { get; }

    /// <summary>The 0-based index of the row among the data rows (the header is not counted).</summary>
    public int Index { get; }

    /// <summary>The 1-based line on which the row starts.</summary>
    public long Line { get; }

    /// <summary>True once a getter has recorded a problem for this row (only the first problem of each column is reported).</summary>
    public bool HasProblems => state.HasProblems;

    /// <summary>The text of a column; null when the value is missing. Records a problem when a JSON Lines value is not a string.</summary>
    public string? GetText(string column) => Raw(column, JsonTokenType.String, "a string");

    /// <summary>The text of a column that must be present.</summary>
    public string GetRequiredText(string column) => Raw(column, JsonTokenType.String, "a string") ?? Missing<string>(column, string.Empty);

    /// <summary>A whole number (32-bit) that must be present.</summary>
    public int GetInt32(string column) => GetNullableInt32(column) ?? Missing(column, 0);

    /// <summary>A whole number (32-bit); null when missing.</summary>
    public int? GetNullableInt32(string column)
    {
        var text = Raw(column, JsonTokenType.Number, "a number");
        if (text is null)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : Fail<int?>(column, Invariant($"'{Clip(text)}' is not a whole number within ±2,147,483,647"));
    }

    /// <summary>A whole number (64-bit); null when missing.</summary>
    public long? GetNullableInt64(string column)
    {
        var text = Raw(column, JsonTokenType.Number, "a number");
        if (text is null)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : Fail<long?>(column, Invariant($"'{Clip(text)}' is not a whole number within ±9.2e18"));
    }

    /// <summary>A decimal number that must be present (invariant form, dot as separator, no exponent).</summary>
    public decimal GetDecimal(string column) => GetNullableDecimal(column) ?? Missing(column, 0m);

    /// <summary>A decimal number; null when missing.</summary>
    public decimal? GetNullableDecimal(string column)
    {
        var text = Raw(column, JsonTokenType.Number, "a number");
        if (text is null)
        {
            return null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return Fail<decimal?>(column, Invariant($"'{Clip(text)}' is not a decimal number within ±7.9e28 (invariant form, no exponent)"));
        }

        return DecimalText.RoundedToZero(value, text.AsSpan())
            ? Fail<decimal?>(column, Invariant($"'{Clip(text)}': {DecimalText.RoundedToZeroReason}"))
            : value;
    }

    /// <summary>A boolean (<c>true</c> or <c>false</c>) that must be present.</summary>
    public bool GetBoolean(string column) => GetNullableBoolean(column) ?? Missing(column, false);

    /// <summary>A boolean; null when missing.</summary>
    public bool? GetNullableBoolean(string column)
    {
        var text = Raw(column, JsonTokenType.True, "true or false");
        return text switch
        {
            null => null,
            "true" => true,
            "false" => false,
            _ => Fail<bool?>(column, Invariant($"'{Clip(text)}' is not true or false")),
        };
    }

    /// <summary>A partial date (<c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>) that must be present.</summary>
    public PartialDate GetDate(string column) => GetNullableDate(column) ?? Missing(column, default(PartialDate));

    /// <summary>A partial date; null when missing.</summary>
    public PartialDate? GetNullableDate(string column)
    {
        var text = Raw(column, JsonTokenType.String, "a date string");
        if (text is null)
        {
            return null;
        }

        return PartialDate.TryParse(text.AsSpan(), out var date, out var reason)
            ? date
            : Fail<PartialDate?>(column, Invariant($"'{Clip(text)}' is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD): {reason}"));
    }

    /// <summary>A country code (alpha-3: three letters) that must be present.</summary>
    public CountryCode GetCountry(string column) => GetNullableCountry(column) ?? Missing(column, default(CountryCode));

    /// <summary>A country code; null when missing.</summary>
    public CountryCode? GetNullableCountry(string column)
    {
        var text = Raw(column, JsonTokenType.String, "a country code string");
        if (text is null)
        {
            return null;
        }

        return text.Length == 3 && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1]) && char.IsAsciiLetter(text[2]) && CountryCode.TryParse(text, out var code)
            ? code
            : Fail<CountryCode?>(column, Invariant($"'{Clip(text)}' is not an alpha-3 country code"));
    }

    /// <summary>A <see cref="MeasureUnit"/> given by its exact symbol, which must be present.</summary>
    public MeasureUnit GetUnit(string column)
    {
        var text = Raw(column, JsonTokenType.String, "a unit string");
        if (text is null)
        {
            return Missing(column, default(MeasureUnit));
        }

        return MeasureUnit.TryParse(text, out var unit) ? unit : Fail<MeasureUnit>(column, MeasureUnit.Refusal(text));
    }

    /// <summary>An enum value given by its exact member name, which must be present.</summary>
    public TEnum GetEnum<TEnum>(string column)
        where TEnum : struct, Enum => GetNullableEnum<TEnum>(column) ?? Missing(column, default(TEnum));

    /// <summary>An enum value given by its exact member name; null when missing.</summary>
    public TEnum? GetNullableEnum<TEnum>(string column)
        where TEnum : struct, Enum
    {
        var text = Raw(column, JsonTokenType.String, "a string");
        if (text is null)
        {
            return null;
        }

        return StrictEnumConverter<TEnum>.TryParse(text, out var value)
            ? value
            : Fail<TEnum?>(column, StrictEnumConverter<TEnum>.Describe(Clip(text)));
    }

    /// <summary>
    /// An amount of money from three columns: <c>{prefix}_usd</c> (plain dollars), <c>{prefix}_basis</c>
    /// (<see cref="MoneyBasis"/> name) and <c>{prefix}_price_year</c>; null when the amount and basis are both missing.
    /// </summary>
    public Money? GetNullableMoney(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var amount = GetNullableDecimal(prefix + "_usd");
        var basis = GetNullableEnum<MoneyBasis>(prefix + "_basis");
        var year = GetNullableInt32(prefix + "_price_year");
        if (amount is null && basis is null && year is null)
        {
            return null;
        }

        if (amount is null || basis is null)
        {
            return Fail<Money?>(prefix + (amount is null ? "_usd" : "_basis"), "an amount needs both its value and its basis");
        }

        if (basis == MoneyBasis.ConstantUsd2021 && year is not null)
        {
            return Fail<Money?>(prefix + "_price_year", Invariant($"a ConstantUsd2021 amount has no price year (found {year})"));
        }

        return new Money(amount.Value, basis.Value, year);
    }

    /// <summary>An amount of money (see <see cref="GetNullableMoney"/>) that must be present.</summary>
    public Money GetMoney(string prefix) => GetNullableMoney(prefix) ?? Missing(prefix + "_usd", default(Money));

    /// <summary>A JSON value (a list or nested record) read with <paramref name="typeInfo"/>; default when missing.</summary>
    public TValue? GetJson<TValue>(string column, JsonTypeInfo<TValue> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var text = Raw(column, JsonTokenType.StartArray, "a JSON array or object");
        if (text is null)
        {
            return default;
        }

        // A plain list of strings or integers becomes its frozen list here (the serializer reads everything else, and
        // reports what is malformed). The limit of depth applies to the serializer only, and a list has depth 1.
        if (lists is not null && maxDepth >= 2 && lists.TryGet(text, out TValue list))
        {
            return list;
        }

        try
        {
            var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text), new JsonReaderOptions { MaxDepth = maxDepth });
            var value = JsonSerializer.Deserialize(ref reader, typeInfo);
            return reader.Read() ? Fail<TValue>(column, "unexpected text after the JSON value") : value;
        }
        catch (InvalidOperationException ex)
        {
            return Fail<TValue>(column, "invalid JSON: " + ex.Message);
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            var where = ex.Path is { Length: > 1 } p ? Invariant($" at {p}") : string.Empty;
            return Fail<TValue>(column, Invariant($"invalid JSON{where}: {(cut > 0 ? message[..cut] : message)}"));
        }
    }

    /// <summary>A JSON value that must be present.</summary>
    public TValue GetRequiredJson<TValue>(string column, JsonTypeInfo<TValue> typeInfo)
        where TValue : class => GetJson(column, typeInfo) ?? Missing(column, default(TValue)!);

    /// <summary>Records a problem for a column of this row; only the first problem of each column is kept.</summary>
    internal void Problem(string column, string reason)
    {
        state.HasProblems = true;
        if (!state.FailedColumns.Add(column))
        {
            return;
        }

        problems.Add(new DataProblem(File, $"$[{Index}].{column}", Line, reason));
    }

    private string? Raw(string column, JsonTokenType expected, string what)
    {
        ArgumentNullException.ThrowIfNull(column);
        if (!columns.TryGetValue(column, out var i))
        {
            return null;
        }

        var value = values[i];
        if (value is null || tokens is null)
        {
            return value;
        }

        var token = tokens[i];
        var ok = expected switch
        {
            JsonTokenType.True => token is JsonTokenType.True or JsonTokenType.False,
            JsonTokenType.StartArray => token is JsonTokenType.StartArray or JsonTokenType.StartObject,
            _ => token == expected,
        };
        return ok ? value : Fail<string>(column, Invariant($"expected {what}, found a JSON {Describe(token)}"));
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.StartArray => "array",
        JsonTokenType.StartObject => "object",
        _ => token.ToString(),
    };

    private TValue Missing<TValue>(string column, TValue fallback)
    {
        Problem(column, "a value is required");
        return fallback;
    }

    private TValue Fail<TValue>(string column, string reason)
    {
        Problem(column, reason);
        return default!;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>What a row has recorded so far (kept out of the public type so that its fields stay read-only).</summary>
    private sealed class RowState
    {
        public bool HasProblems { get; set; }

        public HashSet<string> FailedColumns { get; } = new(StringComparer.Ordinal);
    }
}
