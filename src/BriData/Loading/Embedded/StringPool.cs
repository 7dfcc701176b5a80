namespace BriData.Loading.Embedded;

/// <summary>
/// Reuses one string instance for each distinct short text of a set being read (source ids, sectors, lenders,
/// units): the embedded trade set cites "imf-dots" 8,827 times, and pooling keeps one copy. Not thread-safe: one
/// pool per set read. Texts longer than <see cref="MaxPooledBytes"/> (titles, notes) are decoded without pooling.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Texts of at most this many UTF-8 bytes are pooled.</summary>
    public const int MaxPooledBytes = 64;

    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private StringListPool? lists;

    /// <summary>Creates an empty pool.</summary>
    public StringPool() => lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lists of strings of the set being read, each distinct list shared by the records that hold it.</summary>
    public StringListPool Lists => lists ??= new StringListPool();

    /// <summary>The string of UTF-8 <paramref name="utf8"/> (unescaped JSON string bytes), pooled when short.</summary>
    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxPooledBytes)
        {
            return Utf8Text.Decode(utf8);
        }

        Span<char> chars = stackalloc char[MaxPooledBytes];
        var text = chars[..Utf8Text.Decode(utf8, chars)];
        if (lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var made = text.ToString();
        pool.Add(made, made);
        return made;
    }

    /// <summary>The pooled instance equal to <paramref name="text"/> (adding it when new and short).</summary>
    public string Intern(string text)
    {
        if (text.Length > MaxPooledBytes)
        {
            return text;
        }

        if (pool.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        pool.Add(text, text);
        return text;
    }
}
