using System.Runtime.CompilerServices;
using BriData.Loading.Embedded;

namespace BriData;

/// <summary>
/// The members of <typeparamref name="TEnum"/> (names and values, in declaration order) from the tables generated at
/// build (<see cref="EnumTables"/>), so that naming, checking and reading a member needs no enum reflection, whose
/// first use in a process costs 3–4 ms (issue 15). An enum without a table (none of BriData's public enums) falls back
/// to reflection.
/// </summary>
internal static class EnumMembers<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>The member names, in the order of <see cref="Values"/>.</summary>
    public static readonly string[] Names;

    /// <summary>The member values, in the order of <see cref="Names"/>.</summary>
    public static readonly TEnum[] Values;

    static EnumMembers()
    {
        if (!EnumTables.TryGet(out Names, out Values))
        {
            Names = Enum.GetNames(typeof(TEnum));
            var underlying = Enum.GetValuesAsUnderlyingType(typeof(TEnum));
            Values = new TEnum[underlying.Length];
            for (var i = 0; i < Values.Length; i++)
            {
                Values[i] = (TEnum)Enum.ToObject(typeof(TEnum), underlying.GetValue(i)!);
            }
        }
    }

    /// <summary>The name of <paramref name="value"/>; null when it is no single member (an undefined number or a flag combination).</summary>
    public static string? NameOf(TEnum value)
    {
        var bits = Bits(value);
        var values = Values;
        for (var i = 0; i < values.Length; i++)
        {
            if (Bits(values[i]) == bits)
            {
                return Names[i];
            }
        }

        return null;
    }

    /// <summary>True when <paramref name="value"/> is a member (as <see cref="Enum.IsDefined{TEnum}(TEnum)"/>).</summary>
    public static bool IsDefined(TEnum value) => NameOf(value) is not null;

    /// <summary>The value's bits as a 64-bit integer, whatever the underlying type (compared, never shown).</summary>
    private static long Bits(TEnum value) => Unsafe.SizeOf<TEnum>() switch
    {
        1 => Unsafe.As<TEnum, byte>(ref value),
        2 => Unsafe.As<TEnum, short>(ref value),
        4 => Unsafe.As<TEnum, int>(ref value),
        _ => Unsafe.As<TEnum, long>(ref value),
    };
}
