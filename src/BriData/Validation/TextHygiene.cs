using System.Buffers;

namespace BriData.Validation;

/// <summary>
/// Characters refused in every text field (issue 14, fault 10): C0 controls other than tab, line feed and carriage
/// return (NUL, ESC, …), DEL, C1 controls, and the bidirectional embeddings, overrides and isolates (U+202A–U+202E,
/// U+2066–U+2069) that make text display in another order than it is stored. A terminal would act on ESC sequences;
/// an override can disguise a name or an address.
/// </summary>
internal static class TextHygiene
{
    private static readonly SearchValues<char> Forbidden = SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F"
        + "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>The index of the first forbidden character of <paramref name="text"/>; null when there is none.</summary>
    public static int? FindForbidden(ReadOnlySpan<char> text)
    {
        var at = text.IndexOfAny(Forbidden);
        return at < 0 ? null : at;
    }
}
