using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BriData;

/// <summary>
/// The dictionary codes of one dimension, one per row, stored in the narrowest width that holds the cardinality:
/// one byte up to 256 distinct keys, two bytes up to 65,536, four bytes beyond.
/// </summary>
internal sealed class CodeColumn
{
    private readonly byte[]? bytes;
    private readonly ushort[]? shorts;
    private readonly int[]? ints;

    private CodeColumn(byte[]? bytes, ushort[]? shorts, int[]? ints, int length)
    {
        this.bytes = bytes;
        this.shorts = shorts;
        this.ints = ints;
        Length = length;
    }

    /// <summary>The codes when they are one byte wide, else null.</summary>
    public byte[]? Bytes => bytes;

    /// <summary>The codes when they are two bytes wide, else null.</summary>
    public ushort[]? Shorts => shorts;

    /// <summary>The codes when they are four bytes wide, else null.</summary>
    public int[]? Ints => ints;

    /// <summary>The number of rows.</summary>
    public int Length { get; }

    /// <summary>Bytes per row (1, 2 or 4).</summary>
    public int Width => bytes is not null ? 1 : shorts is not null ? 2 : 4;

    /// <summary>The code of row <paramref name="row"/>.</summary>
    public int this[int row] => bytes is not null ? bytes[row] : shorts is not null ? shorts[row] : ints![row];

    /// <summary>
    /// Narrows <paramref name="codes"/> (the first <paramref name="length"/> entries, each in 0..cardinality-1) after
    /// mapping each through <paramref name="remap"/> (old code to new code).
    /// </summary>
    public static CodeColumn Create(int[] codes, int length, int[] remap, int cardinality)
    {
        if (cardinality <= byte.MaxValue + 1)
        {
            var narrow = GC.AllocateUninitializedArray<byte>(length);
            for (var i = 0; i < length; i++)
            {
                narrow[i] = (byte)remap[codes[i]];
            }

            return new CodeColumn(narrow, null, null, length);
        }

        if (cardinality <= ushort.MaxValue + 1)
        {
            var narrow = GC.AllocateUninitializedArray<ushort>(length);
            for (var i = 0; i < length; i++)
            {
                narrow[i] = (ushort)remap[codes[i]];
            }

            return new CodeColumn(null, narrow, null, length);
        }

        var wide = codes.Length == length ? codes : GC.AllocateUninitializedArray<int>(length);
        for (var i = 0; i < length; i++)
        {
            wide[i] = remap[codes[i]];
        }

        return new CodeColumn(null, null, wide, length);
    }

    /// <summary>
    /// For rows <paramref name="start"/>..start+keys.Length-1: keys[j] = table[code] (when <paramref name="assign"/>)
    /// or keys[j] += table[code]. Every code is below table.Length by construction.
    /// </summary>
    public void Gather(int start, Span<int> keys, int[] table, bool assign)
    {
        if (bytes is not null)
        {
            Gather(new ReadOnlySpan<byte>(bytes, start, keys.Length), keys, table, assign);
        }
        else if (shorts is not null)
        {
            Gather(new ReadOnlySpan<ushort>(shorts, start, keys.Length), keys, table, assign);
        }
        else
        {
            Gather(new ReadOnlySpan<int>(ints, start, keys.Length), keys, table, assign);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Gather<T>(ReadOnlySpan<T> codes, Span<int> keys, int[] table, bool assign)
        where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        ref var lookup = ref MemoryMarshal.GetArrayDataReference(table);
        ref var key = ref MemoryMarshal.GetReference(keys);
        ref var code = ref MemoryMarshal.GetReference(codes);
        var n = keys.Length;
        if (assign)
        {
            for (var j = 0; j < n; j++)
            {
                Unsafe.Add(ref key, j) = Unsafe.Add(ref lookup, int.CreateTruncating(Unsafe.Add(ref code, j)));
            }
        }
        else
        {
            for (var j = 0; j < n; j++)
            {
                Unsafe.Add(ref key, j) += Unsafe.Add(ref lookup, int.CreateTruncating(Unsafe.Add(ref code, j)));
            }
        }
    }

    /// <summary>Approximate bytes held by the column.</summary>
    public long SizeInBytes => (long)Length * Width;
}
