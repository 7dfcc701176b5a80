using System.Globalization;
using System.Text;

namespace BriData.Notebooks;

/// <summary>Culture-invariant text for the values that appear in tables: numbers, money, dates, enums, flags.</summary>
internal static class DisplayText
{
    private static readonly string[] Acronyms = ["PRC", "BRI", "FTA", "AIIB", "CELAC", "HS", "ID", "USD"];

    private static readonly string[] ProperNouns = ["China", "Taipei", "Latin", "America", "Caribbean"];

    private static readonly Dictionary<string, string> WholeNames = new(StringComparer.Ordinal)
    {
        ["PeoplesRepublicOfChina"] = "People's Republic of China",
    };

    /// <summary>A number with thousands separators; at most one decimal from 100 up, two from 1 up, four below.</summary>
    public static string Number(decimal value)
    {
        var magnitude = Math.Abs(value);
        var format = magnitude >= 100m ? "#,##0.#" : magnitude >= 1m ? "#,##0.##" : "0.####";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>A double as <see cref="Number(decimal)"/>; NaN and infinities as missing.</summary>
    public static string Number(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e27 ? Number((decimal)value) : Cell.MissingText;

    /// <summary>An amount in millions of USD with one decimal, for example "2,343.6".</summary>
    public static string UsdMillions(decimal amountUsdMillions) =>
        amountUsdMillions.ToString("#,##0.0", CultureInfo.InvariantCulture);

    /// <summary>An amount in millions of USD followed by its basis, for example "2,343.6 (constant 2021)".</summary>
    public static string MoneyWithBasis(Money money) => UsdMillions(money.AmountUsdMillions) + " (" + Basis(money) + ")";

    /// <summary>The basis of an amount: "constant 2021", "nominal 2019" or "nominal, mixed years".</summary>
    public static string Basis(Money money) => money.Basis == MoneyBasis.ConstantUsd2021
        ? "constant 2021"
        : money.PriceYear is int year ? "nominal " + year.ToString(CultureInfo.InvariantCulture) : "nominal, mixed years";

    /// <summary>"yes", "no", or missing for null.</summary>
    public static string? YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        null => null,
    };

    /// <summary>
    /// An enum member as words in sentence case, with the acronyms BriData uses kept upper case and place names
    /// capitalised: <c>UnderConstruction</c> → "Under construction", <c>FtaInForce</c> → "FTA in force",
    /// <c>PeoplesRepublicOfChina</c> → "People's Republic of China".
    /// </summary>
    public static string Words<TEnum>(TEnum value)
        where TEnum : struct, Enum => Words(value.ToString());

    /// <summary>Splits a PascalCase identifier into words in sentence case (see <see cref="Words{TEnum}(TEnum)"/>).</summary>
    public static string Words(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        if (WholeNames.TryGetValue(identifier, out var whole))
        {
            return whole;
        }

        var words = new List<string>();
        var start = 0;
        for (var i = 1; i <= identifier.Length; i++)
        {
            if (i == identifier.Length || (char.IsAsciiLetterUpper(identifier[i]) && !char.IsAsciiLetterUpper(identifier[i - 1])))
            {
                words.Add(identifier[start..i]);
                start = i;
            }
        }

        var text = new StringBuilder(identifier.Length + words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var acronym = Array.Find(Acronyms, a => string.Equals(a, word, StringComparison.OrdinalIgnoreCase));
            if (i > 0)
            {
                text.Append(' ');
            }

            if (acronym is not null)
            {
                text.Append(acronym);
            }
            else if (Array.Exists(ProperNouns, n => string.Equals(n, word, StringComparison.Ordinal)))
            {
                text.Append(word);
            }
            else if (i == 0)
            {
                text.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1).ToString().ToLowerInvariant());
            }
            else
            {
                text.Append(word.ToLowerInvariant());
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// A claim's figure in readable form, for example "over 200 projects", "about USD 37.69 bn", "40 %"; the as-of
    /// date is not included.
    /// </summary>
    public static string ClaimFigure(ClaimQuantity quantity)
    {
        ArgumentNullException.ThrowIfNull(quantity);
        return BoundPrefix(quantity.Bound) + Quantity(quantity.Value, quantity.Unit);
    }

    /// <summary>How a bound reads before a figure: "about ", "over ", "nearly ", …; empty for an exact figure.</summary>
    public static string BoundPrefix(QuantityBound bound) => bound switch
    {
        QuantityBound.About => "about ",
        QuantityBound.Over => "over ",
        QuantityBound.Nearly => "nearly ",
        QuantityBound.AtLeast => "at least ",
        QuantityBound.AtMost => "at most ",
        QuantityBound.MultipleOf => "multiples of ",
        _ => string.Empty,
    };

    /// <summary>A value with its unit; US dollars are scaled to bn or m, percentages get a percent sign.</summary>
    public static string Quantity(decimal value, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (string.Equals(unit, "USD", StringComparison.Ordinal))
        {
            var magnitude = Math.Abs(value);
            return magnitude >= 1_000_000_000m ? "USD " + Number(value / 1_000_000_000m) + " bn"
                : magnitude >= 1_000_000m ? "USD " + Number(value / 1_000_000m) + " m"
                : "USD " + Number(value);
        }

        if (string.Equals(unit, "percent", StringComparison.Ordinal))
        {
            return Number(value) + " %";
        }

        return Number(value) + " " + unit;
    }
}
