namespace BriData.Loading;

/// <summary>Text that is not UTF-8, found by <see cref="StrictUtf8Reader"/>: the line of the offending byte and the reason.</summary>
internal sealed class TextEncodingException(long line, string reason) : Exception(reason)
{
    /// <summary>The 1-based line of the byte that is not UTF-8.</summary>
    public long Line { get; } = line;
}
