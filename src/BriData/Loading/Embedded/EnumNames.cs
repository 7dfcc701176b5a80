using System.Text;

namespace BriData.Loading.Embedded;

/// <summary>
/// The member names of <typeparamref name="TEnum"/> as UTF-8, to read an enum value from JSON bytes without a
/// string: exact, ordinal spelling only (no numbers, no case folding, no flag combinations), as the data format
/// requires. Built with the non-generic enum reflection APIs, which are precompiled in the runtime, so that no
/// generic runtime method has to be compiled per enum at start-up; trimming- and AOT-safe.
/// </summary>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly byte[][] Names = BuildNames();
    private static readonly TEnum[] Values = BuildValues();

    /// <summary>The member whose name is <paramref name="utf8"/>; <see cref="EmbeddedDataException"/> when none is.</summary>
    public static TEnum Parse(ReadOnlySpan<byte> utf8)
    {
        var names = Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (utf8.SequenceEqual(names[i]))
            {
                return Values[i];
            }
        }

        throw new EmbeddedDataException(typeof(TEnum).Name, $"'{Encoding.UTF8.GetString(utf8)}' is not a {typeof(TEnum).Name}");
    }

    private static byte[][] BuildNames()
    {
        var names = Enum.GetNames(typeof(TEnum));
        var bytes = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++)
        {
            bytes[i] = Encoding.UTF8.GetBytes(names[i]);
        }

        return bytes;
    }

    /// <summary>The members in the order of <see cref="Enum.GetNames(Type)"/> (both sorted by value).</summary>
    private static TEnum[] BuildValues()
    {
        var underlying = Enum.GetValuesAsUnderlyingType(typeof(TEnum));
        var values = new TEnum[underlying.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (TEnum)Enum.ToObject(typeof(TEnum), underlying.GetValue(i)!);
        }

        return values;
    }
}
