using System.Text;

namespace BriData.Formats;

/// <summary>
/// One string object for each short value that repeats in a file read row by row (country codes, source ids,
/// sectors, lenders, statuses, column names): a set read from CSV or JSON Lines then holds each such value once
/// instead of once per row, so that its records take about the memory of the same set read from JSON (issue 14,
/// fault 4: a valid load within a bounded multiple of its files). Values longer than <see cref="MaxLength"/> chars
/// are not pooled (titles, notes: rarely repeated); the pool stops growing at <see cref="Capacity"/> values, so that a
/// file of many distinct short values (amounts, ids) costs at most that many extra strings.
/// </summary>
internal sealed class StringPool
{
    /// <summary>The longest value pooled, in chars.</summary>
    public const int MaxLength = 48;

    /// <summary>The most values kept.</summary>
    public const int Capacity = 8192;

    private readonly Dictionary<string, string> pool = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    /// <summary>An empty pool.</summary>
    public StringPool() => lookup = pool.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The string of <paramref name="text"/>: the pooled one when there is one.</summary>
    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (text.Length > MaxLength)
        {
            return new string(text);
        }

        if (lookup.TryGetValue(text, out var pooled))
        {
            return pooled;
        }

        var value = new string(text);
        if (pool.Count < Capacity)
        {
            pool.Add(value, value);
        }

        return value;
    }

    /// <summary>The string of the text of <paramref name="builder"/>: the pooled one when there is one.</summary>
    public string Get(StringBuilder builder)
    {
        if (builder.Length > MaxLength)
        {
            return builder.ToString();
        }

        Span<char> text = stackalloc char[MaxLength];
        builder.CopyTo(0, text, builder.Length);
        return Get(text[..builder.Length]);
    }
}
