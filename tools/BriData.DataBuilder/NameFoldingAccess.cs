namespace BriData.DataBuilder;

/// <summary>The library's name folding (case, accents, punctuation), so the builder matches names exactly as the library will.</summary>
internal static class NameFoldingAccess
{
    public static string Fold(string name) => NameFolding.FoldToString(name);
}
