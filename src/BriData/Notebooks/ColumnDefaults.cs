using BriData.Sets;

namespace BriData.Notebooks;

/// <summary>How notebooks label and place a column of a set's column table when the table does not say (see <see cref="SetColumn{T}.Label"/> and <see cref="SetColumn{T}.Show"/>).</summary>
internal static class ColumnDefaults
{
    // Longest first: the first that ends the name is dropped (the unit goes to the header).
    private static readonly string[] UnitSuffixes = ["_constant_usd_2021", "_current_usd", "_usd_millions", "_usd", "_iso3", "_persons", "_percent"];

    /// <summary>
    /// The label of a column name: the unit suffix dropped (<c>_iso3</c>, <c>_usd</c>, <c>_usd_millions</c>,
    /// <c>_current_usd</c>, <c>_constant_usd_2021</c>, <c>_persons</c>, <c>_percent</c>: the unit goes to the header),
    /// a leading <c>is_</c> dropped, <c>_ids</c> read as a plural, underscores as spaces, the first letter upper case:
    /// <c>commitment_year</c> → "Commitment year", <c>recipient_iso3</c> → "Recipient", <c>source_ids</c> → "Sources".
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static string Label(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name;
        foreach (var suffix in UnitSuffixes)
        {
            if (words.Length > suffix.Length && words.EndsWith(suffix, StringComparison.Ordinal))
            {
                words = words[..^suffix.Length];
                break;
            }
        }

        if (words.Length > 3 && words.StartsWith("is_", StringComparison.Ordinal))
        {
            words = words[3..];
        }

        if (words.Length > 4 && words.EndsWith("_ids", StringComparison.Ordinal))
        {
            words = words[..^4] + "s";
        }

        words = words.Replace('_', ' ');
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>
    /// Where a column is shown unless its table says otherwise: keys, dimensions, measures and the sources
    /// (<c>source_ids</c>) in the table; details only on cards.
    /// </summary>
    public static ColumnPlacement Placement(string name, ColumnRole role) =>
        role != ColumnRole.Detail || string.Equals(name, "source_ids", StringComparison.Ordinal) ? ColumnPlacement.Table : ColumnPlacement.Card;
}
