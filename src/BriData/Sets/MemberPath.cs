using System.Text.RegularExpressions;

namespace BriData.Sets;

/// <summary>
/// The JSON path, relative to a record, of the member a column's getter reads, taken from the getter's source text
/// (<c>r => r.Names?.English</c> gives <c>names.english</c>): so a column that reads a member names where that member
/// is in the JSON release without a second list of names. Null when the getter computes a value.
/// </summary>
internal static partial class MemberPath
{
    /// <summary>The camel-case JSON path of a getter of the form <c>x => x.A</c> or <c>x => x.A?.B</c>; null for any other getter or none.</summary>
    public static string? FromGetter(string? getter)
    {
        if (getter is null || Getter().Match(getter) is not { Success: true } match)
        {
            return null;
        }

        var members = match.Groups["path"].Value.Replace("?", string.Empty, StringComparison.Ordinal).Split('.');
        return string.Join('.', members.Select(m => char.ToLowerInvariant(m[0]) + m[1..]));
    }

    [GeneratedRegex(@"^\s*(?<p>[A-Za-z_]\w*)\s*=>\s*\k<p>\.(?<path>[A-Z]\w*(?:\??\.[A-Z]\w*)*)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Getter();
}
