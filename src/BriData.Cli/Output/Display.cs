using System.Globalization;
using System.Text;

namespace BriData.Cli.Output;

/// <summary>
/// How values are shown in terminal tables: rounded to follow their unit (USD millions and percent to one decimal,
/// counts as integers), missing values as a dash, enum members as lower-case words. Always invariant culture; JSON
/// output keeps full precision and does not use these.
/// </summary>
internal static class Display
{
    /// <summary>Shown for a missing value (null), never zero.</summary>
    public const string Missing = "–";

    /// <summary>USD millions to one decimal with group separators, for example <c>13,421.7</c>; <see cref="Missing"/> when null.</summary>
    public static string UsdMillions(decimal? value) =>
        value is decimal v ? v.ToString("N1", CultureInfo.InvariantCulture) : Missing;

    /// <summary>A percent to one decimal with the sign, for example <c>28.3%</c>; <see cref="Missing"/> when null.</summary>
    public static string Percent(decimal? value) =>
        value is decimal v ? v.ToString("0.0", CultureInfo.InvariantCulture) + "%" : Missing;

    /// <summary>A plain number with up to two decimals, for example the value of a published claim; <see cref="Missing"/> when null.</summary>
    public static string Number(decimal? value) =>
        value is decimal v ? v.ToString("#,0.##", CultureInfo.InvariantCulture) : Missing;

    /// <summary>A count as an integer with group separators.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A count with its noun, singular for one: <c>1 event</c>, <c>7 events</c> (the plural adds an s).</summary>
    public static string Counted(long count, string noun) => $"{Count(count)} {noun}{(count == 1 ? string.Empty : "s")}";

    /// <summary>A partial date as ISO text to its precision (<c>2019</c>, <c>2019-04</c>, <c>2019-04-28</c>); <see cref="Missing"/> when null.</summary>
    public static string Date(PartialDate? date) => date?.ToString() ?? Missing;

    /// <summary>A day as ISO text, for example <c>2025-03-01</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// An enum member as words: <c>ConstructionStarted</c> → <c>construction started</c>,
    /// <c>BriMemorandumSigned</c> → <c>BRI memorandum signed</c>. Known acronyms stay upper case.
    /// </summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => Words(value.ToString());

    /// <summary>Splits a PascalCase identifier into lower-case words, keeping the acronyms BRI, FTA, AIIB, PRC and CELAC.</summary>
    public static string Words(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in identifier)
        {
            if (char.IsUpper(c) && current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return string.Join(' ', words.Select(Word));
    }

    private static string Word(string word) => word switch
    {
        "Bri" => "BRI",
        "Fta" => "FTA",
        "Aiib" => "AIIB",
        "Prc" => "PRC",
        "Celac" => "CELAC",
        "Fob" => "FOB",
        "Cif" => "CIF",
        "Usd" => "USD",
        _ => word.ToLowerInvariant(),
    };
}
