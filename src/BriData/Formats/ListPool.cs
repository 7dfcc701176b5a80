using System.Globalization;

namespace BriData.Formats;

/// <summary>
/// Reads the JSON list of a CSV or JSON Lines cell (<c>source_ids</c>, <c>linked_record_ids</c>, <c>osm_links</c>, …)
/// straight into the read-only <see cref="ValueList{T}"/> a frozen record holds, so that the loader's freezing keeps the
/// record as it is instead of copying it (issue 14, fault 4: the peak memory of a load). Its strings come from the
/// file's <see cref="StringPool"/>, and a list of short items whose cell text repeats (the source ids of a set, an
/// empty list) is one list object for every row that has it; the pool of lists stops growing at
/// <see cref="Capacity"/>. Only plain lists are read here: a string with an escape, a null item, a nested value, a
/// number that is not a plain 32-bit integer or more than <see cref="MaxItems"/> items go to the serializer, which
/// reads them (or reports them) exactly as before.
/// </summary>
internal sealed class ListPool(StringPool strings)
{
    /// <summary>The most lists kept.</summary>
    public const int Capacity = 4096;

    /// <summary>The most items of a list read here.</summary>
    public const int MaxItems = 32;

    /// <summary>The longest cell text whose list is kept, in chars.</summary>
    public const int MaxTextLength = 256;

    // One dictionary per item type: "[]" is a list of strings in one column and of integers in another.
    private readonly Dictionary<string, object> stringLists = new(StringComparer.Ordinal);
    private readonly Dictionary<string, object> intLists = new(StringComparer.Ordinal);

    /// <summary>The list of <paramref name="text"/> when <typeparamref name="TValue"/> is a list of strings or of 32-bit integers and the text is a plain JSON list of them.</summary>
    public bool TryGet<TValue>(string text, out TValue value)
    {
        value = default!;
        if (typeof(TValue) != typeof(IReadOnlyList<string>) && typeof(TValue) != typeof(IReadOnlyList<int>))
        {
            return false;
        }

        var lists = typeof(TValue) == typeof(IReadOnlyList<string>) ? stringLists : intLists;
        if (lists.TryGetValue(text, out var pooled))
        {
            value = (TValue)pooled;
            return true;
        }

        object? list;
        bool shortItems;
        if (typeof(TValue) == typeof(IReadOnlyList<string>))
        {
            list = Strings(text, out shortItems);
        }
        else
        {
            list = Ints(text);
            shortItems = true;
        }

        if (list is null)
        {
            return false;
        }

        if (shortItems && text.Length <= MaxTextLength && stringLists.Count + intLists.Count < Capacity)
        {
            lists.Add(text, list);
        }

        value = (TValue)list;
        return true;
    }

    /// <summary>Reads one item of a list at the index it is given, and moves the index past it.</summary>
    /// <typeparam name="TItem">What an item is read as.</typeparam>
    private interface IItemReader<TItem>
    {
        /// <summary>Reads the item at <paramref name="i"/>; false when the text there is not a plain item of this kind.</summary>
        /// <param name="s">The cell text.</param>
        /// <param name="i">The index of the item; past it on return.</param>
        /// <param name="item">The item read.</param>
        /// <param name="shortItems">Cleared when the item is too long to pool.</param>
        static abstract bool TryRead(ReadOnlySpan<char> s, ref int i, out TItem item, ref bool shortItems);
    }

    private ValueList<string>? Strings(string text, out bool shortItems)
    {
        shortItems = true;
        var s = text.AsSpan();
        Span<Range> items = stackalloc Range[MaxItems];
        if (!TryWalk<Range, QuotedText>(s, items, out var count, ref shortItems))
        {
            return null;
        }

        string[] array = count == 0 ? [] : new string[count];
        for (var k = 0; k < count; k++)
        {
            array[k] = strings.Get(s[items[k]]);
        }

        return new ValueList<string>(array);
    }

    private static ValueList<int>? Ints(string text)
    {
        Span<int> items = stackalloc int[MaxItems];
        var shortItems = true;
        return TryWalk<int, Integer>(text, items, out var count, ref shortItems)
            ? new ValueList<int>(count == 0 ? [] : items[..count].ToArray())
            : null;
    }

    /// <summary>
    /// Reads a plain JSON list, <c>[ item, item ]</c> with white space around its parts, into <paramref name="items"/>;
    /// false for anything else, or for more than <see cref="MaxItems"/> items.
    /// </summary>
    private static bool TryWalk<TItem, TReader>(ReadOnlySpan<char> s, Span<TItem> items, out int count, ref bool shortItems)
        where TReader : IItemReader<TItem>
    {
        count = 0;
        var i = Open(s);
        if (i < 0)
        {
            return false;
        }

        if (s[i] != ']')
        {
            while (true)
            {
                if (count == MaxItems || !TReader.TryRead(s, ref i, out items[count], ref shortItems))
                {
                    return false;
                }

                count++;
                i = Next(s, i);
                if (i < 0)
                {
                    return false;
                }

                if (s[i] == ']')
                {
                    break;
                }
            }
        }

        return Closed(s, i);
    }

    /// <summary>The index of the first thing after the opening bracket and white space; -1 when there is none.</summary>
    private static int Open(ReadOnlySpan<char> s)
    {
        var i = Skip(s, 0);
        if (i >= s.Length || s[i] != '[')
        {
            return -1;
        }

        i = Skip(s, i + 1);
        return i < s.Length ? i : -1;
    }

    /// <summary>After an item: the index of the next item (past a comma) or of the closing bracket; -1 for anything else.</summary>
    private static int Next(ReadOnlySpan<char> s, int i)
    {
        i = Skip(s, i);
        if (i >= s.Length)
        {
            return -1;
        }

        if (s[i] == ']')
        {
            return i;
        }

        if (s[i] != ',')
        {
            return -1;
        }

        i = Skip(s, i + 1);
        return i < s.Length && s[i] != ']' ? i : -1;
    }

    /// <summary>Whether the closing bracket at <paramref name="i"/> is followed by nothing but white space.</summary>
    private static bool Closed(ReadOnlySpan<char> s, int i) => Skip(s, i + 1) == s.Length;

    private static int Skip(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        return i;
    }

    /// <summary>A string with no escape, control character or surrogate: its range between the quotes.</summary>
    private readonly struct QuotedText : IItemReader<Range>
    {
        public static bool TryRead(ReadOnlySpan<char> s, ref int i, out Range item, ref bool shortItems)
        {
            item = default;
            if (s[i] != '"')
            {
                return false;
            }

            var start = i + 1;
            var length = s[start..].IndexOfAny('"', '\\');
            if (length < 0 || s[start + length] == '\\')
            {
                return false;
            }

            var text = s.Slice(start, length);
            if (text.ContainsAnyInRange('\0', '\u001F') || text.ContainsAnyInRange('\uD800', '\uDFFF'))
            {
                return false;
            }

            shortItems &= length <= StringPool.MaxLength;
            item = new Range(start, start + length);
            i = start + length + 1;
            return true;
        }
    }

    /// <summary>A JSON integer within 32 bits: at least one digit, no leading zero.</summary>
    private readonly struct Integer : IItemReader<int>
    {
        public static bool TryRead(ReadOnlySpan<char> s, ref int i, out int item, ref bool shortItems)
        {
            var start = i;
            if (s[i] == '-')
            {
                i++;
            }

            var digits = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            item = 0;
            return i > digits && !(s[digits] == '0' && i - digits > 1)
                && int.TryParse(s[start..i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out item);
        }
    }
}
