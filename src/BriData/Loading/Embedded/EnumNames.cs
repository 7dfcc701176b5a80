using System.Text;

namespace BriData.Loading.Embedded;

/// <summary>
/// The member names of <typeparamref name="TEnum"/> as UTF-8, to read an enum value from JSON bytes without a
/// string: exact, ordinal spelling only (no numbers, no case folding, no flag combinations), as the data format
/// requires. Built from <see cref="EnumMembers{TEnum}"/> (tables generated at build), so no enum reflection runs on a
/// first answer; trimming- and AOT-safe.
/// </summary>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly byte[][] Names = Utf8(EnumMembers<TEnum>.Names);

    /// <summary>The member whose name is <paramref name="utf8"/>; <see cref="EmbeddedDataException"/> when none is.</summary>
    public static TEnum Parse(ReadOnlySpan<byte> utf8)
    {
        var names = Names;
        for (var i = 0; i < names.Length; i++)
        {
            if (utf8.SequenceEqual(names[i]))
            {
                return EnumMembers<TEnum>.Values[i];
            }
        }

        throw new EmbeddedDataException(typeof(TEnum).Name, $"'{Encoding.UTF8.GetString(utf8)}' is not a {typeof(TEnum).Name}");
    }

    /// <summary>The names as bytes; member names are ASCII identifiers, widened by a plain loop (no transcoder).</summary>
    private static byte[][] Utf8(string[] names)
    {
        var bytes = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            var b = new byte[name.Length];
            for (var j = 0; j < name.Length; j++)
            {
                b[j] = (byte)name[j];
            }

            bytes[i] = b;
        }

        return bytes;
    }
}
