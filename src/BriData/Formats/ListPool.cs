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

    private ValueList<string>? Strings(string text, out bool shortItems)
    {
        shortItems = true;
        var s = text.AsSpan();
        Span<Range> items = stackalloc Range[MaxItems];
        var count = 0;
        var i = Open(s);
        if (i < 0)
        {
            return null;
        }

        if (s[i] != ']')
        {
            while (true)
            {
                if (s[i] != '"' || count == MaxItems)
                {
                    return null;
                }

                var start = i + 1;
                var length = s[start..].IndexOfAny('"', '\\');
                if (length < 0 || s[start + length] == '\\')
                {
                    return null;
                }

                var item = s.Slice(start, length);
                if (item.ContainsAnyInRange('\0', '\u001F') || item.ContainsAnyInRange('\uD800', '\uDFFF'))
                {
                    return null;
                }

                shortItems &= length <= StringPool.MaxLength;
                items[count++] = new Range(start, start + length);
                i = Next(s, start + length + 1);
                if (i < 0)
                {
                    return null;
                }

                if (s[i] == ']')
                {
                    break;
                }
            }
        }

        if (!Closed(s, i))
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
        var s = text.AsSpan();
        Span<int> items = stackalloc int[MaxItems];
        var count = 0;
        var i = Open(s);
        if (i < 0)
        {
            return null;
        }

        if (s[i] != ']')
        {
            while (true)
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

                // JSON: at least one digit, and no leading zero; an int within 32 bits.
                if (i == digits || (s[digits] == '0' && i - digits > 1) || count == MaxItems
                    || !int.TryParse(s[start..i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out items[count]))
                {
                    return null;
                }

                count++;
                i = Next(s, i);
                if (i < 0)
                {
                    return null;
                }

                if (s[i] == ']')
                {
                    break;
                }
            }
        }

        return Closed(s, i) ? new ValueList<int>(count == 0 ? [] : items[..count].ToArray()) : null;
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
}
