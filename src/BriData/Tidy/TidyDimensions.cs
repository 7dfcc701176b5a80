using System.Globalization;

namespace BriData;

/// <summary>Builds the dimension list of a tidy row, formatting every value with the invariant culture.</summary>
internal sealed class TidyDimensions
{
    private readonly List<KeyValuePair<string, string?>> items = new(12);

    public TidyDimensions Add(string name, string? value)
    {
        items.Add(new(name, value));
        return this;
    }

    public TidyDimensions Add(string name, int? value) => Add(name, value?.ToString(CultureInfo.InvariantCulture));

    public TidyDimensions Add(string name, bool? value) => Add(name, value is bool b ? (b ? "true" : "false") : null);

    public TidyDimensions Add(string name, CountryCode? value) => Add(name, value?.Alpha3);

    public TidyDimensions Add(string name, PartialDate? value) => Add(name, value?.ToString());

    public TidyDimensions Add(string name, DateOnly value) => Add(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public TidyDimensions Add<TEnum>(string name, TEnum value)
        where TEnum : struct, Enum => Add(name, value.ToString());

    public IReadOnlyList<KeyValuePair<string, string?>> Build() => items.ToArray();

    /// <summary>Formats any key of a grouped result: enums by name, numbers and dates invariant, null as null.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
