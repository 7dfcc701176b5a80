using System.Text;

namespace BriData.Loading.Embedded;

/// <summary>
/// The member names of <typeparamref name="TEnum"/> as UTF-8, to read an enum value from JSON bytes without a
/// string: exact, ordinal spelling only (no numbers, no case folding, no flag combinations), as the data format
/// requires.
/// </summary>
internal static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly (byte[] Name, TEnum Value)[] Members = Build();

    /// <summary>The member whose name is <paramref name="utf8"/>; <see cref="EmbeddedDataException"/> when none is.</summary>
    public static TEnum Parse(ReadOnlySpan<byte> utf8)
    {
        foreach (var (name, value) in Members)
        {
            if (utf8.SequenceEqual(name))
            {
                return value;
            }
        }

        throw new EmbeddedDataException(typeof(TEnum).Name, $"'{Encoding.UTF8.GetString(utf8)}' is not a {typeof(TEnum).Name}");
    }

    private static (byte[] Name, TEnum Value)[] Build()
    {
        var values = Enum.GetValues<TEnum>();
        var members = new (byte[] Name, TEnum Value)[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            members[i] = (Encoding.UTF8.GetBytes(Enum.GetName(values[i])!), values[i]);
        }

        return members;
    }
}
