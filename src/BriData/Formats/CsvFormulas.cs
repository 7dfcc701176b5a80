namespace BriData.Formats;

/// <summary>
/// Formula neutralisation of CSV text cells (issue 14, fault 12), reversible: a cell is prefixed with an apostrophe
/// when, after its leading apostrophes, it begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return; reading removes one apostrophe from exactly such cells. So <c>=1+1</c> is written <c>'=1+1</c>,
/// <c>'=1+1</c> is written <c>''=1+1</c>, and both read back as they were; <c>'quoted</c> is written as it is.
/// </summary>
internal static class CsvFormulas
{
    /// <summary>Whether <paramref name="value"/> would be run as a formula by a spreadsheet (or is one after apostrophes).</summary>
    public static bool NeedsNeutralizing(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var span = value.AsSpan().TrimStart('\'');
        return span.Length > 0 && span[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }

    /// <summary>The text as it was before <see cref="NeedsNeutralizing"/> added an apostrophe.</summary>
    public static string Restore(string value) =>
        value.Length > 1 && value[0] == '\'' && NeedsNeutralizing(value) ? value[1..] : value;
}
